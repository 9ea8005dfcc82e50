"""Swedish and English are complete, placeholders survive, and the shipped files are current."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from improve_desktop import paths
from improve_desktop.services.workspace import Workspace
from improve_desktop.settings import Settings, load_settings
from improve_desktop.ui.window_host import WindowHost

TRANSLATIONS = paths.translations_dir()
I18N_SCRIPT = TRANSLATIONS / "i18n.py"
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _messages(language: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TRANSLATIONS / f"improve_desktop_{language}.ts")  # noqa: S314
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in tree.iter("context")
        for message in context.iter("message")
    ]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    messages = _messages(language)
    assert len(messages) > 100
    problems = []
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        wanted = set(PLACEHOLDER.findall(source))
        for form in _forms(message):
            if not form.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            elif set(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{context}: {source!r} → {form!r} changes the placeholders")
        if "&" in source and not all("&" in form for form in _forms(message)):
            problems.append(f"{context}: {source!r} lost its keyboard mnemonic")
    assert problems == []


def test_swedish_is_really_swedish() -> None:
    proper_names = {"Improve Desktop %1"}
    same = [source for _c, source, m in _messages("sv")
            if m.get("numerus") != "yes" and _forms(m)[0] == source and len(source) > 12
            and source not in proper_names]
    # Proper names and formats may stay as they are; sentences may not.
    assert same == []


def test_translation_sources_match_the_code(tmp_path: Path) -> None:
    """Every translatable string in the code is in the .ts files, and no stale ones remain."""
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not on PATH")
    fresh = tmp_path / "fresh.ts"
    root = TRANSLATIONS.parent.parent
    sources = sorted(str(p.relative_to(root)) for p in (root / "improve_desktop").rglob("*.py"))
    subprocess.run([lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
                   cwd=root, check=True, capture_output=True)
    tree = ET.parse(fresh)  # noqa: S314
    in_code = {(c.findtext("name"), m.findtext("source"), m.findtext("comment"))
               for c in tree.iter("context") for m in c.iter("message")}
    for language in ("sv", "en"):
        in_file = {(c, s, m.findtext("comment")) for c, s, m in _messages(language)}
        assert in_code == in_file, (
            f"run 'python resources/translations/i18n.py update' and translate; "
            f"missing: {sorted(map(str, in_code - in_file))[:5]}, "
            f"stale: {sorted(map(str, in_file - in_code))[:5]}"
        )


def test_compiled_files_are_current(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not on PATH")
    for language in ("sv", "en"):
        built = tmp_path / f"{language}.qm"
        subprocess.run([lrelease, str(TRANSLATIONS / f"improve_desktop_{language}.ts"), "-qm",
                        str(built)], check=True, capture_output=True)
        shipped = TRANSLATIONS / f"improve_desktop_{language}.qm"
        assert shipped.read_bytes() == built.read_bytes(), (
            f"{shipped.name} is stale: run python resources/translations/i18n.py release"
        )


def test_switching_language_rebuilds_the_window_in_place(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    host = WindowHost(Workspace(demo_path), Settings())
    try:
        english = host.show("en")
        qtbot.addWidget(english)
        assert english.menuBar().actions()[0].text() == "&File"
        project = english.overview_page.title.text()
        english.language_actions["sv"].trigger()
        swedish = host.window
        assert swedish is not None and swedish is not english
        qtbot.addWidget(swedish)
        assert [a.text() for a in swedish.menuBar().actions()] == ["&Arkiv", "&Redigera", "&Visa", "&Hjälp"]
        assert swedish.overview_page.title.text() == project
        assert swedish.overview_page.iteration_box.title() == "Aktuell iteration"
        assert swedish.language_actions["sv"].isChecked()
        assert load_settings().language == "sv"
        assert swedish.workspace is english.workspace
        # Swedish number and date formats follow the language.
        assert " kr" in swedish.overview_page.budget.text()
        assert "-" in swedish.overview_page.period.text()
        swedish.language_actions["en"].trigger()
        assert host.window is not None
        qtbot.addWidget(host.window)
        assert host.window.menuBar().actions()[0].text() == "&File"
    finally:
        host.close()
        english.close()
        swedish.close()
        QApplication.processEvents()
