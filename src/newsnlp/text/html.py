"""HTML source pasted where page text was expected: detect it and reduce it to text.

A scraper sometimes hands over the page source instead of its text. `looks_like_html` spots
that (a doctype, an `<html>`/`<body>` tag, or several common tags), and `strip_html` turns it
into the text a browser would show, line by line:

- tags are removed; block tags (`<p>`, `<div>`, `<h1>`, `<tr>`, ...) end a line or a
  paragraph, `<br>` ends a line, `<li>` starts a `• ` list item, table cells are separated by
  a space;
- `<script>`, `<style>`, `<head>`, `<noscript>`, `<template>`, `<svg>` and comments are
  dropped with their content (an unclosed one runs to the end of the input);
- character references (`&amp;`, `&#261;`, `&#x105;`, `&nbsp;`) are decoded;
- white space inside text collapses to one space, as a browser renders it, and no line
  starts or ends with a space.

Like `normalize`, the result keeps an offset map: every output character points at the raw
character it came from (an inserted line break or bullet points at its tag, a decoded
reference at its `&`), so `Normalized.then` composes it with the normalisation map.
The scanner is linear: one bounded, unambiguous token pattern, and closing tags of dropped
elements are found with a plain search.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from newsnlp.resources import IGNORECASE, Match, compile_pattern
from newsnlp.text.normalize import Normalized

# Tag names that end a paragraph (blank line) or a line; everything else is inline.
_PARAGRAPH = frozenset((
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
    "nav", "aside", "main", "ul", "ol", "dl", "table", "blockquote", "figure", "form",
    "fieldset", "address", "pre", "hr", "details", "summary", "body", "html"))
_LINE = frozenset(("br", "tr", "dt", "dd", "figcaption", "caption", "option", "legend"))
_CELL = frozenset(("td", "th"))
_DROP = frozenset(("script", "style", "head", "noscript", "template", "svg", "math", "iframe",
                   "object"))
_KNOWN = _PARAGRAPH | _LINE | _CELL | _DROP | frozenset((
    "a", "span", "strong", "em", "b", "i", "u", "small", "img", "meta", "link", "title", "li",
    "label", "input", "button", "select"))

_ATTRS = r"""(?:[^<>"']|"[^"]{0,2000}"|'[^']{0,2000}'){0,2000}"""
_TOKEN = compile_pattern(
    r"<!--"
    rf"|<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]{{0,30}})(?P<attrs>(?:[\s/]{_ATTRS})?)>"
    r"|<[!?][^<>]{0,2000}>"
    r"|&(?:#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});?"
    r"|[ \t\n\r\f]{2,}",  # a run of HTML white space collapses to one space
    0)
_ONE_SPACE = str.maketrans("\t\n\r\f", "    ")  # a lone one is a space where it stands
_DOCTYPE = compile_pattern(r"\A\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                           IGNORECASE)
_ANY_TAG = compile_pattern(r"</?(?P<name>[A-Za-z][A-Za-z0-9]{0,10})(?=[\s/>])", 0)
# How many known tags make a text HTML, and how much of the text is looked at for them.
MIN_TAGS = 4
SNIFF_CHARS = 100_000


def looks_like_html(text: str) -> bool:
    """Whether `text` is HTML source: a doctype/`<html>` start, or >= MIN_TAGS known tags."""
    head = text[:SNIFF_CHARS]
    if _DOCTYPE.match(head):
        return True
    if "<" not in head:
        return False
    count = 0
    for m in _ANY_TAG.finditer(head, timeout=1.0):
        if m.group("name").lower() in _KNOWN:
            count += 1
            if count >= MIN_TAGS:
                return True
    return False


@dataclass(slots=True)
class _Out:
    """The text being built: characters, their raw offsets, and a pending break or space."""

    chars: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    pending_break: int = 0  # 0 none, 1 line end, 2 paragraph end
    break_at: int = 0
    pending_space: int = -1  # raw offset of a collapsed run of white space, or -1
    started: bool = False

    def text(self, value: str, at: int, *, same: bool = False) -> None:
        """Emit `value` from raw offset `at` (`same`: every char maps to `at`)."""
        at_space = self.pending_break or not self.started or (
            self.pending_space < 0 and self.chars[-1].endswith(" "))
        if not same and at_space:
            stripped = value.lstrip(" ")  # no space at a line start or after a space
            at += len(value) - len(stripped)
            value = stripped
        if not value:
            return
        if value[0] == " ":
            self.pending_space = -1  # the text brings its own space
        self._flush(at)
        self.chars.append(value)
        self.offsets.extend([at] * len(value) if same else range(at, at + len(value)))
        self.started = True

    def space(self, at: int) -> None:
        """A run of white space: one space before the next text, unless a break comes."""
        if (self.started and self.pending_space < 0 and not self.pending_break
                and not self.chars[-1].endswith(" ")):
            self.pending_space = at

    def brk(self, level: int, at: int) -> None:
        if not self.started:
            return
        if level > self.pending_break:
            if not self.pending_break:
                self.break_at = at
            self.pending_break = level
        self.pending_space = -1

    def _flush(self, at: int) -> None:
        if self.pending_break:
            self._trim_trailing_space()
            n = self.pending_break
            self.chars.append("\n" * n)
            self.offsets.extend([min(self.break_at, at)] * n)
            self.pending_break = 0
        elif self.pending_space >= 0:
            self.chars.append(" ")
            self.offsets.append(self.pending_space)
        self.pending_space = -1

    def finish(self) -> Normalized:
        """The text built so far, without a trailing space."""
        self._trim_trailing_space()
        return Normalized("".join(self.chars), tuple(self.offsets))

    def _trim_trailing_space(self) -> None:
        """Drop single spaces at the end of the line a break is about to end."""
        last = self.chars[-1] if self.chars else ""
        cut = len(last) - len(last.rstrip(" "))
        if cut:
            self.chars[-1] = last[:-cut]
            del self.offsets[-cut:]


def strip_html(raw: str) -> Normalized:
    """The visible text of HTML source `raw`, with offsets into `raw` (see module doc)."""
    out = _Out()
    pos, n = 0, len(raw)
    while pos < n:
        m = _TOKEN.search(raw, pos, timeout=5.0)
        start = m.start() if m is not None else n
        out.text(raw[pos:start].translate(_ONE_SPACE), pos)
        if m is None:
            break
        pos = _token(raw, m, out)
    return out.finish()


def _token(raw: str, m: Match, out: _Out) -> int:
    """Handle one token (comment, tag, reference, white space); return where to go on."""
    tok, at, end = m.group(), m.start(), int(m.end())
    if tok == "<!--":
        close = raw.find("-->", end)
        return len(raw) if close < 0 else close + 3
    if tok[0] == "&":
        out.text(html.unescape(tok), at, same=True)
        return end
    if tok[0] != "<":
        out.space(at)
        return end
    name = (m.group("name") or "").lower()
    if not m.group("close") and name in _DROP and not m.group("attrs").rstrip().endswith("/"):
        return _skip_element(raw, name, end)
    _tag(name, bool(m.group("close")), at, out)
    return end


def _tag(name: str, closing: bool, at: int, out: _Out) -> None:
    """The line structure a tag gives: a paragraph or line break, a bullet, a cell gap."""
    if name in _PARAGRAPH:
        out.brk(2, at)
    elif name in _LINE:
        out.brk(1, at)
    elif name == "li":
        out.brk(1, at)
        if not closing:
            out.text("• ", at, same=True)
    elif name in _CELL and not closing:
        out.space(at)


def _skip_element(raw: str, name: str, pos: int) -> int:
    """Where a dropped element (`<script>`, ...) ends: after its closing tag, or the end."""
    closing = compile_pattern(rf"</{name}\s*>", IGNORECASE)
    m = closing.search(raw, pos, timeout=5.0)
    return len(raw) if m is None else int(m.end())
