"""Case forms of names, generated from the nominative and Morfeusz: the generation side of
the one agreement engine (`agreement` finds the head and the agreeing words; `baseform`
reads names back to the nominative, this module writes them out in every case).

A name such as "Komenda Miejska Policji" has an inflecting part (the head noun and the
adjectives agreeing with it: "Komenda Miejska") and a frozen rest ("Policji").  We find the
head by agreement and generate the six singular cases (or plural, for plural names), so
the matcher never needs hand-written forms.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.agreement import agreeing, best_parse
from newsnlp.morph.readings import Key
from newsnlp.morph.words import Word, match_case

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


def _last_part(word: str) -> tuple[str, str]:
    """Split a hyphenated word into its frozen prefix and inflecting last part."""
    cut = word.rfind("-")
    return (word[: cut + 1], word[cut + 1:]) if cut > 0 else ("", word)


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
    r = agreeing(Word(0, part, False), key, "") or agreeing(Word(0, part.lower(), False), key, "")
    return (r.analysis.raw_lemma or r.analysis.lemma) if r is not None else None


def _is_frozen(word: str) -> bool:
    """Acronyms, numbers and punctuation-bearing words never inflect."""
    return (len(word) > 1 and word.isupper()) or not word[:1].isalpha() or word.endswith(",")


@lru_cache(maxsize=8192)
def parse_name(name: str, case: str = "nom", head: str | None = None) -> Head | None:
    """The head noun of `name` (written in `case`) and the words agreeing with it, read by
    the agreement engine (`agreement.best_parse`). Words are read in lower case, so a head
    is a common noun ('Linie' the plural of 'linia', not the village); a name without one is
    read as written, headed by a proper noun ('Solidarna Polska'). Frozen words (acronyms,
    numbers) before the first inflecting one are skipped ('PKP Polskie Linie'). With
    `head` (a lemma, lower case), a head of that lemma is preferred where one reads."""
    words = tuple(name.split())
    first = 0
    while first < len(words) and _is_frozen(words[first]):
        first += 1
    parts = [_last_part(w)[1] for w in words[first:]]
    # no common noun: a proper one heads it ('Solidarna Polska')
    lowered = [Word(i, p.lower(), False) for i, p in enumerate(parts)]
    parse = ((head is not None and best_parse(lowered, case, head)) or best_parse(lowered, case)
             or best_parse([Word(i, p, False) for i, p in enumerate(parts)], case))
    if parse is None:
        return None
    lemmas: list[str | None] = [None] * len(words)
    for j, r in parse.chosen.items():
        if r is not None:
            lemmas[first + j] = r.analysis.raw_lemma or r.analysis.lemma
    return Head(words, tuple(lemmas), parse.key.number, parse.key.gender)


@lru_cache(maxsize=16384)
def inflect_name(name: str, case: str, source_case: str = "nom",
                 head_lemma: str | None = None) -> str:
    """`name` (written in `source_case`) with its head and agreeing words put in `case`
    (its head noun of lemma `head_lemma` where one reads: see `parse_name`)."""
    if case == source_case:
        return name
    head = parse_name(name, source_case, head_lemma)
    if head is None:
        return name
    out = [
        w if lemma is None else inflect_word(w, lemma, case, head.number, head.gender)
        for w, lemma in zip(head.words, head.lemmas, strict=False)
    ]
    k = _conjunction(head)
    if k is not None:  # 'Prawo i Sprawiedliwość': the second head takes the case too
        out[k + 1:] = [inflect_name(" ".join(head.words[k + 1:]), case, source_case)]
    return " ".join(out)


def _conjunction(head: Head) -> int | None:
    """The index of an `i` that joins two heads ('Prawo i Sprawiedliwość'): it follows an
    inflecting word and only frozen words follow it, which read as a name in the same case.
    After a frozen word it joins dependents ('Ministerstwo Sportu i Turystyki')."""
    words, lemmas = head.words, head.lemmas
    for k in range(1, len(words) - 1):
        if (words[k] == "i" and lemmas[k - 1] is not None
                and all(lemma is None for lemma in lemmas[k + 1:])):
            return k
    return None


@lru_cache(maxsize=8192)
def case_forms(name: str) -> dict[str, str]:
    """The name in each of the six cases (nominative input); only distinct ones matter."""
    return {case: inflect_name(name, case) for case in CASES}
