"""Case forms of names, generated from the nominative and Morfeusz (the generation side of
agreement; `agreement` and `baseform` read names back to the nominative).

A name such as "Komenda Miejska Policji" has an inflecting part (the head noun and the
adjectives agreeing with it: "Komenda Miejska") and a frozen rest ("Policji").  We find the
head by agreement and generate the six singular cases (or plural, for plural names), so
the matcher never needs hand-written forms.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.readings import Key, word_readings
from newsnlp.morph.words import match_case

__all__ = [
    "CASES", "Head", "agrees", "case_forms", "inflect_name", "inflect_word", "parse_name",
]

CASES = ("nom", "gen", "dat", "acc", "inst", "loc")


@dataclass(frozen=True)
class Head:
    """How a name inflects: which words change, with which lemma, number, gender and case."""

    words: tuple[str, ...]
    lemmas: tuple[str | None, ...]  # None: the word is frozen
    number: str
    gender: str
    cases: frozenset[str]  # cases the name is written in (nom for gazetteer names)


def _last_part(word: str) -> tuple[str, str]:
    """Split a hyphenated word into its frozen prefix and inflecting last part."""
    cut = word.rfind("-")
    return (word[: cut + 1], word[cut + 1:]) if cut > 0 else ("", word)


def _noun_readings(word: str) -> list[tuple[str, str, str, str]]:
    """(lemma, number, cases, genders) readings of `word` as a noun (not depreciative).

    Common-noun readings come before proper-name ones ('Linie' the plural of 'linia'
    before the village 'Linie').
    """
    _, part = _last_part(word)
    out = []
    analyses = morphology.analyse(part) or morphology.analyse(part.lower())
    for a in sorted(analyses, key=lambda a: not a.lemma[:1].islower()):
        fields = morphology.tag_values(a.tag)
        if fields[0][0] == "subst" and len(fields) >= 4:
            for number in fields[1]:
                out.append((a.raw_lemma or a.lemma, number, ".".join(fields[2]),
                            ".".join(fields[3])))
    return out


def _degree_of(word: str, lemma: str) -> str:
    """The degree (pos/com/sup) of adjective `word` read with `lemma` ('Najwyższy' -> sup)."""
    for a in morphology.analyse(word) or morphology.analyse(word.lower()):
        fields = morphology.tag_values(a.tag)
        if fields[0][0] == "adj" and len(fields) > 4 and (a.raw_lemma or a.lemma) == lemma:
            return fields[4][0]
    return "pos"


def _adjective(lemma: str, case: str, number: str, gender: str | None,
               degree: str) -> str | None:
    """An adjective form of the given degree ('Małym' -> 'Mały', 'Najwyższego' -> 'Najwyższy')."""
    for a in morphology.generate(lemma):
        fields = morphology.tag_values(a.tag)
        if (fields[0][0] == "adj" and len(fields) > 4 and degree in fields[4]
                and number in fields[1] and case in fields[2]
                and (gender is None or gender in fields[3])):
            return a.form
    return None


def inflect_word(word: str, lemma: str, case: str, number: str, gender: str | None) -> str:
    """One word of a name in `case`, keeping its hyphen prefix and capitalisation."""
    prefix, part = _last_part(word)
    degree = _degree_of(part, lemma)
    form = _adjective(lemma, case, number, gender, degree) or morphology.inflect(
        lemma, case, number, gender)
    if form is None and gender is not None:
        form = morphology.inflect(lemma, case, number, None)
    if form is None:
        return word
    return prefix + match_case(form, part)


def agrees(word: str, number: str, case: str, gender: str) -> str | None:
    """The adjective lemma of `word` when it agrees with (number, case, gender)."""
    _, part = _last_part(word)
    key = Key(number, case, gender)
    for r in word_readings(part) or word_readings(part.lower()):
        if r.pos == "adj" and r.key == key:
            return r.analysis.raw_lemma or r.analysis.lemma
    return None


def _is_frozen(word: str) -> bool:
    """Acronyms, numbers and punctuation-bearing words never inflect."""
    return (len(word) > 1 and word.isupper()) or not word[:1].isalpha() or word.endswith(",")


def _parse_at(words: tuple[str, ...], i: int, reading: tuple[str, str, str, str],
              case: str) -> tuple[int, list[str | None]] | None:
    """Agreeing words around head `i` under one noun reading; None if a prefix word fails."""
    lemma, number, _, genders = reading
    gender = genders.split(".")[0]
    lemmas: list[str | None] = [None] * len(words)
    lemmas[i] = lemma
    for j in range(i - 1, -1, -1):
        if _is_frozen(words[j]) and all(x is None for x in lemmas[:j]):
            break
        adj = agrees(words[j], number, case, gender)
        if adj is None:
            return None
        lemmas[j] = adj
    for j in range(i + 1, len(words)):
        adj = None if _is_frozen(words[j]) else agrees(words[j], number, case, gender)
        if adj is None:
            break
        lemmas[j] = adj
    return sum(x is not None for x in lemmas), lemmas


@lru_cache(maxsize=8192)
def parse_name(name: str, case: str = "nom") -> Head | None:
    """Find the head noun of `name` (written in `case`) and the words agreeing with it."""
    words = tuple(name.split())
    best: tuple[int, int, Head] | None = None
    for i, word in enumerate(words):
        if _is_frozen(word):
            continue
        for reading in _noun_readings(word):
            if case not in reading[2].split("."):
                continue
            parsed = _parse_at(words, i, reading, case)
            if parsed is None:
                continue
            score, lemmas = parsed
            head = Head(words, tuple(lemmas), reading[1], reading[3].split(".")[0],
                        frozenset(reading[2].split(".")))
            key = (score, -i)
            if best is None or key > best[:2]:  # first reading wins ties (common nouns)
                best = (score, -i, head)
    return best[2] if best else None


@lru_cache(maxsize=16384)
def inflect_name(name: str, case: str, source_case: str = "nom") -> str:
    """`name` (written in `source_case`) with its head and agreeing words put in `case`."""
    if case == source_case:
        return name
    head = parse_name(name, source_case)
    if head is None:
        return name
    out = [
        w if lemma is None else inflect_word(w, lemma, case, head.number, head.gender)
        for w, lemma in zip(head.words, head.lemmas, strict=False)
    ]
    return " ".join(out)


@lru_cache(maxsize=8192)
def case_forms(name: str) -> dict[str, str]:
    """The name in each of the six cases (nominative input); only distinct ones matter."""
    return {case: inflect_name(name, case) for case in CASES}
