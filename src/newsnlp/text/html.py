"""HTML source to the text a browser shows, with an offset map and DOM cues per line.

`looks_like_html` spots page source (a doctype or `<html>`/`<head>`/`<body>` start, or
several common tags). `render_html` parses it with lxml (libxml2's forgiving HTML parser)
and renders it the way the real pages' `text` field was made:

- `<head>`, `<script>`, `<style>`, `<noscript>`, `<template>`, `<svg>`, `<iframe>`, comments
  and hidden elements (`hidden`, `style="display:none"`/`visibility:hidden`) are dropped;
- block elements (`<p>`, `<div>`, `<h1>`..., `<li>`, `<tr>`, ...) and `<br>` end a line; table
  cells are separated by a space;
- white space collapses to one space; no line starts or ends with a space, no line is blank.

One difference from a browser's text: an element that opens on a word right after a
sibling element, with no text between, is set apart by a space (`<a>Sport</a><a>Kultura</a>`
is `Sport Kultura`, not `SportKultura`; a caption's `<span>` and its credit's), since a
style sheet keeps them apart; 272 of the 25,768 lines of the real dev pages' HTML differ so.

The result's `source` maps every text character to its position in the raw HTML (see
`rawmap`), and `cues` gives one `DomCues` per text line (see `dom`).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from newsnlp.resources import ICASE, compile_pattern
from newsnlp.text.dom import CueBuilder, DomCues, ElementInfo, is_hidden
from newsnlp.text.normalize import Normalized
from newsnlp.text.rawmap import RawText

_BLOCK = frozenset((
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
    "nav", "aside", "main", "ul", "ol", "dl", "dt", "dd", "li", "table", "tr", "thead",
    "tbody", "tfoot", "caption", "blockquote", "figure", "figcaption", "form", "fieldset",
    "legend", "address", "pre", "hr", "details", "summary", "body", "html", "center", "menu",
    "option"))
_CELL = frozenset(("td", "th"))
_DROP = frozenset(("head", "title", "script", "style", "noscript", "template", "svg", "math",
                   "iframe", "object"))
# Tags that make a text HTML source; inline ones (`<b>`, `<a>`, `<span>`) do not: text with a
# few of those is text that mentions or keeps some markup.
_STRUCTURE = _BLOCK | _CELL | _DROP | frozenset(("br", "meta", "link", "img", "input"))
_DOCTYPE = compile_pattern(r"\A\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", ICASE)
_ANY_TAG = compile_pattern(r"</?(?P<name>[A-Za-z][A-Za-z0-9]{0,10})(?=[\s/>])")
_SPACE_RUN = compile_pattern(r"\s+")  # NBSP too, as the real pages' text field
# Characters libxml2 refuses in a string (C0 controls but tab and line ends, lone
# surrogates): replaced one for one, so offsets into the copy are offsets into the input.
_UNSAFE_CHAR = compile_pattern(r"[\x00-\x08\x0b\x0e-\x1f\ud800-\udfff]")
_UNSAFE = {**dict.fromkeys([*range(0x09), 0x0B, *range(0x0E, 0x20)], " "),
           **dict.fromkeys(range(0xD800, 0xE000), "\ufffd")}
# How many structural tags make a text HTML, and how much of the text is looked at for them.
MIN_TAGS = 4
SNIFF_CHARS = 100_000


def looks_like_html(text: str) -> bool:
    """Whether `text` is HTML source: a doctype/`<html>` start, or >= MIN_TAGS structural
    tags (block elements, `<br>`, scripts, ...; inline tags do not count)."""
    head = text[:SNIFF_CHARS]
    if _DOCTYPE.search(head) is not None:
        return True
    if "<" not in head:
        return False
    names = (m.group("name").lower() for m in _ANY_TAG.finditer(head, timeout=1.0))
    return sum(1 for name in names if name in _STRUCTURE) >= MIN_TAGS


@dataclass(frozen=True, slots=True)
class RenderedHtml:
    """The visible text of a page, its map to the raw HTML and the parsed tree.

    `source.text` is the text, `source.offsets[i]` the raw offset of its character i;
    `cues[k]` describes line k of the text (`text.split("\\n")`).
    """

    source: Normalized
    cues: tuple[DomCues, ...]
    root: etree._Element | None

    @property
    def text(self) -> str:
        return self.source.text


def xml_safe(raw: str) -> str:
    """`raw` with the characters libxml2 refuses replaced one for one (controls by a space,
    lone surrogates by U+FFFD), so offsets into the copy are offsets into `raw`."""
    return raw.translate(_UNSAFE) if _UNSAFE_CHAR.search(raw, timeout=5.0) else raw


def parse_tree(safe: str) -> etree._Element | None:
    """The lxml tree of `safe` (see `xml_safe`); None for a page without any element."""
    parser = etree.HTMLParser(encoding="utf-8", remove_pis=True, no_network=True,
                              huge_tree=True)
    try:
        return etree.fromstring(safe.encode("utf-8"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def render_html(raw: str) -> RenderedHtml:
    """Render HTML source `raw` to text (see the module doc)."""
    safe = xml_safe(raw)
    root = parse_tree(safe)
    if root is None:
        return RenderedHtml(Normalized("", ()), (), None)
    out = _Text(RawText.of(safe))
    cues = CueBuilder()
    stack: list[ElementInfo] = []
    opened: list[etree._Element] = []  # the elements of `stack` (a skipped one is not)
    walk = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walk:
        if event in ("comment", "pi"):
            out.node(el.tail, stack, cues)
            continue
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _DROP or is_hidden(el):
                walk.skip_subtree()
                out.node(el.tail, stack, cues)
                continue
            stack.append(ElementInfo.of(el, tag, tag in _BLOCK or tag in _CELL,
                                        stack[-1] if stack else None))
            opened.append(el)
            if _glued(el):
                out.open("td", stack, cues)  # a space, as between table cells
            out.open(tag, stack, cues)
            out.node(el.text, stack, cues)
        elif opened and opened[-1] is el:
            out.close(tag, stack, cues)
            stack.pop()
            opened.pop()
            out.node(el.tail, stack, cues)
    return RenderedHtml(out.finish(), cues.finish(), root)


def _glued(el: etree._Element) -> bool:
    """An element that opens on a word right after a sibling element, no text between
    (`<a>Sport</a><a>Kultura</a>`, a caption's `<span>` and its credit's): the words are
    apart, which a style sheet shows with a margin and the markup alone does not. A mark
    after a word (`<b>prokurator</b><span>.</span>`) stays on it."""
    before = el.getprevious()
    return (before is not None and isinstance(before.tag, str) and not before.tail
            and (el.text or "")[:1].isalnum())


class _Text:
    """The text being built: characters, their raw offsets, pending line break or space."""

    def __init__(self, raw: RawText) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.offsets: list[int] = []
        self.line_open = False  # some text on the current line
        self.space_at = -1  # raw offset of a pending space, or -1
        self.break_at = -1  # raw offset of a pending line end, or -1

    def open(self, tag: str, stack: list[ElementInfo], cues: CueBuilder) -> None:
        if tag == "br" or tag in _BLOCK:
            self._break(self.raw.here())
        elif tag in _CELL:
            self._space(self.raw.here())

    def close(self, tag: str, stack: list[ElementInfo], cues: CueBuilder) -> None:
        if tag in _BLOCK:
            self._break(self.raw.here())

    def node(self, text: str | None, stack: list[ElementInfo], cues: CueBuilder) -> None:
        """Emit one text node: its white space collapsed, each character mapped."""
        if not text:
            return
        text = _lines(text)
        offsets = self.raw.locate(text)
        pos = 0
        for m in _SPACE_RUN.finditer(text, timeout=5.0):
            self._word(text, offsets, pos, m.start(), stack, cues)
            self._space(offsets[m.start()])
            pos = m.end()
        self._word(text, offsets, pos, len(text), stack, cues)

    def _word(self, text: str, offsets: list[int], start: int, end: int,
              stack: list[ElementInfo], cues: CueBuilder) -> None:
        if start >= end:
            return
        last = self.offsets[-1] if self.offsets else 0
        if self.line_open and self.break_at >= 0:
            self.parts.append("\n")
            self.offsets.append(max(last, min(self.break_at, offsets[start])))
            cues.new_line()
            self.line_open = False
        elif self.line_open and self.space_at >= 0:
            self.parts.append(" ")
            self.offsets.append(max(last, self.space_at))
            cues.add(stack, 1)
        self.break_at = self.space_at = -1
        self.parts.append(text[start:end])
        last = self.offsets[-1] if self.offsets else 0
        self.offsets.extend(max(o, last) for o in offsets[start:end])
        cues.add(stack, end - start)
        self.line_open = True

    def _space(self, at: int) -> None:
        if self.line_open and self.space_at < 0 and self.break_at < 0:
            self.space_at = at

    def _break(self, at: int) -> None:
        if self.line_open and self.break_at < 0:
            self.break_at = at
        self.space_at = -1

    def finish(self) -> Normalized:
        return Normalized("".join(self.parts), tuple(self.offsets))


def _lines(text: str) -> str:
    """Line ends as `\\n` (libxml2 may keep a `\\r`), as in `RawText`."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
