"""Text normalisation with an offset map back to the raw input.

NFC, line ends to `\\n`, NBSP and other spaces to a plain space, zero-width characters, soft
hyphens, BOM and C0/C1 controls (but tab and newline) removed, lone surrogates replaced.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                  "\u2066\u2067\u2068\u2069")
_SPACE = frozenset("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                   "\u202f\u205f\u3000\u000b\u000c")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and, for each of its characters, the offset in the raw input."""

    text: str
    offsets: tuple[int, ...]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a `[start, end)` span of the normalised text to the raw input."""
        if start >= len(self.offsets):
            raw_end = self.offsets[-1] + 1 if self.offsets else 0
            return raw_end, raw_end
        raw_start = self.offsets[start]
        raw_end = self.offsets[end - 1] + 1 if end > start else raw_start
        return raw_start, raw_end


def _char(ch: str) -> str:
    """The replacement of one character: itself, a space, or nothing."""
    if ch in _DROP:
        return ""
    if ch in _SPACE:
        return " "
    code = ord(ch)
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    if (code < 0x20 and ch not in "\t\n") or 0x7F <= code < 0xA0:
        return ""
    return ch


def normalize(raw: str) -> Normalized:
    """Normalise `raw`; NFC is applied per run of combining marks so offsets stay exact."""
    first = _normalize_once(raw)
    if unicodedata.is_normalized("NFC", first.text):
        return first
    # A removed character can bring a combining mark next to a letter: compose again.
    second = _normalize_once(first.text)
    return Normalized(second.text, tuple(first.offsets[i] for i in second.offsets))


def _normalize_once(raw: str) -> Normalized:
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == "\r":
            out.append("\n")
            offsets.append(i)
            i += 2 if i + 1 < n and raw[i + 1] == "\n" else 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(raw[j]):
            j += 1
        if j > i + 1:
            cluster = unicodedata.normalize("NFC", "".join(_char(c) for c in raw[i:j]))
            for k, c in enumerate(cluster):
                out.append(c)
                offsets.append(min(i + k, j - 1))
            i = j
            continue
        rep = _char(ch)
        if rep:
            out.append(rep)
            offsets.append(i)
        i += 1
    return Normalized("".join(out), tuple(offsets))
