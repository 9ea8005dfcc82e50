"""User text in cells: never a formula, XML-safe, visibly truncated; re-read from saved files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from improve_desktop.exports.safe_cells import (
    CELL_LIMIT,
    clean_text,
    excel_unescape,
    is_formula_like,
    write_text,
)

FORMULA_LIKE = ["=1+1", "=HYPERLINK(\"http://evil\",\"x\")", "+SUM(A1:A9)", "-2+3", "@SUM(A1)",
                "\t=cmd|' /C calc'!A0", "\r=1", "\n=1", "＝1+1", "=", "-", "_x0041_", "a_x005F_b"]

any_text = st.text(alphabet=st.characters(codec=None), max_size=200)
control_heavy = st.lists(st.characters(min_codepoint=0, max_codepoint=0x40) | st.sampled_from(
    ["\ufffe", "\uffff", "\ufffd", "\ud800", "\udfff", "_x00", "_x0041_", "_", "x", "A",
     "\U0001F600", "\u2028", "\x7f", "\x85"]), max_size=40).map("".join)
formula_like = st.builds(lambda lead, rest: lead + rest,
                         st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\r\n", "＝", "\n"]),
                         any_text)


def _round_trip(values: list[str], path: Path) -> list[object]:
    workbook = Workbook()
    sheet = workbook.active
    for row, value in enumerate(values, start=1):
        write_text(sheet.cell(row=row, column=1), value)
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    reread = load_workbook(path).active
    cells = [reread.cell(row=row, column=1) for row in range(1, len(values) + 1)]
    for cell in cells:
        assert cell.data_type in ("s", "inlineStr", "n")  # "n" only for an empty cell
    return [cell.value for cell in cells]


def _expected(value: str) -> str | None:
    shown = clean_text(value)
    return shown or None


@pytest.mark.parametrize("value", FORMULA_LIKE)
def test_formula_like_text_stays_text_with_quote_prefix(value: str, tmp_path: Path) -> None:
    (reread,) = _round_trip([value], tmp_path / "f.xlsx")
    assert isinstance(reread, str)
    assert excel_unescape(reread) == clean_text(value)
    cell = load_workbook(tmp_path / "f.xlsx").active["A1"]
    assert cell.data_type != "f"
    assert cell.quotePrefix is is_formula_like(clean_text(value))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(any_text | control_heavy | formula_like, min_size=1, max_size=8))
def test_any_text_round_trips_as_plain_strings(values: list[str], tmp_path: Path) -> None:
    reread = _round_trip(values, tmp_path / "any.xlsx")
    for original, value in zip(values, reread, strict=True):
        expected = _expected(original)
        if expected is None:
            assert value is None
        else:
            assert isinstance(value, str)
            # What Excel shows: its _xHHHH_ decoding undoes our escaping.
            assert excel_unescape(value) == expected


@given(st.text(max_size=50))
def test_replacement_keeps_everything_else(value: str) -> None:
    cleaned = clean_text(value)
    normalised = value.replace("\r\n", "\n").replace("\r", "\n")
    assert len(cleaned) == len(normalised)
    for before, after in zip(normalised, cleaned, strict=True):
        assert after in {before, "\ufffd"}


def test_long_text_truncated_with_a_visible_note(tmp_path: Path) -> None:
    long = "ab" * 20_000
    astral = "\U0001F600" * 20_000  # two UTF-16 units each
    english, emoji = _round_trip([long, astral], tmp_path / "long.xlsx")
    assert isinstance(english, str) and len(english) <= CELL_LIMIT
    assert english.startswith("abab") and english.endswith("characters left out]")
    assert str(len(long) - english.index(" … [")) in english
    assert isinstance(emoji, str)
    assert len(emoji) + sum(ord(ch) > 0xFFFF for ch in emoji) <= CELL_LIMIT
    assert "\ufffd" not in emoji
    workbook = Workbook()
    write_text(workbook.active["A1"], "x" * 40_000, language="sv")
    assert "avkortad" in str(workbook.active["A1"].value)


def test_text_that_fits_is_not_cut() -> None:
    assert clean_text("x" * CELL_LIMIT) == "x" * CELL_LIMIT
