"""Quotations the markup attributes: HTML's `<blockquote>` whose last line is its `<cite>`
(`<blockquote><p>„…”</p><cite>Jan Nowak, rzecznik</cite></blockquote>`, as WordPress's
quote block writes it) is a quote block, the `<cite>` line its speaker.

A `<blockquote>` alone is no quotation (some sites indent paragraphs with it); the `<cite>`
inside it is the markup's own attribution, so the pair is certain.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout.blocks import LOOSE_CHROME, Block
from newsnlp.models import Quote, Span
from newsnlp.text.dom import DomCues

# Around a quotation and before its attribution (`— Jan Nowak`), left out of the spans.
_MARKS = "„”“\"«»‚’'"
_DASHES = "—–―-"
_QUOTED_KINDS = frozenset({"paragraph", "lead", "quote"})


def _held(block: Block) -> bool:
    """A block that may hold a quotation: article text, or text set aside only by its
    position (the `<cite>` settles that it is the article's quotation)."""
    return block.kind in _QUOTED_KINDS or (block.kind == "chrome"
                                           and block.chrome in LOOSE_CHROME)


def _cite(cue: DomCues) -> bool:
    return cue.path[-1:] == ("cite",) and "blockquote" in cue.path


def _quoted(cue: DomCues) -> bool:
    return "blockquote" in cue.path and not _cite(cue)


def _span(text: str, start: int, end: int, strip: str) -> Span | None:
    """`text[start:end]` without blanks and the `strip` characters at its ends."""
    while start < end and (text[start].isspace() or text[start] in strip):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return Span(start=start, end=end, text=text[start:end]) if end > start else None


def cited_quotes(text: str, blocks: Sequence[Block], cues: Sequence[DomCues]
                 ) -> tuple[list[Block], list[Quote]]:
    """`blocks` with each quotation and its `<cite>` as one quote block; the quotes, each
    with the `<cite>` as its speaker."""
    out: list[Block] = []
    quotes: list[Quote] = []
    for block in blocks:
        lines = block.lines
        if (_held(block) and len(lines) == 1 and _cite(cues[lines[0].index])
                and out and _held(out[-1])
                and all(_quoted(cues[line.index]) for line in out[-1].lines)):
            lines = (*out[-1].lines, *lines)  # the `<cite>` read as a block of its own
        elif not (_held(block) and len(lines) > 1
                  and _cite(cues[lines[-1].index])
                  and all(_quoted(cues[line.index]) for line in lines[:-1])):
            out.append(block)
            continue
        quote = _span(text, lines[0].start, lines[-2].end, _MARKS)
        speaker = _span(text, lines[-1].start, lines[-1].end, _DASHES)
        if quote is None or speaker is None:
            out.append(block)
            continue
        if len(lines) > len(block.lines):
            out.pop()
        out.append(Block("quote", lines))
        quotes.append(Quote(**quote.model_dump(), speaker=speaker))
    return out, quotes
