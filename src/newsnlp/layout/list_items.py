"""Which marked lines are list items: numbered and bulleted items, and the dialogue dashes
of Polish quotes and interview turns that only look like items."""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout import linetypes as lt
from newsnlp.layout.line_facts import LineFacts
from newsnlp.text.sentences import ends_sentence

INTERVIEW_TURN_MIN_WORDS = 3  # `– Skąd te obawy?`: a dash line that is a whole sentence
DIALOGUE_DASHES = ("-", "–", "—")  # a dash that opens a paragraph may open a quote


def list_kind(facts: Sequence[LineFacts], i: int, marker: lt.Marker, continuing: bool) -> bool:
    """Whether a marked line is a list item (`continuing`: the line before was an item of
    the same list, see `same_list`). A lone unindented dash is dialogue, and so is a run of
    interview turns (a question, or the answer after one), unless a colon line introduced
    the run."""
    if marker.ordered or marker.symbol not in DIALOGUE_DASHES:
        return True
    line = facts[i].line
    if line.indent > 0 or continuing:
        return True
    prev = next((facts[j] for j in range(i - 1, -1, -1) if facts[j].line.text), None)
    if (prev is None or not prev.line.text.endswith(":")) and _interview_turn(
            line.text[marker.text_start:], prev):
        return False
    nxt = facts[i + 1] if i + 1 < len(facts) else None

    def same(f: LineFacts | None) -> bool:
        m = lt.list_marker(f.line.text) if f is not None else None
        return m is not None and m.symbol == marker.symbol

    if same(nxt) or (prev is not None and prev.line.index == i - 1 and same(prev)):
        return True
    return prev is not None and prev.line.text.endswith(":") and marker.symbol == "-"


def _interview_turn(text: str, prev: LineFacts | None) -> bool:
    """A whole sentence that asks (`– Skąd więc te obawy?`) or answers the dash line before
    it that asked."""
    if (not text[:1].isupper() or not ends_sentence(text)
            or lt.word_count(text) < INTERVIEW_TURN_MIN_WORDS):
        return False
    asked = (prev is not None and lt.list_marker(prev.line.text) is not None
             and prev.line.text.rstrip().endswith("?"))
    return text.rstrip().endswith("?") or asked


def same_list(item: lt.Marker | None, marker: lt.Marker | None) -> bool:
    """Whether `marker` goes on with the list of `item` (the marker of the line before, if
    it was an item): numbers after numbers, the same bullet after a bullet (a dash quote
    after a numbered list opens no item of it)."""
    return item is not None and marker is not None and marker.ordered == item.ordered and (
        marker.ordered or marker.symbol == item.symbol)


def not_list_item(f: LineFacts) -> bool:
    """No list marker, or a dialogue dash opening a prose paragraph (Polish quote style)."""
    marker = lt.list_marker(f.line.text)
    return marker is None or (f.prose and marker.symbol in DIALOGUE_DASHES)
