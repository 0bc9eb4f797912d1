"""Which of many spans contain or overlap a range, in logarithmic time.

The NER model's spans are checked against every content block and every mention of the
page; a scan of the lists for each span made a large page quadratic.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from itertools import accumulate

__all__ = ["Grown", "SpanIndex"]


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
