"""Split normalised text into lines that remember where they are."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the page: `text` is stripped, `start`/`end` bound it in the page text."""

    index: int
    start: int
    end: int
    text: str
    indent: int

    @property
    def blank(self) -> bool:
        return not self.text


def text_key(text: str) -> str:
    """A text as lines are compared with each other (a headline with the one declared, a
    table of contents' entry with its heading): white space runs as one space, case set
    aside."""
    return " ".join(text.split()).casefold()


def split_lines(text: str) -> list[Line]:
    """Lines of `text` (split on `\\n`), each stripped of surrounding white space."""
    lines: list[Line] = []
    pos = 0
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        start = pos + lead
        lines.append(Line(index, start, start + len(stripped), stripped, lead))
        pos += len(raw) + 1
    return lines
