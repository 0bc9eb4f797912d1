"""Person names: a phrase of first names, surnames and unknown capitalised words read as one
name in one singular case and gender ('Hectora Berlioza').
"""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.learned import apply_suffix_rules, prior, unknown_nominative
from newsnlp.morph.readings import (
    Key,
    Parse,
    Reading,
    is_name_reading,
    is_transparent,
    is_unknown,
    word_readings,
)
from newsnlp.morph.words import Word

_UNKNOWN_NAME_TAGS = frozenset({"ign", "subst", "depr"})  # 'Benito': only a vocative noun


# the oblique cases an all-unknown person name may stand in
_UNKNOWN_NAME_KEYS = tuple(Key("sg", case, "m1") for case in morphology.CASES[1:-1])


def is_person_like(words: Sequence[Word]) -> bool:
    """Two or more capitalised words (initials and numerals aside): it may be a person name."""
    names = [w for w in words if not (w.abbrev or is_transparent(w.text))]
    return len(names) > 1 and all(w.text[:1].isupper() for w in names)


def name_reading(word: str, key: Key) -> Reading | None:
    """The likeliest first-name or surname reading of `word` with exactly `key`."""
    found = [r for r in word_readings(word) if r.key == key and is_name_reading(r)]
    return max(found, key=lambda r: prior(r, word)) if found else None


def is_unknown_name(word: str) -> bool:
    """An unknown capitalised word that may be a name: not one Morfeusz knows only as another
    part of speech ('Trzy', a numeral)."""
    return is_unknown(word) and all(
        a.tag.split(":", 1)[0] in _UNKNOWN_NAME_TAGS for a in morphology.analyse(word)
    )


def shows_case(word: str, reading: Reading | None, case: str, strict: bool) -> bool:
    """True when `word` shows `case`: a name that is not also the nominative of the same name
    (indeclinable 'Stenzel'), or an unknown word whose ending that case changes (`strict`:
    a rule of that case strips an ending, as masculine consonant stems lose '-a', '-em', and
    leaves no stem in '-i', which Polish spells only before a vowel: '-ia' is a nominative;
    a swapped ending, '-y' to '-a', may be a foreign nominative: 'Sarkozy')."""
    if reading is None:
        if strict:
            stem = apply_suffix_rules(word, f"unknown|{case}")
            return len(stem) < len(word) and word.startswith(stem) and stem[-1:] != "i"
        return unknown_nominative(word, case) != word
    return not any(
        r.key == Key("sg", "nom", reading.key.gender)
        and r.analysis.lemma == reading.analysis.lemma
        for r in word_readings(word)
    )


def person_parse(words: Sequence[Word]) -> Parse | None:
    """A person name ('Georga Altera'): the key that the most known names of the phrase agree
    on, among those under which every word is a name or unknown and the case shows."""
    if not is_person_like(words):
        return None
    keys = {r.key for w in words for r in word_readings(w.text)
            if is_name_reading(r) and r.key.number == "sg"}
    keys.update(_UNKNOWN_NAME_KEYS)  # unknown names alone: 'Raymonda Maysa'
    parses = [p for p in (person_parse_as(words, key) for key in sorted(keys)) if p is not None]
    return max(parses, key=lambda p: known_names_score(p, words), default=None)


def person_parse_as(words: Sequence[Word], key: Key) -> Parse | None:
    """The words as one person name in `key` (all names or unknown words, initials aside),
    or None; the case must show on two words, and on all of them when no name is known."""
    chosen: dict[int, Reading | None] = {}
    for i, w in enumerate(words):
        r = name_reading(w.text, key)
        if r is not None or is_unknown_name(w.text):
            chosen[i] = r
        elif not (w.abbrev or is_transparent(w.text)):
            return None
    known = any(r is not None for r in chosen.values())
    shown = [shows_case(words[i].text, r, key.case, not known) for i, r in chosen.items()]
    return Parse(key, chosen) if sum(shown) > 1 and (known or all(shown)) else None


def known_names_score(parse: Parse, words: Sequence[Word]) -> tuple[int, float]:
    """Higher is better: more known names, then likelier readings of them."""
    known = [(i, r) for i, r in parse.chosen.items() if r is not None]
    return len(known), sum(prior(r, words[i].text) for i, r in known)


def more_names(parse: Parse | None, person: Parse | None) -> Parse | None:
    """The person parse when it sends more words to the nominative than `parse`."""
    if person is None:
        return parse
    return person if parse is None or len(person.chosen) > len(parse.chosen) else parse
