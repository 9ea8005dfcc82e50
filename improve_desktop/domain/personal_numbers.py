"""Finding Swedish personal identity numbers (personnummer, samordningsnummer) in text.

Aggregated participant figures must never carry one, so an import refuses a file in which any
cell holds something that *is* one. A match needs all of:

* the shape: 6 or 8 date digits (YYMMDD or YYYYMMDD), optionally ``-`` or ``+`` (the latter
  for people aged 100 or more), then 4 digits; the whole thing not part of a longer run of
  digits, decimals or digit groups (so amounts such as ``1 234 567,50`` or ``123456.7890`` and
  phone numbers written ``070-123 45 67`` do not fit);
* a real calendar date, where a samordningsnummer has 60 added to the day (61–91);
* a century of 18, 19 or 20 when it is written;
* the Luhn check digit, computed over the ten digits YYMMDDNNN and checked against the last.

Anything that fits the shape but fails the date or Luhn test (dates, phone numbers, order
numbers with a slip of a digit) is not reported: a file is not refused on a look-alike.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass

_CANDIDATE = re.compile(r"(?<![\d.,:/])(\d{2})?(\d{6})([-+]?)(\d{4})(?![\d.,:/])")
_COORDINATION_OFFSET = 60


@dataclass(frozen=True)
class IdentityNumber:
    """A number found in text: where it starts and whether it is a samordningsnummer."""

    start: int
    coordination: bool


def luhn_ok(digits: str) -> bool:
    """The Luhn test over ``digits``, the last being the check digit."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _valid_date(century: str | None, yymmdd: str) -> tuple[bool, bool]:
    """Whether YYMMDD is a real date (day or day+60), and whether it is a samordningsnummer."""
    year, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    coordination = day > _COORDINATION_OFFSET
    if coordination:
        day -= _COORDINATION_OFFSET
    if not 1 <= month <= 12 or day < 1:
        return False, coordination
    if century is not None:
        if century not in ("18", "19", "20"):
            return False, coordination
        full_year = int(century) * 100 + year
    else:
        # Without a century any leap year fits 29 February: 2000 is one, so use it.
        full_year = 2000 + year
    return day <= monthrange(full_year, month)[1], coordination


def find_identity_numbers(text: str) -> list[IdentityNumber]:
    """Every personnummer or samordningsnummer in ``text`` (the rules are above)."""
    found: list[IdentityNumber] = []
    if not text or len(text) < 10:
        return found
    for match in _CANDIDATE.finditer(text):
        century, date_part, separator, tail = match.groups()
        if century is not None and separator == "+":
            continue  # '+' replaces the century; both together is not a personnummer
        ok, coordination = _valid_date(century, date_part)
        if ok and luhn_ok(date_part + tail):
            found.append(IdentityNumber(match.start(), coordination))
    return found


def contains_identity_number(text: object) -> bool:
    """Whether a cell's value (text, or a number read from a spreadsheet) holds one."""
    if text is None:
        return False
    if isinstance(text, bool):
        return False
    if isinstance(text, int):
        text = str(text)
    elif isinstance(text, float):
        if not text.is_integer():
            return False
        text = str(int(text))
    elif not isinstance(text, str):
        text = str(text)
    return bool(find_identity_numbers(text))
