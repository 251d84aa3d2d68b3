"""Bytes to text: byte-order marks, UTF-8 first, then the legacy encodings people still save in."""

from __future__ import annotations

import codecs
import contextlib
import re

from postings.extract.types import DocumentError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters that never appear in text documents (tab, newlines and form feed do).
_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13})
_MAX_CONTROL_SHARE = 0.01


def decode_document(data: bytes) -> str:
    """Decode a document's bytes, repairing UTF-8 that was once misread as cp1252 or latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return repair_mojibake(data[len(bom) :].decode(encoding))
            except UnicodeDecodeError as error:
                raise DocumentError(
                    f"not valid {encoding.upper()} despite its byte-order mark"
                ) from error
    if b"\x00" in data:
        raise DocumentError("binary file (it contains NUL bytes), not a text document")
    if _control_share(data) > _MAX_CONTROL_SHARE:
        raise DocumentError("binary file (mostly non-text bytes), not a text document")
    return repair_mojibake(_decode_without_bom(data))


def _decode_without_bom(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    # latin-1 decodes any byte string, so it only counts when the result reads as text:
    # the C1 control range (0x80-0x9F) is where cp1252 failed, and real text rarely uses it.
    text = data.decode("latin-1")
    if sum(0x80 <= ord(char) <= 0x9F for char in text) <= len(text) * _MAX_CONTROL_SHARE:
        return text
    raise DocumentError(
        "not UTF-8 text, and no legacy encoding (cp1252, latin-1) explains its bytes"
    )


def _control_share(data: bytes) -> float:
    sample = data[:65536]
    if not sample:
        return 0.0
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)


def _byte_for_char() -> dict[str, int]:
    """Each character that a misread UTF-8 byte 0x80-0xFF turns into, under latin-1 or cp1252."""
    table = {}
    for byte in range(0x80, 0x100):
        table[chr(byte)] = byte
        with contextlib.suppress(UnicodeDecodeError):  # cp1252 leaves five bytes undefined
            table[bytes([byte]).decode("cp1252")] = byte
    return table


_BYTE_FOR_CHAR = _byte_for_char()


def _char_class(low: int, high: int) -> str:
    chars = (char for char, byte in _BYTE_FOR_CHAR.items() if low <= byte <= high)
    return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"


_CONTINUATION = _char_class(0x80, 0xBF)
# A UTF-8 lead byte followed by exactly its continuation bytes, as latin-1/cp1252 shows them.
_MOJIBAKE = re.compile(
    f"{_char_class(0xC2, 0xDF)}{_CONTINUATION}"
    f"|{_char_class(0xE0, 0xEF)}{_CONTINUATION}{{2}}"
    f"|{_char_class(0xF0, 0xF4)}{_CONTINUATION}{{3}}"
)


def repair_mojibake(text: str) -> str:
    """Turn "Whatâ\\x80\\x99s" back into "What’s".

    Safe because a sequence is only replaced when its bytes form exactly one valid UTF-8
    character; ordinary accented text ("Café", "Ångström") does not have that shape.
    """
    return _MOJIBAKE.sub(_repair_sequence, text)


def _repair_sequence(match: re.Match[str]) -> str:
    sequence = match.group()
    try:
        return bytes(_BYTE_FOR_CHAR[char] for char in sequence).decode("utf-8")
    except UnicodeDecodeError:
        return sequence
