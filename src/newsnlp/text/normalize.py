"""Text normalisation with an offset map back to the raw input.

NFC; line ends (`\\r\\n`, `\\r`, U+2028, U+2029, NEL) to `\\n`; NBSP and other spaces to a
plain space; zero-width characters, soft hyphens, BOM, bidi controls and C0/C1 controls (but
tab and newline) removed; lone surrogates replaced by U+FFFD. Every character of the result
remembers the raw offset it came from, so spans found in the normalised text can be mapped
back (`Normalized.to_raw`).

The work is linear: runs of ordinary characters are copied in one slice, and only the
characters that change (or combining marks and the letter they attach to) are looked at one
by one, so a page of several megabytes normalises in well under a second.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from newsnlp.resources import compile_pattern

_DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                  "\u2066\u2067\u2068\u2069")
# Unicode line and paragraph separators and NEL end a line like `\n` does.
_NEWLINE = frozenset("\u2028\u2029\u0085")
_SPACE = frozenset("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                   "\u202f\u205f\u3000\u000b\u000c")
# Characters the slow path must see: line ends, controls, dropped and space characters,
# surrogates, and (a superset of) the combining marks that NFC may compose with a letter.
_SPECIAL = compile_pattern(
    "[\r\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff"
    + "".join(sorted(_DROP | _SPACE | _NEWLINE)).replace("\x0b", "").replace("\x0c", "")
    + r"]|\P{ccc=0}|\p{M}", 0)


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

    def then(self, inner: Normalized) -> Normalized:
        """`inner` (a transformation of `self.text`) with offsets into *this* map's raw input.

        Used to chain HTML stripping and normalisation: both keep an offset map, and the
        composition points every final character at the raw page.
        """
        return Normalized(inner.text, tuple(self.offsets[i] for i in inner.offsets))


def _char(ch: str) -> str:
    """The replacement of one character: itself, a space, or nothing."""
    if ch in _DROP:
        return ""
    if ch in _SPACE:
        return " "
    if ch in _NEWLINE:
        return "\n"
    code = ord(ch)
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    if (code < 0x20 and ch not in "\t\n") or 0x7F <= code < 0xA0:
        return ""
    return ch


# Replacements of the characters that change on their own (not line ends, not surrogates).
_SIMPLE: dict[str, str] = {
    ch: _char(ch) for ch in (*_DROP, *_SPACE, *map(chr, [*range(0x20), *range(0x7F, 0xA0)]))
    if ch not in "\r\t\n"
}


def normalize(raw: str) -> Normalized:
    """Normalise `raw`; NFC is applied per run of combining marks so offsets stay exact."""
    first = _normalize_once(raw)
    if unicodedata.is_normalized("NFC", first.text):
        return first
    # A removed character can bring a combining mark next to a letter: compose again.
    return first.then(_normalize_once(first.text))


def _normalize_once(raw: str) -> Normalized:
    """One pass: copy ordinary runs wholesale, handle special characters one by one."""
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(raw)
    combining = unicodedata.combining
    for m in _SPECIAL.finditer(raw):
        k = m.start()
        if k < i:
            continue  # already consumed as part of a line end or a cluster
        if k > i and combining(raw[k]):
            k -= 1  # the letter before a combining mark starts a cluster
        if k > i:
            out.append(raw[i:k])
            offsets.extend(range(i, k))
        ch = raw[k]
        if ch in _SIMPLE and (k + 1 == n or not combining(raw[k + 1])):
            if rep := _SIMPLE[ch]:  # the common case, inlined: a space or a dropped character
                out.append(rep)
                offsets.append(k)
            i = k + 1
        else:
            i = _step(raw, k, out, offsets)
    if i < n:
        out.append(raw[i:])
        offsets.extend(range(i, n))
    return Normalized("".join(out), tuple(offsets))


def _step(raw: str, i: int, out: list[str], offsets: list[int]) -> int:
    """Normalise the unit at `i` (a line end, a cluster or one character); return its end."""
    n = len(raw)
    ch = raw[i]
    if ch == "\r":
        out.append("\n")
        offsets.append(i)
        return i + 2 if i + 1 < n and raw[i + 1] == "\n" else i + 1
    j = i + 1
    while j < n and unicodedata.combining(raw[j]):
        j += 1
    if j > i + 1:
        cluster = unicodedata.normalize("NFC", "".join(_char(c) for c in raw[i:j]))
        out.append(cluster)
        offsets.extend(min(i + k, j - 1) for k in range(len(cluster)))
        return j
    rep = _char(ch)
    if rep:
        out.append(rep)
        offsets.append(i)
    return i + 1


def replace_surrogates(value: str) -> str:
    """`value` with lone surrogates (possible from JSON `\\ud800` escapes) replaced by U+FFFD,
    so that it can always be encoded as UTF-8."""
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return value
