import codecs

import pytest

from postings.extract.decode import decode_document, repair_mojibake
from postings.extract.types import DocumentError


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Software Engineer", "Software Engineer"),
        ("Caf\u00e9 \u2013 Z\u00fcrich".encode(), "Caf\u00e9 \u2013 Z\u00fcrich"),
        (codecs.BOM_UTF8 + b"title,company", "title,company"),
        (codecs.BOM_UTF16_LE + "Gda\u0144sk".encode("utf-16-le"), "Gda\u0144sk"),
        (codecs.BOM_UTF16_BE + "Gda\u0144sk".encode("utf-16-be"), "Gda\u0144sk"),
        (codecs.BOM_UTF32_LE + "M\u00fcnchen".encode("utf-32-le"), "M\u00fcnchen"),
    ],
)
def test_decodes_utf8_and_byte_order_marks(data, expected):
    assert decode_document(data) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Caf\xe9 \x93quoted\x94 \x96 dash", "Caf\u00e9 \u201cquoted\u201d \u2013 dash"),
        (b"\x80500 bonus", "\u20ac500 bonus"),
    ],
)
def test_falls_back_to_cp1252(data, expected):
    assert decode_document(data) == expected


def test_falls_back_to_latin1_when_cp1252_cannot_decode_a_rare_byte():
    data = b"Stra\xdfe " * 50 + b"\x81"
    assert decode_document(data).startswith("Stra\u00dfe Stra\u00dfe")


def test_repairs_mojibake_in_the_document():
    assert (
        decode_document("What\u2019s new".encode().decode("cp1252").encode()) == "What\u2019s new"
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04\x00\x00\x08\x00", "binary"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08 text", "binary"),
        (b"\x81\x8d\x8f\x90\x9d" * 20, "no legacy encoding"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfd", "byte-order mark"),
    ],
)
def test_rejects_binary_and_undecodable_bytes(data, reason):
    with pytest.raises(DocumentError, match=reason):
        decode_document(data)


@pytest.mark.parametrize(
    ("garbled", "repaired"),
    [
        ("What\u00e2\u0080\u0099s", "What\u2019s"),  # UTF-8 read as latin-1 (Remote OK)
        ("What\u00e2\u20ac\u2122s", "What\u2019s"),  # UTF-8 read as cp1252
        ("Gda\u00c5\u0084sk", "Gda\u0144sk"),
        ("Caf\u00c3\u00a9", "Caf\u00e9"),
        ("\u00c2\u00a3100", "\u00a3100"),
        ("\u00f0\u009f\u009a\u0080 launch", "\U0001f680 launch"),
    ],
)
def test_repairs_mojibake(garbled, repaired):
    assert repair_mojibake(garbled) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "Caf\u00e9",
        "\u00c5ngstr\u00f6m",
        "na\u00efve r\u00e9sum\u00e9",
        "\u00a3100 \u2013 \u20ac200",
        "\u00c3 la carte",
        "S\u00e3o Paulo",
        "Ni\u00f1o \u00bfqu\u00e9?",
    ],
)
def test_leaves_correct_text_alone(text):
    assert repair_mojibake(text) == text
