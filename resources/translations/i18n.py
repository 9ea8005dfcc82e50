"""Translation upkeep: extract strings, fill translations, compile .qm files.

    python resources/translations/i18n.py update     # pyside6-lupdate: sources → .ts
    python resources/translations/i18n.py fill sv FILE.json   # {"Context": {"source": "text"}}
    python resources/translations/i18n.py release    # pyside6-lrelease: .ts → .qm

English needs no translator: ``update`` fills the English file from the source texts, with
singular and plural forms derived from "(s)" in numerus messages. Swedish translations live in
improve_desktop_sv.ts, edited with Qt Linguist or through ``fill``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET  # noqa: S405 - our own files, not user input
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ROOT / "improve_desktop"
LANGUAGES = ("sv", "en")


def ts_path(language: str) -> Path:
    return HERE / f"improve_desktop_{language}.ts"


def qm_path(language: str) -> Path:
    return HERE / f"improve_desktop_{language}.qm"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found; it comes with PySide6-Essentials")
    return found


def source_files() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def run_lupdate(target: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *source_files(),
         "-ts", str(target)],
        cwd=ROOT, check=True, capture_output=True,
    )


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    with path.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


def english_forms(source: str) -> tuple[str, str]:
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english(path: Path) -> None:
    tree = ET.parse(path)  # noqa: S314
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for form in english_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    _write(tree, path)


def fill(language: str, mapping: dict[str, dict[str, str | list[str]]]) -> int:
    """Apply translations from ``mapping``; returns how many messages were filled."""
    path = ts_path(language)
    tree = ET.parse(path)  # noqa: S314
    filled = 0
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            key = f"{source}|{comment}" if comment else source
            wanted = mapping.get(name, {}).get(key)
            if wanted is None:
                continue
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = wanted if isinstance(wanted, list) else [wanted, wanted]
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = wanted if isinstance(wanted, str) else wanted[0]
            filled += 1
    _write(tree, path)
    return filled


def release() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts_path(language)), "-qm", str(qm_path(language))],
            check=True, capture_output=True,
        )


def main(argv: list[str]) -> None:
    command = argv[0] if argv else "update"
    if command == "update":
        for language in LANGUAGES:
            run_lupdate(ts_path(language))
        fill_english(ts_path("en"))
        # Keep the files' language tags right for Qt Linguist.
        for language in LANGUAGES:
            tree = ET.parse(ts_path(language))  # noqa: S314
            tree.getroot().set("language", {"sv": "sv_SE", "en": "en_GB"}[language])
            tree.getroot().set("sourcelanguage", "en_GB")
            _write(tree, ts_path(language))
    elif command == "fill":
        language, mapping_file = argv[1], Path(argv[2])
        count = fill(language, json.loads(mapping_file.read_text(encoding="utf-8")))
        print(f"filled {count} messages in {ts_path(language).name}")
    elif command == "release":
        release()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
