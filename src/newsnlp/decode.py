"""Bytes of a page file to text: UTF-8, UTF-16 with BOM, or a Polish 8-bit code page."""

from __future__ import annotations

import codecs

_POLISH = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


class DecodeError(ValueError):
    """The bytes are not text in any encoding newsnlp accepts."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding). Raises `DecodeError` for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(name, errors="replace"), name
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    else:
        if "\x00" in text:
            raise DecodeError("binary data: NUL bytes in the file")
        return text, "utf-8"
    if b"\x00" in data:
        raise DecodeError("binary data: NUL bytes in the file")
    candidates = [(data.decode(enc, errors="replace"), enc) for enc in ("cp1250", "iso-8859-2")]
    text, enc = max(candidates, key=lambda c: sum(ch in _POLISH for ch in c[0]))
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r")
    if controls > max(8, len(text) // 50):
        raise DecodeError("binary data: not UTF-8 and mostly control bytes")
    return text, enc
