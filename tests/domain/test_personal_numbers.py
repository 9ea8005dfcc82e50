"""The personnummer / samordningsnummer detector: valid numbers in every written form are
found; wrong check digits and look-alikes (dates, phone numbers, amounts, postcodes) are not."""

from __future__ import annotations

import pytest

from improve_desktop.domain.personal_numbers import (
    contains_identity_number,
    find_identity_numbers,
    luhn_ok,
)

# Skatteverket's published test numbers and numbers built with a correct Luhn digit.
VALID = [
    "811218-9876",  # the classic example
    "8112189876",
    "19811218-9876",
    "198112189876",
    "811218+9876",  # aged 100 or more
    "640823-3234",
    "0812189876",  # born 2008, without separator
    "701063-2391",  # samordningsnummer: day 03 + 60
    "19701063-2391",
    "Deltagare 811218-9876 avslutad",  # inside text
]

INVALID_CHECKSUM = ["811218-9875", "8112189870", "19811218-9871", "701063-2392"]

LOOK_ALIKES = [
    "2026-11-27",  # dates
    "20261127",
    "27/11/2026",
    "2026-11-27 14:30:00",
    "070-123 45 67",  # phone numbers
    "+46 70 123 45 67",
    "+46701234567",
    "090-12 34 56",
    "1 234 567",  # amounts
    "1234567,50",
    "123456.7890",
    "12 345 678 kr",
    "1234567890",  # ten digits that are no date (month 34)
    "931 85",  # postcodes
    "93185",
    "811332-9876",  # month 13
    "810230-9876",  # 30 February
    "811293-9876",  # day 93 is no samordningsnummer either (33 + 60)
    "17811218-9876",  # century 17
    "19811218+9876",  # century and '+' together
    "2811218-98765",  # part of a longer run of digits
    "",
    "SKE-VV",
]


def test_luhn() -> None:
    assert luhn_ok("8112189876")
    assert not luhn_ok("8112189875")
    assert luhn_ok("7010632391")


@pytest.mark.parametrize("text", VALID)
def test_valid_numbers_are_found(text: str) -> None:
    assert find_identity_numbers(text), text
    assert contains_identity_number(text)


def test_samordningsnummer_is_marked() -> None:
    (found,) = find_identity_numbers("701063-2391")
    assert found.coordination
    (found,) = find_identity_numbers("811218-9876")
    assert not found.coordination


@pytest.mark.parametrize("text", INVALID_CHECKSUM)
def test_wrong_check_digit_is_not_a_number(text: str) -> None:
    assert not find_identity_numbers(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_numbers(text: str) -> None:
    assert not find_identity_numbers(text), text


def test_spreadsheet_numbers() -> None:
    assert contains_identity_number(198112189876)
    assert contains_identity_number(8112189876.0)
    assert not contains_identity_number(8112189876.5)
    assert not contains_identity_number(12)
    assert not contains_identity_number(None)
    assert not contains_identity_number(True)
