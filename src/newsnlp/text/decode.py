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

HTML pages (`decode_html`) may also declare their charset (an HTTP header, `<meta charset>`);
a declaration is used when the bytes agree with it, and a wrong one is detected: a page
declared UTF-8 that is not valid UTF-8 is read as the Polish code page that fits, and a page
declared CP1250/ISO-8859-2 (or Latin-1) whose bytes are valid UTF-8 with multi-byte
characters is read as UTF-8; between the two Polish code pages the one that yields more
Polish letters wins.
"""

from __future__ import annotations

import codecs

from newsnlp.resources import ICASE, compile_pattern

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


# `<meta charset="...">` or `<meta http-equiv="Content-Type" content="...; charset=...">`, in
# the first bytes of the page (where the HTML standard says a browser looks for it).
_META_CHARSET = compile_pattern(
    r"<meta\s[^>]{0,500}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.-]{1,40})", ICASE)
META_SNIFF_BYTES = 4096
_POLISH_8BIT = ("cp1250", "iso8859-2")  # codecs.lookup names


def declared_charset(data: bytes) -> str | None:
    """The charset the page's `<meta>` declares, as a Python codec name (None if none/unknown)."""
    m = _META_CHARSET.search(data[:META_SNIFF_BYTES].decode("latin-1"))
    return codec_name(m.group(1)) if m else None


def codec_name(label: str | None) -> str | None:
    """A charset label (`UTF-8`, `windows-1250`, `iso-8859-2`) as a codec name, or None."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def decode_html(data: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """(text, encoding) of an HTML page: BOM, then the HTTP charset, then `<meta>`, checked
    against the bytes (see the module doc), else `decode_bytes`'s guess."""
    if any(data.startswith(bom) for bom, _, _ in _BOMS):
        return decode_bytes(data)
    declared = codec_name(http_charset) or declared_charset(data)
    if declared is None:
        return decode_bytes(data)
    utf8 = _strict_utf8(data)
    if declared == "utf-8":
        if utf8 is not None:
            return _checked(utf8, "utf-8")
        if _repaired_utf8(data) is None:  # not UTF-8 at all: a wrong declaration
            return _best_polish(data, "declared utf-8")
        return decode_bytes(data)
    if utf8 is not None and utf8 != data.decode("ascii", errors="replace"):
        return _checked(utf8, f"utf-8 (declared {declared})")
    if declared in _POLISH_8BIT or declared in ("iso8859-1", "cp1252"):
        return _best_polish(data, f"declared {declared}", prefer=declared)
    try:
        return _checked(data.decode(declared), declared)
    except (UnicodeDecodeError, LookupError):
        return decode_bytes(data)


def _strict_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _best_polish(data: bytes, note: str, prefer: str | None = None) -> tuple[str, str]:
    """The Polish code page (or `prefer`) that yields the most Polish letters."""
    names = list(_POLISH_8BIT) if prefer in (None, *_POLISH_8BIT) else [prefer, *_POLISH_8BIT]
    if prefer in _POLISH_8BIT:
        names.sort(key=lambda n: n != prefer)  # the declared one wins a tie
    candidates = [(data.decode(n, errors="replace"), n) for n in names]
    text, name = max(candidates, key=lambda c: _polish_letters(c[0]))
    label = name if name == prefer else f"{name} ({note})"
    return _checked(text, label)
