"""Bytes of a page file to text: UTF-8, UTF-16/32 with a BOM, UTF-16 without one, or a
Polish 8-bit code page (CP1250, ISO-8859-2); anything else is rejected as binary.

The order of the checks:
1. a byte-order mark decides (UTF-32 before UTF-16, whose BOM is a prefix of it);
2. NUL bytes: UTF-16 without a BOM when they sit on every other byte, else binary;
3. strict UTF-8;
4. UTF-8 with a few broken bytes (a truncated download, one stray byte): repaired with
   U+FFFD rather than read as a code page, which would garble every Polish letter;
5. CP1250 or ISO-8859-2, whichever yields more Polish letters;
and every result must be text: a page that decodes to many control characters is binary.
Rejections raise `DecodeError` whose message says why, so a batch can record it per file.
"""

from __future__ import annotations

import codecs

_POLISH = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"
# (BOM, name reported, codec of the rest)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
         (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"))
# Control characters that do not occur in text (tab, line ends and form feed do).
_CONTROLS = {c: None for c in [*range(0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)]}
# A file is read as UTF-8 with repairs when its broken bytes are at most this share of its
# valid non-ASCII characters. Code-page Polish is almost never valid UTF-8, so there the
# broken bytes outnumber the valid characters by far.
_MAX_BROKEN_SHARE = 0.5


class DecodeError(ValueError):
    """The bytes are not text in any encoding newsnlp accepts."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding). Raises `DecodeError` for binary data."""
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            return _checked(data[len(bom):].decode(codec, errors="replace"), name)
    if b"\x00" in data and (utf16 := _utf16_without_bom(data)) is not None:
        return utf16
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    repaired = _repaired_utf8(data)
    if repaired is not None:
        return _checked(repaired, "utf-8 (invalid bytes replaced)")
    candidates = [(data.decode(enc, errors="replace"), enc) for enc in ("cp1250", "iso-8859-2")]
    text, enc = max(candidates, key=lambda c: _polish_letters(c[0]))
    return _checked(text, enc)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: mostly-Latin text has a NUL in every other byte."""
    for name, zeros in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if len(data) >= 4 and zeros.count(0) >= 0.4 * len(zeros) and data[0::2].count(0) != \
                data[1::2].count(0):
            return _checked(data[: len(data) // 2 * 2].decode(name, errors="replace"), name)
    return None


def _repaired_utf8(data: bytes) -> str | None:
    """The data as UTF-8 with broken bytes replaced, if it is mostly valid UTF-8."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - broken
    if non_ascii > 0 and broken <= _MAX_BROKEN_SHARE * non_ascii:
        return text
    return None


def _polish_letters(text: str) -> int:
    return sum(text.count(ch) for ch in _POLISH)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    """`(text, encoding)`, or `DecodeError` when the text is mostly control characters."""
    controls = len(text) - len(text.translate(_CONTROLS))
    if controls > max(8, len(text) // 50):
        raise DecodeError(f"binary data: {controls} of {len(text)} characters are control "
                          f"characters (read as {encoding}); not a text page")
    return text, encoding
