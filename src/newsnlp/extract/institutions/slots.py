"""Anchored, linear patterns for what may follow a name: number, patron, quoted name,
district, locality, branch ("O/Katowice") and an acronym introduction ("(MOPS)").

Each `read_*` function looks at `text` from `pos` on and returns the slot value and the new
end offset, or None; all patterns are bounded and run under the shared regex timeout.
"""

from __future__ import annotations

from functools import cache

from newsnlp.extract.institutions.gazetteer import evidence_rules, gazetteer
from newsnlp.extract.institutions.lexicon import lexicon
from newsnlp.extract.institutions.mention import Locality
from newsnlp.extract.institutions.name_words import hyphenated
from newsnlp.extract.institutions.places import (
    is_person_name,
    is_place,
    locative_run,
    looks_like_person,
    nominative,
    place_lemmas,
)
from newsnlp.extract.institutions.tokens import tokenize
from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.inflect import case_forms
from newsnlp.resources import (
    GUARD_FROM,
    VERSION1,
    Match,
    Pattern,
    compile_pattern,
    word_alternation,
)

__all__ = [
    "from_place_at",
    "in_capital",
    "locality_at",
    "read_acronym_intro",
    "read_branch",
    "read_commune",
    "read_direct_locality",
    "read_district",
    "read_locality",
    "read_number",
    "read_patron",
    "read_quoted",
    "read_suffix",
    "seat_at",
]

_F = VERSION1
_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_PLACE = rf"{_WORD}(?:[ \t]+(?:{_WORD}|(?:nad|pod)[ \t]+{_WORD})){{0,2}}"
_NUMBER = compile_pattern(r"[ \t]+([Nn]r[ \t]*)?(\d{1,3}[a-z]?)(?![\d.,]\d)\b", _F)
_ROMAN = compile_pattern(r"[ \t]+([IVX]{1,4})\b(?!\.)", _F)
_TITLES = r"(?:(?:św|bł|ks|gen|kard|prof|dr|płk|mjr|abp|bp|hetm|marsz|kpt|por|o|\p{Lu})\.[ \t]*)"
_PATRON = compile_pattern(
    rf"[ \t]+((?:im\.|imienia)[ \t]+{_TITLES}*\p{{Lu}}[\p{{L}}-]*"
    rf"(?:[ \t]+(?:{_TITLES}|\p{{Lu}}[\p{{L}}-]*|[IVX]{{1,4}}\b)){{0,5}})", _F)
_QUOTED = compile_pattern(r"[ \t]+([„\"«][^”\"»\n]{1,60}[”\"»])", _F)
# a district's part may be two words (`Poznań-Stare Miasto`, `Kraków-Nowa Huta`), when no
# capitalised word follows them
_PART = r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?"
_DISTRICT = compile_pattern(
    rf"[ \t]+((?:dla[ \t]+)?{_WORD}-(?:{_PART}))(?=[ \t]+we?[ \t])", _F)
_TOWN_DISTRICT = compile_pattern(
    rf"[ \t]+((?:dla[ \t]+)?(\p{{Lu}}\p{{Ll}}+)-(?:{_PART}))(?![\p{{L}}-]|[ \t]+\p{{Lu}})", _F)
_FOR_TOWN = compile_pattern(
    rf"[ \t]+(dla[ \t]+miasta[ \t]+(?:stołecznego[ \t]+)?)({_PLACE})", _F)
_LOCALITY = compile_pattern(rf"[ \t]+(we?)[ \t]+({_PLACE})", _F)
_FROM_PLACE = compile_pattern(rf"[ \t]+ze?[ \t]+({_PLACE})", _F)
_DIRECT = compile_pattern(rf"[ \t]+(?:KSRG[ \t]+)?({_PLACE})", _F)
_COMMUNE = compile_pattern(rf"[ \t]+(?:gminy|miasta)[ \t]+({_PLACE})", _F)
_INTRO = compile_pattern(
    r"[ \t]*\([ \t]*(\p{Lu}[\p{L}]{1,9}(?:[ \t]\p{Lu}[\p{L}]{1,5})?)[ \t]*\)", _F)
# a suffix word may be a compound adjective written with a spaced dash, its first part in -o
# ('Hotelarsko - Turystycznych'), and the last may be coordinated ('Licealnych i Rolniczych')
_SUFFIX_WORD = rf"(?:\p{{Lu}}\p{{Ll}}*o[ \t][-–][ \t]\p{{Lu}}\p{{Ll}}+|{_WORD})"
_SUFFIX = compile_pattern(rf"(?<![ \t])[ \t]+({_SUFFIX_WORD}(?:[ \t]+{_SUFFIX_WORD})?"
                          rf"(?:[ \t]+i[ \t]+{_SUFFIX_WORD})?)", _F)


def _match(pattern: Pattern, text: str, pos: int) -> Match | None:
    """Anchored match at `pos` under the timeout guard, read within `pos`'s line.

    No slot pattern matches a line break, and their lookarounds read a line break as they
    read the end of the text; bounding the match by a line end close by keeps the span short,
    so the guard (whose arming costs more than the match) is never needed. On a line longer
    than GUARD_FROM the read stops there too: a slot is a few words, never a thousand
    characters, and an unbounded anchored match costs time in proportion to the rest of the
    text, which made a 1 MB single line quadratic."""
    end = text.find("\n", pos, pos + GUARD_FROM)
    return pattern.match(text, pos, min(len(text), pos + GUARD_FROM) if end < 0 else end)


def read_number(text: str, pos: int, bare: bool) -> tuple[str, int] | None:
    """'nr 12' ('Nr 12', as names often write it; '12' when `bare`), or a Roman numeral
    ('Komisariat Policji II')."""
    m = _match(_NUMBER, text, pos)
    if m and (m.group(1) or bare):
        return m.group(2), m.end()
    m = _match(_ROMAN, text, pos)
    return (m.group(1), m.end()) if m else None


def read_patron(text: str, pos: int) -> tuple[str, int] | None:
    """'im. Jana Pawła II' (titles such as 'św.' allowed); 'imienia', written out, is given
    as its abbreviation, so both spellings name one patron."""
    m = _match(_PATRON, text, pos)
    if not m:
        return None
    patron = m.group(1)
    return ("im." + patron[7:] if patron.startswith("imienia") else patron), m.end()


def read_quoted(text: str, pos: int) -> tuple[str, int] | None:
    """A quoted proper name: '„Przyszłość”'."""
    m = _match(_QUOTED, text, pos)
    return (m.group(1), m.end()) if m else None


def read_district(text: str, pos: int) -> tuple[str, int] | None:
    """A court district before the town: 'Gliwice-Zachód', 'dla Krakowa-Krowodrzy',
    'Poznań-Stare Miasto', or the city a district office serves ('dla miasta Rzeszowa');
    with no town after it, a town and its part ('Prokuratura Rejonowa Radom-Zachód',
    'Łódź-Bałuty', 'Kraków-Nowa Huta': how courts, prosecutors' offices and police stations
    of cities with several are named)."""
    m = _match(_DISTRICT, text, pos)
    if m:
        return m.group(1), m.end()
    m = _match(_FOR_TOWN, text, pos)  # 'dla miasta Zielonej Góry', not the name after it
    if m and (town := _trim_place(m.group(2))) is not None:
        return text[m.start(1):m.start(2) + len(town)], m.start(2) + len(town)
    m = _match(_TOWN_DISTRICT, text, pos)  # a town's part, not a town (`Bielsko-Biała`;
    ok = m is not None and is_place(m.group(2)) and (  # no town's second part has two words)
        " " in m.group(1) or not is_place(m.group(1)))
    return (m.group(1), m.end()) if m and ok else None


def _trim_place(words: str) -> str | None:
    """The longest leading run of `words` that is a place name."""
    parts = words.split()
    if looks_like_person(words):
        return None
    # 'w Będzinie Anna Nowak': the place ends where a person's name begins
    limit = next((k for k in range(1, len(parts)) if looks_like_person(" ".join(parts[k:]))),
                 len(parts))
    for n in range(limit, 0, -1):
        cand = " ".join(parts[:n])
        if parts[n - 1] not in ("nad", "pod") and is_place(cand):
            return cand
    return None


def _adjective_keys(word: str) -> set[tuple[str, str]]:
    """The (number, case) pairs `word` allows as an adjective."""
    return {(number, case) for a in morphology.analyse(word.lower()) if a.tag.startswith("adj")
            for t in [morphology.tag_values(a.tag)] for number in t[1] for case in t[2]}


def _coordinated(left: str, right: str) -> bool:
    """Two adjectives that can share a case and number ('Licealnych i Agrotechnicznych'; of
    a compound, its last part)."""
    return bool(_adjective_keys(left.split("-")[-1])
                & _adjective_keys(right.split("-")[-1].split()[-1]))


def read_locality(text: str, pos: int) -> tuple[str, str, int] | None:
    """'w Sosnowcu', 'we Wrocławiu', 'w Dąbrowie Górniczej': (prep, place, end)."""
    m = _match(_LOCALITY, text, pos)
    if not m:
        return None
    place = _trim_place(m.group(2))
    if place is None:
        return None
    place = locative_run(place)
    return m.group(1), place, m.start(2) + len(place)


def _read_place(pattern: Pattern, text: str, pos: int) -> tuple[str, int] | None:
    """The place `pattern` captures (group 1) at `pos`, trimmed, and where it ends."""
    m = _match(pattern, text, pos)
    if not m:
        return None
    place = _trim_place(m.group(1))
    return (place, m.start(1) + len(place)) if place else None


def locality_at(text: str, pos: int) -> tuple[Locality, int] | None:
    """`read_locality` as a mention's slot: the locality (written in the locative after its
    preposition) and where it ends."""
    loc = read_locality(text, pos)
    return (Locality(loc[1], True, loc[0]), loc[2]) if loc else None


def from_place_at(text: str, pos: int) -> tuple[Locality, int] | None:
    """The town an organisation is from, `z X` in the genitive ('Fundacja „Promyk” z
    Brzeska'): as a locality in the nominative, and where it ends."""
    got = _read_place(_FROM_PLACE, text, pos)
    if got is None or not _genitive(got[0]) or got[0] in evidence_rules()["foreign_after"]:
        return None  # `z Krakowem` is `with`; `z Ukrainy` names a country, not a seat
    cities = gazetteer().powiat_cities  # an ambiguous genitive: the city ('Siedlec': Siedlce)
    town = None if " " in got[0] else next((t for t in place_lemmas(got[0]) if t in cities),
                                           None)
    return Locality(town or nominative(got[0], True), False), got[1]


def _genitive(place: str) -> bool:
    """The place's last word may stand in the genitive (a reading in it, or none known)."""
    analyses = morphology.analyse(place.split()[-1].split("-")[-1])
    return not analyses or any(a.tag == "ign" or (len(f) > 2 and "gen" in f[2])
                               for a in analyses for f in [morphology.tag_values(a.tag)])


_NAME_REACH = 120  # characters after `w` an institution's name is looked up in


def seat_at(text: str, pos: int) -> tuple[Locality, int] | None:
    """`locality_at`, unless the words after `w` name an institution: a name there is what
    the unit or organisation stands in ('Oddział Ratunkowy w Wojewódzkim Szpitalu
    Zespolonym'), not its town."""
    loc = locality_at(text, pos)
    if loc is None:
        return None
    start = loc[1] - len(loc[0].text)
    words = tokenize(text, start, min(len(text), start + _NAME_REACH))
    return None if lexicon().names.longest(words, 0)[1] else loc


_CAPITAL = compile_pattern(r"[ \t]+m\.[ \t]?st\.[ \t]?Warszawy\b", _F)


def read_direct_locality(text: str, pos: int) -> tuple[str, int] | None:
    """A place name right after the name: 'Urząd Gminy Kobiór', 'OSP Masłów'; a Warsaw
    district keeps the capital after it, as its offices' official names do ('Urząd
    Dzielnicy Ursus m.st. Warszawy')."""
    got = _read_place(_DIRECT, text, pos)
    if got is None:
        return None
    capital = _match(_CAPITAL, text, got[1])
    return (got[0] + text[got[1]:capital.end()], capital.end()) if capital else got


def in_capital(place: str) -> bool:
    """True for a Warsaw district read with the capital after it ('Ursus m.st. Warszawy')."""
    return _CAPITAL.search(place) is not None


def read_commune(text: str, pos: int) -> tuple[str, int] | None:
    """'gminy Sosnowiec', 'miasta Tychy' after a name: the town (nominative)."""
    return _read_place(_COMMUNE, text, pos)


_BRANCH = compile_pattern(rf"[ \t]+O/({_WORD}(?:[ \t]+{_WORD})?)", _F)


@cache
def _branch_heads() -> tuple[Pattern, dict[str, str]]:
    """A branch head in any case before `w X`, and each form's nominative (`Oddziale` ->
    `Oddział`): the head inflects with the sentence ('w ZUS Oddziale w Tarnobrzegu')."""
    forms = {form: head for head in gazetteer().vocabulary.branch_heads
             for form in case_forms(head).values()}
    return (compile_pattern(rf"[ \t]+({word_alternation(forms)})(?=[ \t]+we?[ \t])", _F),
            forms)


def read_branch(text: str, pos: int) -> tuple[Locality, int, str | None] | None:
    """The branch town after an agency's name: 'O/Katowice' (nominative), or the official
    form of a branch's name, 'Oddział w Katowicach' after the agency's name ('Generalnej
    Dyrekcji Dróg Krajowych i Autostrad Oddział w Poznaniu', 'ZUS Inspektoratu w Nowym
    Targu'), with the branch head's nominative."""
    m = _match(_BRANCH, text, pos)
    if not m:
        pattern, nominatives = _branch_heads()
        head = _match(pattern, text, pos)
        seat = locality_at(text, head.end()) if head else None
        return (*seat, nominatives[head.group(1)]) if head and seat else None
    place = _trim_place(m.group(1))
    return (Locality(place, False), m.start(1) + len(place), None) if place else None


def read_acronym_intro(text: str, pos: int) -> tuple[str, int, int, int] | None:
    """'(MOPS)' right after a name: (acronym, its start, its end, end of the brackets)."""
    m = _match(_INTRO, text, pos)
    if not m or sum(c.isupper() for c in m.group(1)) < 2:
        return None
    return m.group(1), m.start(1), m.end(1), m.end()


def read_suffix(text: str, pos: int) -> tuple[str, int] | None:
    """Capitalised words after a type name that are neither a place nor a person
    ('Dom Kultury Włókniarzy', 'Zespół Szkół Ponadpodstawowych'), nor the 'Nr' of a number."""
    m = _match(_SUFFIX, text, pos)
    if not m:
        return None
    words = m.group(1).split()
    if words[0] == "Nr" or is_place(words[0]) or is_person_name(words[0]):
        return None
    suffix = m.group(1)
    if " i " in suffix:  # coordinated only with an adjective of the same case and number
        before, after = suffix.split(" i ")
        if not _coordinated(before.split()[-1], after):
            suffix = before
    end = m.start(1) + len(suffix)
    return hyphenated(suffix), end
