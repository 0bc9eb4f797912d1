"""Morfeusz readings of a word reduced to what agreement needs: part of speech and an
agreement key (number, case, gender), with the name qualifiers Morfeusz gives.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.morfeusz import Analysis

_NOUN_POS = frozenset({"subst", "depr"})


_ADJ_POS = frozenset({"adj", "ppas", "pact"})


_NAME_QUALIFIERS = frozenset({"imię", "nazwisko", "pseudonim"})


# a vocative in '-o' ('Mario' of 'Maria') is far likelier a foreign nominative in a name
_NOMINATIVE_LOOKING_VOCATIVE = "o"


_TRANSPARENT_TAGS = frozenset({"romandig", "dig", "adja", "adv"})


class Key(NamedTuple):
    """An agreement key: grammatical number, case and gender shared by agreeing words."""

    number: str
    case: str
    gender: str


class Reading(NamedTuple):
    """One analysis of a word reduced to what agreement needs (pos 'noun' or 'adj')."""

    pos: str
    key: Key
    analysis: Analysis


class Parse(NamedTuple):
    """The chosen agreement key and the readings of the words that go to the nominative."""

    key: Key
    chosen: dict[int, Reading | None]  # None: an unknown word inflected by suffix rules


def readings_of(analysis: Analysis) -> list[Reading]:
    """Expand one Morfeusz analysis into one reading per (number, case, gender) it allows."""
    fields = morphology.tag_values(analysis.tag)
    pos = fields[0][0]
    if pos in _NOUN_POS:
        kind = "noun"
    elif pos in _ADJ_POS:
        kind = "adj"
    else:
        return []
    if len(fields) < 4:
        return []
    return [
        Reading(kind, Key(number, case, gender), analysis)
        for number in fields[1]
        for case in fields[2]
        for gender in fields[3]
    ]


@functools.lru_cache(maxsize=1 << 17)
def word_readings(word: str) -> tuple[Reading, ...]:
    """All noun/adjective readings of `word` from Morfeusz (empty for unknown words), but
    the depreciative plurals of surnames ('Apple' as a plural of 'Appel')."""
    return tuple(
        r
        for a in morphology.analyse(word)
        if not (a.tag.startswith("depr") and "nazwisko" in a.qualifiers)
        for r in readings_of(a)
        if not (r.key.case == "voc" and word[-1:].lower() == _NOMINATIVE_LOOKING_VOCATIVE)
    )


@functools.lru_cache(maxsize=1 << 17)
def is_transparent(word: str) -> bool:
    """Numbers, Roman numerals and compound prefixes ('Chrześcijańsko-'): kept, never block."""
    tags = [a.tag.split(":", 1)[0] for a in morphology.analyse(word)]
    return "romandig" in tags or (bool(tags) and all(t in _TRANSPARENT_TAGS for t in tags))


def is_unknown(word: str) -> bool:
    """A capitalised word Morfeusz does not know ('Olmerta'): suffix rules inflect it."""
    return word[:1].isupper() and not word_readings(word) and not is_transparent(word)


@functools.lru_cache(maxsize=1 << 16)
def reads_as_place(word: str) -> bool:
    """True when `word` reads as a place name in the nominative ('Kraków' in 'Wisła Kraków')."""
    return any(
        "nazwa_geograficzna" in r.analysis.qualifiers and r.key.case == "nom"
        for r in word_readings(word)
    )


def is_name_reading(reading: Reading) -> bool:
    """True for first names and surnames (Morfeusz qualifiers 'imię', 'nazwisko')."""
    return bool(_NAME_QUALIFIERS.intersection(reading.analysis.qualifiers))


def qualifier_class(reading: Reading) -> str:
    """The coarse name class of a reading: geo, first name, surname, common, other, none."""
    q = reading.analysis.qualifiers
    for name, short in (
        ("nazwa_geograficzna", "geo"),
        ("imię", "first"),
        ("nazwisko", "last"),
        ("nazwa_pospolita", "common"),
    ):
        if name in q:
            return short
    return "other" if q else "none"


@functools.lru_cache(maxsize=1 << 17)
def has_nominative(word: str) -> bool:
    """True when some reading of `word` is a singular nominative (it may be a base form)."""
    return any(r.key.case == "nom" and r.key.number == "sg" for r in word_readings(word))


@functools.lru_cache(maxsize=1 << 16)
def has_common(word: str) -> bool:
    """True when `word` also reads as a common noun ('Związku': surname or 'związek')."""
    return any("nazwa_pospolita" in r.analysis.qualifiers for r in word_readings(word))


@functools.lru_cache(maxsize=1 << 16)
def is_people(word: str) -> bool:
    """True when `word` reads as a capitalised masculine-personal noun ('Polaków', 'Niemców')."""
    return any(
        r.key.gender == "m1" and r.analysis.lemma[:1].isupper() and not is_name_reading(r)
        for r in word_readings(word)
    )
