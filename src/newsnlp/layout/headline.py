"""Badges at a headline: media badges that portals append to it (`… WIDEO+SONDA`,
`… [ZDJĘCIA]`) are page chrome, so the title ends before them (`meta.json`
`headline_badges`); a badge on a line of its own over the headline (`NA ŻYWO`, `Premium`:
`access_badges`) is no section label."""

from __future__ import annotations

from functools import cache

from newsnlp.resources import Pattern, compile_pattern, load_json, word_alternation

BADGE_MAX_CHARS = 60  # a line longer than a few badges is none


@cache
def _badge() -> Pattern:
    """Media badges at the end of a headline (bracketed in any case, or as written)."""
    return compile_pattern(rf"(?:{_badges()}|(?<![\w\[(]){_joined()})[ \t]*$")


@cache
def _joined() -> str:
    """One or more media badges, joined by `+`, `/`, `&` or a comma (upper case)."""
    words = word_alternation(load_json("meta.json")["headline_badges"])
    return rf"(?:{words})(?:[ \t]*[+/&,][ \t]*(?:{words}))*"


@cache
def _badges() -> str:
    """Media badges in brackets, any case (`[Wideo]`, `(FOTO)`)."""
    return rf"\[(?i:{_joined()})\]|\((?i:{_joined()})\)"


@cache
def _alone() -> Pattern:
    """A line that is a badge and nothing else: media badges as written or bracketed, or an
    access badge (any case)."""
    access = "|".join(f"(?:{p})" for p in load_json("meta.json")["access_badges"])
    return compile_pattern(rf"[ \t]*(?:{_badges()}|{_joined()}|(?i:{access}))[ \t]*")


def is_badge(text: str) -> bool:
    """A line that is only a badge (`NA ŻYWO`, `[WIDEO]`, `Premium`): what a template prints
    over a headline, never the article's section."""
    return len(text) <= BADGE_MAX_CHARS and _alone().fullmatch(text) is not None


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
