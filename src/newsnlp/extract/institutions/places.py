"""Place names of localities: recognising them and moving them between cases.

Morfeusz (through `newsnlp.morph.morfeusz`) knows Polish place names (qualifier
'nazwa_geograficzna'); unknown capitalised words are accepted as small villages.
"""

from __future__ import annotations

from functools import lru_cache

from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.baseform import base_form
from newsnlp.morph.learned import localities
from newsnlp.morph.words import match_case

__all__ = [
    "is_person_name",
    "is_place",
    "locality_key",
    "locative",
    "locative_run",
    "looks_like_person",
    "nominative",
    "place_lemmas",
    "preposition",
]

_GEO = ("nazwa_geograficzna", "człon_nazwy_geograficznej")
_NOT_PLACES = frozenset({"Polsce", "Polska", "Polski", "Europie", "Internecie", "Sieci"})


def _geo_readings(word: str) -> list[morphology.Analysis]:
    """Morfeusz readings of `word` that are place names."""
    return [a for a in morphology.analyse(word) if any(q in a.qualifiers for q in _GEO)]


def _word_ok(word: str, first: bool) -> bool:
    """A word may belong to a place name: a place-name reading, unknown, or (later) an adjective."""
    analyses = morphology.analyse(word)
    if not analyses or any(a.tag == "ign" for a in analyses):
        return True
    if _geo_readings(word):
        return True
    return not first and any(a.tag.startswith("adj") for a in analyses)


@lru_cache(maxsize=8192)
def is_person_name(word: str) -> bool:
    """True when Morfeusz reads `word` as a first name and not as a place ('Jana')."""
    analyses = morphology.analyse(word)
    return (any("imię" in a.qualifiers and a.tag.startswith("subst") for a in analyses)
            and not _geo_readings(word))


# the endings of surnames declined as adjectives ('Sadowski', 'Nowicka'): a first name before
# one is a person, while one before another adjective is a place ('Kazimierz Dolny')
_ADJECTIVAL_SURNAME = tuple(stem + ending for stem in ("sk", "ck", "dzk") for ending in (
    "i", "a", "iego", "iemu", "im", "iej", "ą"))


def looks_like_person(text: str) -> bool:
    """'Anna Nowak', 'Grzegorz Sadowski': a first name followed by a surname."""
    words = text.split()
    if len(words) < 2:
        return False
    first = any("imię" in a.qualifiers and a.tag.startswith("subst")
                for a in morphology.analyse(words[0]))
    second = morphology.analyse(words[1])
    surname = any("nazwisko" in a.qualifiers for a in second)
    return first and surname and (words[1].endswith(_ADJECTIVAL_SURNAME)
                                  or not any(a.tag.startswith("adj") for a in second))


@lru_cache(maxsize=8192)
def is_place(text: str) -> bool:
    """True when `text` ('Sosnowcu', 'Bielsko-Biała', 'Dąbrowie Górniczej') names a place."""
    if not morphology.available():
        return True
    words = text.split()
    if not words or words[0] in _NOT_PLACES or looks_like_person(text):
        return False
    parts = [p for w in words if w not in ("nad", "pod") for p in w.split("-")]
    if not all(_word_ok(p, len(parts) == 1) for p in parts):
        return False
    return any(_word_ok(p, True) for p in parts)


def _may_be_locative(word: str) -> bool:
    """`word` can stand in the locative: a locative reading, or none known (a village)."""
    analyses = morphology.analyse(word)
    tags = [morphology.tag_values(a.tag) for a in analyses]
    return (not analyses or any(a.tag == "ign" for a in analyses)
            or any(len(t) > 2 and "loc" in t[2] for t in tags))


def locative_run(place: str) -> str:
    """The part of a place after 'w' whose words can all be locatives, as 'w' requires
    ('w Szczecinie', not 'w Szczecinie Henryka' where the sentence's object follows); a word
    after 'nad'/'pod' is in the instrumental ('w Nowym Mieście nad Pilicą')."""
    parts = place.split()
    keep = 1
    while keep < len(parts):
        word = parts[keep]
        if word in ("nad", "pod") and keep + 1 < len(parts):
            keep += 2
        elif _may_be_locative(word):
            keep += 1
        else:
            break
    return " ".join(parts[:keep])


def _loc_word(word: str, number: str, gender: str | None, head: bool) -> str | None:
    """One word of a place name in the locative: the noun by its own reading, an adjective
    agreeing with it ('Nieszkowicach Wielkich', though `Wielkie` is a village's name too);
    the noun tried first for the name's head, the adjective for its other words."""
    if head:
        return _loc_noun(word) or _loc_adjective(word, number, gender)
    return _loc_adjective(word, number, gender) or _loc_noun(word)


def _loc_noun(word: str) -> str | None:
    """`word` in the locative by its own place-name reading."""
    for a in _place_nouns(word):
        fields = morphology.tag_values(a.tag)
        form = morphology.inflect(a.raw_lemma, "loc", fields[1][0], fields[3][0])
        if form:
            return match_case(form, word)
    return None


def _loc_adjective(word: str, number: str, gender: str | None) -> str | None:
    """`word`, an adjective, in the locative agreeing with the noun, in its own degree
    ('Nowym', not 'Nowszym')."""
    for a in morphology.analyse(word):
        if _adjective_nom(a):
            form = morphology.inflect(a.lemma, "loc", number, gender,
                                      morphology.tag_values(a.tag)[4][0])
            if form:
                return match_case(form, word)
    return None


def _place_nouns(word: str) -> list[morphology.Analysis]:
    """The nominative place-name readings of `word`."""
    return [a for a in _geo_readings(word) if "nom" in morphology.tag_values(a.tag)[2]]


def _adjective_nom(a: morphology.Analysis) -> bool:
    """A nominative adjective reading."""
    fields = morphology.tag_values(a.tag)
    return fields[0][0] == "adj" and "nom" in fields[2] and len(fields) > 4


def _head(words: list[str]) -> int:
    """The place noun among the words of a name: the first with a place reading that is no
    adjective ('Sącz' of 'Nowy Sącz', 'Nieszkowice'), else the first with any place
    reading; a hyphenated word is read by its first part."""
    firsts = [w.split("-")[0] for w in words]
    geo = [k for k, p in enumerate(firsts) if _place_nouns(p)]
    plain = [k for k in geo if not any(_adjective_nom(a) for a in morphology.analyse(firsts[k]))]
    return (plain or geo or [0])[0]


@lru_cache(maxsize=4096)
def locative(place: str) -> str | None:
    """'Masłów' -> 'Masłowie', 'Mąchocice Kapitulne' -> 'Mąchocicach Kapitulnych'; each
    part of a hyphenated town is a noun of its own ('Bielsku-Białej')."""
    words = place.split()
    if not words:
        return ""
    head = _head(words)
    fields = [morphology.tag_values(a.tag) for a in _place_nouns(words[head].split("-")[0])]
    number, gender = (fields[0][1][0], fields[0][3][0]) if fields else ("sg", None)
    out = []
    for k, word in enumerate(words):
        parts = []
        for part in word.split("-"):
            form = _loc_word(part, number, gender, k == head or "-" in word)
            if form is None:
                return None
            parts.append(form)
        out.append("-".join(parts))
    return " ".join(out)


def preposition(locative_place: str) -> str:
    """'we' before w/f + consonant ('we Wrocławiu'), else 'w'."""
    low = locative_place.lower()
    if len(low) > 1 and low[0] in "wf" and low[1] not in "aeiouyąęó":
        return "we"
    return "w"


def place_lemmas(part: str) -> list[str]:
    """Place-name lemmas of one word or hyphen part ('Bielsku' -> Bielsk, Bielsko; 'Siedlec'
    -> Siedlec, Siedlce)."""
    out = [a.lemma for a in _geo_readings(part)]
    return list(dict.fromkeys(out)) or [part]


@lru_cache(maxsize=4096)
def nominative(place: str, locative_form: bool) -> str:
    """The town in the nominative ('Bielsku-Białej' -> 'Bielsko-Biała').

    The base form of the phrase is tried first; when it is not a known town, combinations
    of the place-name readings of its parts are, and a known town wins.
    """
    if not locative_form:
        return place
    first = base_form(place)
    known = localities()
    if first in known:
        return first
    parts = place.split("-")
    if len(parts) == 2 and " " not in place:
        for a in place_lemmas(parts[0]):
            for b in place_lemmas(parts[1]):
                if f"{a}-{b}" in known:
                    return f"{a}-{b}"
    if " " not in place:
        for lemma in place_lemmas(place):
            if lemma in known:
                return lemma
    return first


@lru_cache(maxsize=4096)
def locality_key(place: str) -> str:
    """A case-independent key: the town's nominative, lower-cased ('bielsko-biała')."""
    return nominative(place, True).lower()
