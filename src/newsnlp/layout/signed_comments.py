"""Readers' comments the rules read as article text: a series of signed comments (a
nickname, a date and a clock time over each), whatever the layout model reads."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from newsnlp.layout.blocks import CONTENT, Block
from newsnlp.resources import compile_pattern

# a comment's signature: a nickname, a numeric date, a bare clock time (an event's row says
# `godz.`), the reply/report links
_COMMENT_SIGNATURE = compile_pattern(
    r"[ \t]*[^\s:|]{1,30},?[ \t]+\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4},?[ \t]+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]+\p{L}+){0,3}[ \t]*$")
MAX_COMMENT_BLOCKS = 4  # a comment's blocks under its signature, at most, within a series


def signed_comments(blocks: Sequence[Block]) -> set[int]:
    """Readers' comments the rules read as text: a series of two or more signatures (a
    nickname, a date and a clock time: `leon 03.01.2012, 19:43`, `Gość 05.11.2012 10:57
    Odpowiedz Zgłoś`), each on its own line with text below it and the next within a
    comment's length; the signatures and the text under each, up to the next signature,
    and under the last one block (a box of selected comments may stand inside the article,
    whose text goes on below it). An article's own dateline stands once, or far above.
    A comment that ends without a full stop runs on into the next signature's line (one
    block ends with it): such a signature counts inside a series, never as its first."""
    signed = [(k, at) for k, b in enumerate(blocks) if b.kind in CONTENT
              and (at := _signature_line(b)) is not None
              and (at + 1 < len(b.lines) or _content_at(blocks, k + 1))]
    out: set[int] = set()
    for (k, at_k), (j, at_j) in pairwise(signed):
        if j - k <= MAX_COMMENT_BLOCKS + 1 and (at_k == 0 or k in out):  # one series
            out.update(i for i in range(k, j + 1) if blocks[i].kind in CONTENT)
            if at_j == len(blocks[j].lines) - 1:  # the later one's text is the next block
                out.add(j + 1)
    return out


def _content_at(blocks: Sequence[Block], k: int) -> bool:
    return k < len(blocks) and blocks[k].kind in CONTENT


def _signature_line(block: Block) -> int | None:
    """The index of a comment signature among the block's lines: its first line, or its last
    (a comment run on into the next signature), else None."""
    for at in dict.fromkeys((0, len(block.lines) - 1)):
        if _COMMENT_SIGNATURE.match(block.lines[at].text) is not None:
            return at
    return None
