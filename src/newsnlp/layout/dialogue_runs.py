"""Dialogue turns the layout model doubts: an interview's or a scene's replies, each a line
that opens with a dash (Polish dialogue punctuation), carry on the article's text."""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout.blocks import CONTENT, Block
from newsnlp.resources import compile_pattern

__all__ = ["DIALOGUE_TURN", "cut_short", "dialogue"]

DIALOGUE_TURN = compile_pattern(r"[-–—][ \t]+\p{Lu}")
_SENTENCE_END = compile_pattern(r"[.!?](?=[\s\"”»’)]|$)")


def cut_short(text: str) -> bool:
    """The line ends with an ellipsis, as a teaser cut to length does."""
    return text.rstrip().endswith(("...", "…"))


def _turns(block: Block) -> bool:
    """Every line is a dialogue turn: it opens with a dash, a space and a capital (Polish
    dialogue punctuation), holds a sentence end, and is not cut short by an ellipsis (a list
    of teasers)."""
    return all(DIALOGUE_TURN.match(ln.text) is not None and not cut_short(ln.text)
               and _SENTENCE_END.search(ln.text) is not None for ln in block.lines)


def dialogue(blocks: Sequence[Block], doubtful: set[int]) -> set[int]:
    """The doubtful blocks that stay because they carry on a dialogue: runs of dialogue
    turns right after article text the model keeps, with nothing set aside between but the
    one line that leads into them (`Dzwonię do znajomej laryngolożki:` before two turns or
    more) (the model, reading short dashed lines as a list, sets an interview's replies
    aside)."""
    keep: set[int] = set()
    carried = False  # the previous block is kept article text or a kept turn
    led_in = False  # a lead-in line was kept since the last kept article text
    for k, block in enumerate(blocks):
        if k not in doubtful:
            carried, led_in = block.kind in CONTENT, False
        elif carried and not led_in and _leads_into_turns(blocks, doubtful, k):
            keep.add(k)
            led_in = True
        else:
            carried = carried and _turns(block)
            if carried:
                keep.add(k)
    return keep


def _leads_into_turns(blocks: Sequence[Block], doubtful: set[int], k: int) -> bool:
    """Block k, a heading or paragraph of one line not cut short, stands right before two
    doubtful dialogue turns."""
    block = blocks[k]
    return (block.kind in ("heading", "paragraph") and len(block.lines) == 1
            and not _turns(block) and not cut_short(block.lines[0].text)
            and all(j < len(blocks) and j in doubtful and _turns(blocks[j])
                    for j in (k + 1, k + 2)))
