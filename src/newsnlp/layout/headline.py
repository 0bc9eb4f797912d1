"""The end of a headline: media badges that portals append to it (`… WIDEO+SONDA`,
`… [ZDJĘCIA]`) are page chrome, so the title ends before them (`meta.json`
`headline_badges`)."""

from __future__ import annotations

from functools import cache

from newsnlp.resources import Pattern, compile_pattern, load_json, word_alternation


@cache
def _badge() -> Pattern:
    words = word_alternation(load_json("meta.json")["headline_badges"])
    joined = rf"(?:{words})(?:[ \t]*[+/&,][ \t]*(?:{words}))*"
    return compile_pattern(
        rf"(?:\[(?i:{joined})\]|\((?i:{joined})\)|(?<![\w\[(]){joined})[ \t]*$")


def headline_end(text: str, start: int, end: int) -> int:
    """Where the headline `text[start:end]` ends once a trailing media badge (and the dash,
    bar or colon before it) is set aside; `end` when it has none, or when the badge is all
    there is."""
    m = _badge().search(text, start, end)
    if m is None:
        return end
    head = text[start:m.start()].rstrip(" \t")
    if head[-1:] in ("-", "–", "|", ":"):
        head = head[:-1].rstrip(" \t")
    return start + len(head) if head.strip() else end
