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
