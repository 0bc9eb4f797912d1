"""Package data files, loaded once per process, and the one regex guard (`compile_pattern`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from importlib import resources
from typing import Any, TypeAlias

import regex

# Every pattern newsnlp runs on page text goes through these guards: patterns are written
# to be linear, and a timeout turns a pathological case into "no match" instead of a hang.
REGEX_TIMEOUT = 0.25
# Arming the timeout costs ~2 us a call, which dominates on short lines (a page of 20,000
# lines makes millions of calls). Below this many characters a linear pattern finishes in
# microseconds and tests/test_regex_safety.py checks every pattern on short hostile strings,
# so the guard is armed only for longer spans.
GUARD_FROM = 1000
VERSION0, VERSION1 = regex.VERSION0, regex.VERSION1
IGNORECASE, DOTALL = regex.IGNORECASE, regex.DOTALL
FLAGS = VERSION1
ICASE = IGNORECASE | VERSION1


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
def load_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of `newsnlp/data/<name>`, comment (`#`) and blank lines skipped."""
    return tuple(tuple(line.split("\t")) for line in load_text(name).splitlines()
                 if line.strip() and not line.startswith("#"))


@cache
def _load_json(name: str) -> Any:
    with resources.files("newsnlp").joinpath("data").joinpath(name).open(encoding="utf-8") as fh:
        return json.load(fh)


Match: TypeAlias = regex.Match  # what a guarded pattern finds (for annotations)
escape = regex.escape


class Pattern:
    """A compiled pattern whose every method runs under the timeout guard.

    `compile_pattern` is the only way newsnlp compiles a pattern (tests/test_regex_safety.py
    checks that no other module imports `re` or `regex`), so no match can bypass the guard.
    On a timeout a search gives None, `finditer` what it found before, `findall` nothing,
    `sub` the text unchanged, `split` the text whole.
    """

    __slots__ = ("_raw",)

    def __init__(self, raw: regex.Pattern[str]) -> None:
        self._raw = raw

    @property
    def pattern(self) -> str:
        """The source of the pattern."""
        return str(self._raw.pattern)

    @property
    def flags(self) -> int:
        """The flags it was compiled with."""
        return int(self._raw.flags)

    def search(self, text: str, pos: int = 0, endpos: int | None = None, *,
               timeout: float = REGEX_TIMEOUT) -> Match | None:
        """`regex.Pattern.search` with the timeout guard."""
        end = len(text) if endpos is None else endpos
        if end - pos <= GUARD_FROM:  # short: not worth arming the timeout (inlined: hot)
            return self._raw.search(text, pos, end)
        return _guarded(self._raw.search, text, pos, end, timeout)

    def match(self, text: str, pos: int = 0, endpos: int | None = None, *,
              timeout: float = REGEX_TIMEOUT) -> Match | None:
        """`regex.Pattern.match` (anchored at `pos`) with the timeout guard."""
        return _bounded(self._raw.match, text, pos, endpos, timeout)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None, *,
                  timeout: float = REGEX_TIMEOUT) -> Match | None:
        """`regex.Pattern.fullmatch` with the timeout guard."""
        return _bounded(self._raw.fullmatch, text, pos, endpos, timeout)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, *,
                 timeout: float = REGEX_TIMEOUT) -> list[Match]:
        """All matches with the timeout guard (on a timeout: those found before it)."""
        end = len(text) if endpos is None else endpos
        if end - pos <= GUARD_FROM:
            return list(self._raw.finditer(text, pos, end))
        out: list[Match] = []
        try:
            for m in self._raw.finditer(text, pos, end, timeout=timeout):
                out.append(m)
        except TimeoutError:
            pass
        return out

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        """`regex.Pattern.findall` with the timeout guard (nothing on a timeout)."""
        end = len(text) if endpos is None else endpos
        if end - pos <= GUARD_FROM:
            return list(self._raw.findall(text, pos, end))
        try:
            return list(self._raw.findall(text, pos, end, timeout=REGEX_TIMEOUT))
        except TimeoutError:
            return []

    def split(self, text: str) -> list[Any]:
        """`regex.Pattern.split` with the timeout guard (the text whole on a timeout)."""
        if len(text) <= GUARD_FROM:
            return list(self._raw.split(text))
        try:
            return list(self._raw.split(text, timeout=REGEX_TIMEOUT))
        except TimeoutError:
            return [text]

    def sub(self, repl: str, text: str) -> str:
        """`regex.Pattern.sub` with the timeout guard (the text unchanged on a timeout)."""
        if len(text) <= GUARD_FROM:
            return str(self._raw.sub(repl, text))
        try:
            return str(self._raw.sub(repl, text, timeout=REGEX_TIMEOUT))
        except TimeoutError:
            return text


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str, flags: int = FLAGS) -> Pattern:
    """Compile a pattern once, wrapped in the timeout guard."""
    return Pattern(regex.compile(pattern, flags))


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal `words`, longest first (so `godzinie` wins over `godz`)."""
    return "|".join(sorted({escape(w) for w in words}, key=lambda w: (-len(w), w)))


def alternation(patterns: list[str]) -> str:
    """One full-line alternation of `patterns`."""
    return "^(?:" + "|".join(f"(?:{p})" for p in patterns) + ")$"


def _bounded(method: Callable[..., Match | None], text: str, pos: int, endpos: int | None,
             timeout: float) -> Match | None:
    """`method` over `text[pos:endpos]`, under the timeout guard unless the range is short
    (`search` inlines the same test: it is the hot one)."""
    end = len(text) if endpos is None else endpos
    if end - pos <= GUARD_FROM:
        return method(text, pos, end)
    return _guarded(method, text, pos, end, timeout)


def _guarded(method: Callable[..., Match | None], text: str, pos: int,
             endpos: int | None, timeout: float) -> Match | None:
    """Call a match method of a pattern on `text[pos:endpos]`; on spans longer than
    GUARD_FROM with the timeout, which turns a runaway match into None."""
    end = len(text) if endpos is None else endpos
    if end - pos <= GUARD_FROM:
        return method(text, pos, end)
    try:
        return method(text, pos, end, timeout=timeout)
    except TimeoutError:
        return None

