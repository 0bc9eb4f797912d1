"""Polish morphology: the one module that talks to Morfeusz 2 (SGJP dictionary).

Morfeusz is imported and its dictionary loaded lazily, on the first call that needs it, once per
process, so `import newsnlp` stays fast and works where morfeusz2 has no wheel (Linux aarch64).
Set the environment variable ``NEWSNLP_NO_MORFEUSZ=1`` to force the fallback (for benchmarks and
tests); `available()` then reports False and every function answers as if morfeusz2 were missing.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
from collections.abc import Iterator
from typing import Any, NamedTuple

__all__ = [
    "CASES",
    "NO_MORFEUSZ_ENV",
    "Analysis",
    "analyse",
    "available",
    "generate",
    "inflect",
    "may_be_adjective",
    "tag_values",
]

NO_MORFEUSZ_ENV = "NEWSNLP_NO_MORFEUSZ"
CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
_GENDERS = ("m1", "m2", "m3", "f", "n")
_CACHE_SIZE = 1 << 17


class Analysis(NamedTuple):
    """One Morfeusz interpretation of a token: form, lemma (no ':Sm1' suffix), NKJP tag."""

    form: str
    lemma: str
    tag: str
    qualifiers: tuple[str, ...]
    raw_lemma: str = ""


_lock = threading.Lock()
_state: dict[str, Any] = {}


def _disabled() -> bool:
    """True when the user forces the fallback with NEWSNLP_NO_MORFEUSZ (any value but 0/empty)."""
    return os.environ.get(NO_MORFEUSZ_ENV, "").strip() not in ("", "0", "false", "False")


def _engine() -> Any | None:
    """The process-wide Morfeusz instance (analysis + generation), loaded on first use."""
    if _disabled():
        return None
    if "engine" in _state:
        return _state["engine"]
    with _lock:
        if "engine" not in _state:
            try:
                import morfeusz2

                _state["engine"] = morfeusz2.Morfeusz(generate=True, expand_tags=False)
            except Exception:  # ImportError, or a broken binary wheel
                _state["engine"] = None
    return _state["engine"]


def available() -> bool:
    """True when morfeusz2 can be imported (and is not disabled by NEWSNLP_NO_MORFEUSZ)."""
    return _engine() is not None


def strip_lemma(raw: str) -> str:
    """Drop Morfeusz's homonym suffix: 'Sosnowiec:Sm3' -> 'Sosnowiec'; ':' stays ':'."""
    cut = raw.find(":", 1)
    return raw if cut < 0 else raw[:cut]


# Morfeusz prints "replacing invalid utf8 sequence ..." to the process's stderr (file
# descriptor 2, past Python) for a word with U+FFFD, the character our decoding puts for
# undecodable bytes; its answer is the same either way, so such calls run with fd 2 muted.
_NOISY = "\ufffd"


@contextlib.contextmanager
def _quiet_fd2(word: str) -> Iterator[None]:
    """Mute file descriptor 2 while Morfeusz looks at `word`, if it holds `_NOISY`."""
    if _NOISY not in word:
        yield
        return
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _to_analysis(item: tuple[str, str, str, list[str], list[str]]) -> Analysis:
    """Convert one Morfeusz result tuple to an `Analysis`."""
    form, raw, tag, names, labels = item
    return Analysis(form, strip_lemma(raw), tag, tuple(names) + tuple(labels), raw)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def analyse(word: str) -> tuple[Analysis, ...]:
    """All interpretations of `word` read as one segment; () when unknown or Morfeusz absent.

    Words Morfeusz splits into several segments (agglutinates, 'ZUS-ie') give ()
    unless one path covers the whole word; unknown words give one 'ign' analysis.
    """
    engine = _engine()
    if engine is None or not word or word.isspace():
        return ()
    with _lock, _quiet_fd2(word):
        raw = engine.analyse(word)
    last = max(end for _, end, _ in raw)
    return tuple(_to_analysis(item) for start, end, item in raw if start == 0 and end == last)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def generate(lemma: str) -> tuple[Analysis, ...]:
    """Every form of `lemma` (plain or with a ':Sm3' suffix); () when unknown or no Morfeusz."""
    engine = _engine()
    if engine is None or not lemma or lemma.isspace():
        return ()
    try:
        with _lock, _quiet_fd2(lemma):
            raw = engine.generate(lemma)
    except RuntimeError:  # Morfeusz rejects some lemmas (e.g. with spaces)
        return ()
    return tuple(_to_analysis(item) for item in raw)


def may_be_adjective(word: str) -> bool:
    """Morfeusz has an adjective reading of `word`, read in lower case (a capitalised
    adjective opens a name: 'Krajowej', 'Katolickie')."""
    return any(a.tag.startswith("adj") for a in analyse(word.lower()))


@functools.lru_cache(maxsize=4096)
def tag_values(tag: str) -> tuple[tuple[str, ...], ...]:
    """Split an NKJP tag into its fields, each a tuple of alternatives ('gen.acc' -> 2)."""
    return tuple(tuple(field.split(".")) for field in tag.split(":"))


def _matches(tag: str, case: str, number: str, gender: str | None,
             degree: str | None = None) -> bool:
    """True when `tag` is a noun/adjective tag with that case, number and (optional) gender
    and adjective degree."""
    fields = tag_values(tag)
    if len(fields) < 4 or fields[0][0] not in ("subst", "adj", "depr", "ppas", "pact", "num"):
        return False
    if number not in fields[1] or case not in fields[2]:
        return False
    if degree is not None and (len(fields) < 5 or degree not in fields[4]):
        return False
    return gender is None or gender in fields[3]


def _rank(item: Analysis, lemma: str) -> tuple[int, int, int]:
    """Sort key for generated forms: exact homonym and place names first, a participle's
    affirmative form before its negated one (`Zespolony`, not `Niezespolony`), rare forms
    last."""
    exact = 0 if item.raw_lemma == lemma or strip_lemma(lemma) == item.raw_lemma else 1
    geo = 0 if "nazwa_geograficzna" in item.qualifiers else 1
    return (exact, geo, int(item.tag.endswith(":neg")))


def _match_case(form: str, model: str) -> str:
    """Give `form` the capitalisation pattern of `model` (all caps, capitalised, lower)."""
    if model.isupper() and len(model) > 1:
        return form.upper()
    if model[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


@functools.lru_cache(maxsize=_CACHE_SIZE)
def inflect(lemma: str, case: str, number: str = "sg", gender: str | None = None,
            degree: str | None = None) -> str | None:
    """`lemma` in `case`/`number` (NKJP names: nom gen dat acc inst loc voc; sg pl), an
    adjective in `degree` (pos, com, sup) when given ('nowy' -> 'nowym', not 'nowszym').

    inflect("Sosnowiec", "loc") -> "Sosnowcu". Place names win over homonymous surnames;
    None when Morfeusz is missing or knows no such form.
    """
    if case not in CASES or number not in ("sg", "pl"):
        raise ValueError(f"unknown case/number: {case!r}/{number!r}")
    if gender is not None and gender not in _GENDERS:
        raise ValueError(f"unknown gender: {gender!r}")
    forms = [g for g in generate(lemma) if _matches(g.tag, case, number, gender, degree)]
    if not forms:
        return None
    best = min(forms, key=lambda g: _rank(g, lemma))
    return _match_case(best.form, strip_lemma(lemma))
