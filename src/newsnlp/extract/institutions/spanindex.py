"""Which of many spans contain or overlap a range, in logarithmic time.

The NER model's spans are checked against every content block and every mention of the
page; a scan of the lists for each span made a large page quadratic.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from itertools import accumulate

__all__ = ["Covered", "Grown", "SpanIndex"]


class SpanIndex:
    """A fixed set of (start, end) spans, sorted by start, with the running maximum of the
    ends: every span starting at or before a point reaches at most that far."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))

    def contains(self, start: int, end: int) -> bool:
        """True when one span holds all of [start, end)."""
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """True when a span shares a character with [start, end) (as `s < end and e > start`)."""
        i = bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start


class Grown:
    """Spans added one by one (sorted by start; the longest length kept), asked which overlap
    a range: only spans that start less than the longest length before it can reach it."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []
        self.longest = 0

    def add(self, start: int, end: int) -> None:
        """Take [start, end)."""
        insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """True when an added span shares a character with [start, end)."""
        i = bisect_right(self.spans, (start - self.longest, end))
        j = bisect_left(self.spans, (end, end))
        return any(e > start for _, e in self.spans[i:j])


class Covered:
    """The characters of a text that spans already take, one byte each: whether a range
    shares a character with a taken span is one search of that range, however many spans
    were taken. Empty spans take no character but block a range around them, as in
    `s < end and e > start`, so they are kept aside (there are none in practice)."""

    def __init__(self, size: int) -> None:
        self.taken = bytearray(size)
        self.empty: list[int] = []

    def add(self, start: int, end: int) -> None:
        """Take [start, end)."""
        if end > start:
            self.taken[start:end] = b"\x01" * (end - start)
        else:
            self.empty.append(start)

    def overlaps(self, start: int, end: int) -> bool:
        """True when a taken span shares a character with [start, end) (a non-empty range)."""
        if end > start and self.taken.find(1, start, end) >= 0:
            return True
        return any(start < at < end for at in self.empty)
