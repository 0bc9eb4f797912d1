"""Hard-wrapped paragraphs: a scraper that wrapped a paragraph at a width left its lines
apart; they are joined back into one paragraph block, and read as prose when the whole is."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import Block
from newsnlp.layout.signoff import is_signoff
from newsnlp.text.lines import Line
from newsnlp.text.sentences import ends_sentence

# A hard-wrapped paragraph holds at most this many lines; the next line starts a new one.
# Each continuation copies the block's lines, so without a bound thousands of short lowercase
# lines (a hostile page) would take quadratic time.
MAX_WRAPPED_LINES = 50
# A scraper wraps lines at a width; a shorter line before a lower-case one is a row of its
# own (`poniedziałek: 8:00–17:00` above `wtorek–czwartek: 7:30–15:30`).
MIN_WRAPPED_WIDTH = 30


def wrapped(prev: Line, line: Line) -> bool:
    """`line` continues `prev` (a paragraph hard-wrapped by the scraper); the journalists'
    initials that close an agency's text (`pat/ mra/ ana/` under `… (PAP)`) continue none."""
    return (len(prev.text) >= MIN_WRAPPED_WIDTH and line.index == prev.index + 1
            and line.text[:1].islower() and not ends_sentence(prev.text)
            and not is_signoff(line.text))


def add_paragraph_line(blocks: list[Block], line: Line) -> None:
    """Append a paragraph, or continue the previous one when the text was hard-wrapped."""
    prev = blocks[-1] if blocks else None
    if (prev is not None and prev.kind == "paragraph" and len(prev.lines) < MAX_WRAPPED_LINES
            and wrapped(prev.lines[-1], line)):
        lines = (*prev.lines, line)
        blocks[-1] = replace(prev, lines=lines, value=(lines[0].start, line.end))
        return
    blocks.append(Block("paragraph", (line,), value=(line.start, line.end)))


def wrapped_prose_lines(lines: Sequence[Line], apart: Callable[[Line], bool]) -> Iterator[int]:
    """Positions in `lines` of the lines of hard-wrapped paragraphs that read as prose; a
    line `apart` continues none (`wtorek, 14 października 2025 r.` under a headline that
    ends unpunctuated is its date line)."""
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and wrapped(lines[j - 1], lines[j]) and not apart(lines[j]):
            j += 1
        if j - i > 1 and lt.is_prose(" ".join(line.text for line in lines[i:j])):
            yield from range(i, j)
        i = j
