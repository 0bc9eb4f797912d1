"""Blocks: runs of lines with one role on the page (title, paragraph, list item, chrome, ...).

The segmenter (`newsnlp.layout.segment`) produces them; every extractor reads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from newsnlp.models import ChromeKind
from newsnlp.text.lines import Line

BlockKind = Literal[
    "category",  # the section label of the article ("Na Sygnale", "Wiadomości")
    "title",
    "published",  # the line that carries the publication date
    "byline",  # "Autor: ...", "Opracował: ...", a closing signature
    "caption",  # photo caption (may carry the credit after " / fot.")
    "credit",  # photo/video credit line ("fot. ...", "Zdj. ...")
    "source",  # text credit ("źródło informacji: ...", "Źródło: ...")
    "lead",
    "heading",
    "paragraph",
    "list_item",
    "quote",  # a quote standing as a block of its own, attribution included
    "chrome",
]

# Block kinds whose text belongs to the article (read by institution and quote extractors).
CONTENT_KINDS: frozenset[str] = frozenset(
    {"title", "lead", "heading", "paragraph", "list_item", "quote", "caption", "credit",
     "byline", "source"}
)

# Block kinds of the article's running text (what the layout model may set aside).
CONTENT = frozenset({"lead", "heading", "paragraph", "list_item", "quote"})
# the running text of a section, under its heading or a lead
SECTION_TEXT = frozenset({"paragraph", "list_item", "quote"})


@dataclass(frozen=True, slots=True)
class Block:
    """One block: its kind, its lines, and for chrome the kind of chrome."""

    kind: BlockKind
    lines: tuple[Line, ...]
    chrome: ChromeKind | None = None
    ordered: bool = False  # list items: numbered list
    list_id: int = -1  # list items: which list they belong to
    value: tuple[int, int] | None = None  # the part that matters: a label's value, an item's text

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def joined(self) -> str:
        """The block's lines joined by spaces: a hard-wrapped paragraph read as one text."""
        return " ".join(line.text for line in self.lines)

    @property
    def value_range(self) -> tuple[int, int]:
        """(start, end) of the part that matters: the value, else the whole block."""
        return self.value if self.value is not None else (self.start, self.end)

    @property
    def value_text(self) -> str:
        """The text of a one-line block's value (the whole line without one)."""
        line = self.lines[0]
        start, end = self.value_range
        return line.text[start - line.start:end - line.start]


# Chrome kinds given by position (after the article's end, doubted by the model), not by a
# label the line carries or its markup: the kinds a later stage may take back as article text.
LOOSE_CHROME: frozenset[str] = frozenset({"other", "footer"})


def set_aside(block: Block) -> Block:
    """The block's lines as page chrome of no named kind (`other`)."""
    return Block("chrome", block.lines, chrome="other")


def as_paragraph(block: Block) -> Block:
    """The block's lines as an article paragraph."""
    return Block("paragraph", block.lines)


def content_spans(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """(start, end) of every content block (chrome is never read), each once.

    A block's `value` (the part that matters, e.g. the caption or the credit of a shared
    'zdjęcie: … / fot. …' line) is read when the segmenter gives one.
    """
    spans: dict[tuple[int, int], None] = {}  # insertion-ordered set: linear in the blocks
    for b in blocks:
        if b.kind not in CONTENT_KINDS or not b.lines:
            continue
        value = getattr(b, "value", None)
        span = (value[0], value[1]) if value else (b.start, b.end)
        if span[0] < span[1]:
            spans.setdefault(span)
    return list(spans)
