"""An interview's questions: on a page signed `Rozmawiał:` / `Rozmawiała:` (the label Polish
papers put on an interview), a short line ending with a question mark is the interviewer's
question, not a section's heading."""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout.blocks import Block, as_paragraph
from newsnlp.resources import ICASE, compile_pattern

# the interviewer's label: `Rozmawiał:`, `Rozmawiała Anna Lis`, `Rozmawiali: …`
_INTERVIEWER = r"[ \t]*rozmawia(?:ł[ao]?|li|ły)\b"


def mark_questions(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with an interview's questions read as headings turned back into text."""
    if not any(b.kind == "byline" and _interviewer(b.lines[0].text) for b in blocks):
        return list(blocks)
    return [as_paragraph(b) if b.kind == "heading" and b.joined.rstrip().endswith("?") else b
            for b in blocks]


def _interviewer(text: str) -> bool:
    return compile_pattern(_INTERVIEWER, ICASE).match(text) is not None
