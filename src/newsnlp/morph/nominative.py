"""Generation of nominative forms: a word under one reading put in the nominative of the same
number and gender, in the input's capitalisation.
"""

from __future__ import annotations

import functools

from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.readings import Reading, is_name_reading, is_people
from newsnlp.morph.words import match_case


@functools.lru_cache(maxsize=1 << 16)
def nominative(raw_lemma: str, tag: str, number: str, gender: str) -> str | None:
    """The nominative of a lemma keeping number, gender and the rest of the tag (degree,
    aspect); depreciative plurals ('Polaki') give way to the ordinary ones ('Polacy')."""
    want = morphology.tag_values(tag)
    pos = "subst" if want[0][0] == "depr" else want[0][0]
    if pos == "subst" and number == "sg" and "sg" in want[1]:
        return morphology.strip_lemma(raw_lemma)  # a noun's lemma is its nominative singular
    if pos == "adj" and number == "sg" and want[4:] == (("pos",),) and len(want[2]) < 5:
        regular = adjective_nominative(morphology.strip_lemma(raw_lemma), gender)
        if regular is not None:
            return regular
    for g in morphology.generate(raw_lemma):
        fields = morphology.tag_values(g.tag)
        if fields[0][0] != pos or len(fields) < 4 or fields[4:] != want[4:]:
            continue
        if number in fields[1] and "nom" in fields[2] and gender in fields[3]:
            return g.form
    return None


@functools.lru_cache(maxsize=1 << 17)
def adjective_nominative(lemma: str, gender: str) -> str | None:
    """Singular nominative of a regular positive adjective from its lemma, without a Morfeusz
    generation call: 'powiatowy' -> 'powiatowa'/'powiatowe', 'polski' -> 'polska'/'polskie'."""
    if len(lemma) < 4 or lemma[-1] not in "yi":
        return None
    if gender in ("m1", "m2", "m3"):
        return lemma
    stem = lemma[:-1]
    if gender == "f":
        return stem + ("a" if lemma[-1] == "y" or stem[-1] in "kgl" else "ia")
    return stem + ("e" if lemma[-1] == "y" or stem[-1] == "l" else "ie")


@functools.lru_cache(maxsize=1 << 17)
def nominative_of(word: str, reading: Reading, lemma_only: bool, alone: bool = True) -> str:
    """The nominative form for `word` under `reading`, in the input's capitalisation.
    Person names, and persons or peoples standing `alone`, go to the singular."""
    a = reading.analysis
    if lemma_only and a.tag.startswith("adj"):
        return a.lemma if alone else match_case(a.lemma, word)
    number = reading.key.number
    if reading.pos == "noun" and (
        (is_name_reading(reading) and reading.key.case not in ("nom", "voc"))
        or (alone and reading.key.gender == "m1" and is_people(word)
            and not is_name_reading(reading))
    ):
        number = "sg"  # 'Polaków' -> 'Polak' (KPWr TUNE / PolEval 2019 guidelines)
    gender = "m1" if a.tag.startswith("depr") else reading.key.gender
    form = nominative(a.raw_lemma, a.tag, number, gender)
    if form is None:
        form = a.lemma if number == "sg" or reading.pos == "adj" else word
    return match_case(form, word)
