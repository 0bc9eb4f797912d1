"""Embedded social-media posts: the frame of an embed and a post quoted with its author.

A page that embeds a post from X/Twitter or Instagram carries the embed code's fallback:
for X the post's text and, under it, `— Name (@handle) September 14, 2025`; for Instagram
`Wyświetl ten post na Instagramie` and `Post udostępniony przez Name (@handle)`. Read as
lines, they are paragraphs of the article. Here the frame lines are `embed` chrome, and a
post's text right above an X attribution is a quote whose speaker is the account's name
(`data/layout/embeds.json`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from newsnlp.layout.blocks import CONTENT, LOOSE_CHROME, Block
from newsnlp.models import Quote, Span
from newsnlp.resources import ICASE, Pattern, alternation, compile_pattern, load_json

MAX_LINE = 300  # an embed's frame line or attribution is never longer


@cache
def _patterns() -> tuple[Pattern, Pattern]:
    """The frame lines and the X attribution of `embeds.json`."""
    data = load_json("layout/embeds.json")
    return (compile_pattern(alternation(data["frame"]), ICASE),
            compile_pattern(data["attribution"], ICASE))


def _line(block: Block) -> str | None:
    """The text of a one-line block short enough to be an embed's line."""
    text = block.lines[0].text
    return text if len(block.lines) == 1 and len(text) <= MAX_LINE else None


def mark_embeds(text: str, blocks: Sequence[Block]) -> tuple[list[Block], list[Quote]]:
    """`blocks` with embed frames (in the text, or set aside by position) and attributions
    as `embed` chrome and each attributed post's text as a quote block; the posts as
    quotes."""
    frame, attribution = _patterns()
    out, quotes = list(blocks), []
    for k, block in enumerate(out):
        # set aside loosely, or a link line the markup reads as navigation (an embed's
        # fallback text is a link to the post)
        loose = block.kind == "chrome" and block.chrome in LOOSE_CHROME | {"navigation"}
        line = _line(block) if block.kind in CONTENT or loose else None
        if line is None:
            continue
        if frame.fullmatch(line) is not None:
            out[k] = Block("chrome", block.lines, chrome="embed")
            continue
        m = attribution.fullmatch(line) if not loose else None
        if m is None:
            continue
        out[k] = Block("chrome", block.lines, chrome="embed")
        post = out[k - 1] if k > 0 else None
        if post is not None and post.kind in ("paragraph", "quote"):
            out[k - 1] = Block("quote", post.lines)
            start = block.start + m.start("v")
            name = Span(start=start, end=block.start + m.end("v"),
                        text=text[start:block.start + m.end("v")])
            quotes.append(Quote(start=post.start, end=post.end,
                                text=text[post.start:post.end], speaker=name))
    return out, quotes
