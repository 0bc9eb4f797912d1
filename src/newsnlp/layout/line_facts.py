"""What the rule segmenter reads of every line once: its chrome, header and metadata
matches and whether it is prose (a page's repeated texts are read once)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsnlp.layout import linetypes as lt
from newsnlp.models import ChromeKind
from newsnlp.text.lines import Line


@dataclass(slots=True)
class LineFacts:
    """Per-line facts computed once."""

    line: Line
    chrome: ChromeKind | None
    header: ChromeKind | None
    meta: lt.MetaMatch | None
    prose: bool


def line_facts(lines: Sequence[Line]) -> list[LineFacts]:
    """The facts of every line; those of a text repeated on the page (menus, footers, a
    page pasted twice) are read once."""
    read: dict[str, tuple[ChromeKind | None, ChromeKind | None, lt.MetaMatch | None, bool]] = {}
    out = []
    for line in lines:
        text = line.text
        known = read.get(text)
        if known is None:
            known = read[text] = (lt.chrome_kind(text), lt.header_kind(text),
                                  lt.meta_match(text), lt.is_prose(text))
        out.append(LineFacts(line, *known))
    return out


def near_text(facts: Sequence[LineFacts], i: int, step: int) -> LineFacts | None:
    """The nearest line with text before (`step` -1) or after (1) line `i`."""
    j = i + step
    while 0 <= j < len(facts) and not facts[j].line.text:
        j += step
    return facts[j] if 0 <= j < len(facts) else None


def loose_lines(facts: Sequence[LineFacts], start: int, stop: int) -> int:
    """Lines of `facts[start:stop]` that no chrome, metadata or header names, nor a box a
    header opens (`Czytaj także` and its headlines, up to a blank line): a menu's words."""
    count, boxed = 0, False
    for f in facts[start:stop]:
        if not f.line.text:
            boxed = False
        elif f.header is not None:
            boxed = True
        elif not boxed and f.chrome is None and f.meta is None:
            count += 1
    return count
