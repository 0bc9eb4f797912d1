"""Package data files, loaded once per process, and a guarded regex matcher."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import regex

# Every pattern newsnlp runs on page text goes through these guards: patterns are written
# to be linear, and a timeout turns a pathological case into "no match" instead of a hang.
REGEX_TIMEOUT = 0.25
# Arming the timeout costs ~2 us a call, which dominates on short lines (a page of 20,000
# lines makes millions of calls). Below this many characters a linear pattern finishes in
# microseconds and tests/test_regex_safety.py checks every pattern on short hostile strings,
# so the guard is armed only for longer spans.
GUARD_FROM = 1000
FLAGS = regex.VERSION1
ICASE = regex.IGNORECASE | regex.VERSION1


def load_json(name: str) -> Any:
    """Parse `newsnlp/data/<name>` (cached)."""
    return _load_json(name)


def load_text(name: str) -> str:
    """The text of `newsnlp/data/<name>`, read through importlib.resources (zip-safe)."""
    return resources.files("newsnlp").joinpath("data").joinpath(name).read_text(encoding="utf-8")


def load_bytes(name: str) -> bytes:
    """The bytes of `newsnlp/data/<name>` (a shipped model's weights), zip-safe."""
    return resources.files("newsnlp").joinpath("data").joinpath(name).read_bytes()


@cache
def _load_json(name: str) -> Any:
    with resources.files("newsnlp").joinpath("data").joinpath(name).open(encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str, flags: int = FLAGS) -> regex.Pattern[str]:
    """Compile a pattern once."""
    return regex.compile(pattern, flags)


def alternation(patterns: list[str]) -> str:
    """One full-line alternation of `patterns`."""
    return "^(?:" + "|".join(f"(?:{p})" for p in patterns) + ")$"


def _guarded(method: Callable[..., regex.Match[str] | None], text: str, pos: int,
             endpos: int | None) -> regex.Match[str] | None:
    """Call a match method of a pattern on `text[pos:endpos]`; on spans longer than
    GUARD_FROM with the timeout, which turns a runaway match into None."""
    end = len(text) if endpos is None else endpos
    if end - pos <= GUARD_FROM:
        return method(text, pos, end)
    try:
        return method(text, pos, end, timeout=REGEX_TIMEOUT)
    except TimeoutError:
        return None


def fullmatch(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """`pattern.fullmatch(text)` that gives up (None) after REGEX_TIMEOUT seconds."""
    return _guarded(pattern.fullmatch, text, 0, None)


def search(pattern: regex.Pattern[str], text: str, pos: int = 0,
           endpos: int | None = None) -> regex.Match[str] | None:
    """`pattern.search` with the timeout guard."""
    return _guarded(pattern.search, text, pos, endpos)


def match(pattern: regex.Pattern[str], text: str, pos: int = 0,
          endpos: int | None = None) -> regex.Match[str] | None:
    """`pattern.match` (anchored at `pos`) with the timeout guard."""
    return _guarded(pattern.match, text, pos, endpos)


def finditer(pattern: regex.Pattern[str], text: str, pos: int = 0,
             endpos: int | None = None) -> list[regex.Match[str]]:
    """All matches of `pattern` with the timeout guard (what was found before it)."""
    end = len(text) if endpos is None else endpos
    if end - pos <= GUARD_FROM:
        return list(pattern.finditer(text, pos, end))
    out: list[regex.Match[str]] = []
    try:
        for m in pattern.finditer(text, pos, end, timeout=REGEX_TIMEOUT):
            out.append(m)
    except TimeoutError:
        pass
    return out
