"""Whether a paywall cuts the article: its text stops at a line that gates the rest.

A paywalled page shows the lead and the first paragraphs, then a counter (`Pozostało jeszcze
68% treści`) or a notice (`Ten artykuł jest dostępny tylko dla subskrybentów`): `paywall`
chrome (`chrome.json`). When that is the first chrome after the article's last text block,
the body holds the free part only, which an analytics user needs to know.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout.blocks import CONTENT, Block


def cut_by_paywall(blocks: Sequence[Block]) -> bool:
    """The first chrome block after the last block of article text is a paywall's."""
    last = max((k for k, b in enumerate(blocks) if b.kind in CONTENT), default=None)
    if last is None:
        return False
    after = next((b for b in blocks[last + 1:] if b.kind == "chrome"), None)
    return after is not None and after.chrome == "paywall"
