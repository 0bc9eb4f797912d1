"""Quotations set apart with their speaker on a line of their own.

- HTML's `<blockquote>` whose last line is its `<cite>` (`<blockquote><p>„…”</p><cite>Jan
  Nowak, rzecznik</cite></blockquote>`, as WordPress's quote block writes it) or its
  `<footer>` is a quote block, that line its speaker (`cited_quotes`). A `<blockquote>` alone is no
  quotation (some sites indent paragraphs with it); the `<cite>` is the markup's own
  attribution, so the pair is certain.
- In any page, a paragraph that is one passage in quotation marks, over a line that is a
  person's name (perhaps after a dash and a title) and its function, is a pull quote and
  its speaker (`pulled_quotes`): how a page sets a quotation apart, and how text renders a
  `<blockquote>` and its `<cite>`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import LOOSE_CHROME, Block
from newsnlp.models import Quote, Span
from newsnlp.resources import Pattern, compile_pattern, load_json, word_alternation
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
    """A `<blockquote>`'s attribution: its `<cite>`, or its `<footer>` (`<footer>— <cite>Jan
    Nowak</cite></footer>`, the HTML standard's own example)."""
    if "blockquote" not in cue.path:
        return False
    inside = cue.path[len(cue.path) - cue.path[::-1].index("blockquote"):]
    return cue.path[-1] == "cite" or inside[:1] == ("footer",)


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


# a speaker's line under a pull quote is short: a name and a function
SPEAKER_LINE_MAX_CHARS = 120
_OPENING, _CLOSING = "„\"«", "”\"»"


def _one_quotation(text: str) -> bool:
    """The line is one passage in quotation marks (`„…”`, `„…”.`), nothing around it: the
    marks inside it, if any, pair up (a title quoted within the quotation)."""
    body = text.rstrip(" .")
    if len(body) < 3 or body[0] not in _OPENING or body[-1] not in _CLOSING:
        return False
    inner = body[1:-1]
    if body[0] == '"':
        return '"' not in inner
    return sum(inner.count(c) for c in "„«") == sum(inner.count(c) for c in "”»")


def _speaker_line(text: str) -> bool:
    """A person's name, perhaps after a dash and a title (`– dr Helena Wróblewska,
    kuratorka wystawy`, `Tomasz Grabarczyk, dyrektor ZDM`), and a function after a comma."""
    if len(text) > SPEAKER_LINE_MAX_CHARS:
        return False
    return titled_name(text.lstrip(_DASHES + " ").split(",")[0].strip())


def titled_name(text: str) -> bool:
    """A person's name, perhaps after titles (`ks. Marek Sadowski`, `dr hab. Anna Lis`)."""
    m = _titles().match(text)
    return lt.is_person_name_line(text[m.end():] if m is not None else text)


@cache
def _titles() -> Pattern:
    """The titles that may open a speaker's name (`quotes.json` `titles`: `dr`, `ks.`)."""
    titles = word_alternation(load_json("quotes.json")["titles"])
    return compile_pattern(rf"(?:(?:{titles})[ \t]+)*")


def pulled_quotes(text: str, blocks: Sequence[Block]) -> tuple[list[Block], list[Quote]]:
    """`blocks` with each pull quote and its speaker's line as one quote block; the quotes,
    each with that line (without its dash) as the speaker."""
    out: list[Block] = []
    quotes: list[Quote] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "paragraph" and len(prev.lines) == 1
                and len(block.lines) == 1 and _held(block) and block.kind != "quote"
                and _one_quotation(prev.lines[0].text) and _speaker_line(block.lines[0].text)):
            quote = _span(text, prev.lines[0].start, prev.lines[0].end, _MARKS + ". ")
            speaker = _span(text, block.lines[0].start, block.lines[0].end, _DASHES)
            if quote is not None and speaker is not None:
                out[-1] = Block("quote", (prev.lines[0], block.lines[0]))
                quotes.append(Quote(**quote.model_dump(), speaker=speaker))
                continue
        out.append(block)
    return out, quotes
