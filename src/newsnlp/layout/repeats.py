"""Repeated article text: a paragraph the page shows twice word for word is shown once.

An article never repeats a long paragraph verbatim; a page does, when its HTML holds a second
copy of the text (a print or mobile version, a teaser box quoting the lead) or when a
template prints the body twice. The first copy stays; the later ones are set aside as chrome,
so the body, the quotes and the entities are read once.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout.blocks import CONTENT, Block, set_aside

# text blocks this long that repeat are copies (a short line may repeat: `Reklama`, a refrain)
MIN_REPEAT_CHARS = 80


def set_aside_repeats(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with every later copy of a long text block as chrome."""
    seen: set[str] = set()
    out = []
    for block in blocks:
        if block.kind in CONTENT:
            text = " ".join(block.joined.split())
            if len(text) >= MIN_REPEAT_CHARS:
                if text in seen:
                    out.append(set_aside(block))
                    continue
                seen.add(text)
        out.append(block)
    return out
