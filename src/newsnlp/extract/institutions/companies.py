"""Companies and sports clubs outside the gazetteer: 'firma Budimex', 'Dolnośląskie Surowce
sp. z o.o.', 'MKS Oleśnica'. Precision first: a company needs a legal-form suffix, or a
company noun before a name Morfeusz does not know; a club needs a club acronym prefix."""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

from newsnlp.extract.institutions.gazetteer import evidence_rules, gazetteer
from newsnlp.extract.institutions.mention import Locality, Mention
from newsnlp.extract.institutions.places import nominative
from newsnlp.extract.institutions.slots import seat_at
from newsnlp.extract.institutions.tokens import Token
from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.baseform import base_form
from newsnlp.morph.learned import is_locality
from newsnlp.morph.words import PREPOSITIONS
from newsnlp.resources import VERSION1, Match, compile_pattern
from newsnlp.text.legal_forms import registered_form

__all__ = ["club_at", "company_at", "is_company_body", "may_have_companies",
           "with_legal_forms"]

_LEGAL = compile_pattern(  # the look-behind keeps a search linear on a long run of spaces
    r"(?<![ \t])(?:[ \t]+(?:[Ss]p\.?[ \t]*z[ \t]*o\.[ \t]*o\.|S\.[ \t]?A\.|SA\b"
    r"|[Ss]p\.[ \t]*[jkp]\.|spółka[ \t]+z[ \t]+ograniczoną[ \t]+odpowiedzialnością"
    r"|spółka[ \t]+akcyjna"
    # foreign forms: 'Amiga Inc.'; 'Ltd' is a contraction, written without a dot; American
    # usage puts a comma before 'Inc.' ('Worldcom, Inc.')
    r"|Inc\.|Ltd\b|GmbH\b|AG\b|N\.V\.|plc\b)|,[ \t]+(?:Inc\.|Ltd\b))", VERSION1)
# the status a research institute's official name ends with (the Research Institutes Act:
# `Instytut Meteorologii i Gospodarki Wodnej – Państwowy Instytut Badawczy`), in any case
_PIB = compile_pattern(r"[ \t]+[-–—][ \t]+Państwow(?:y|ego|emu|ym)[ \t]+Instytut(?:u|owi|em)?"
                       r"[ \t]+Badawcz(?:y|ego|emu|ym)\b", VERSION1)
PIB = "– Państwowy Instytut Badawczy"
_PIB_ACRONYM = compile_pattern(r"-PIB(?![\w-])", 0)  # the status after an acronym: IMGW-PIB
_HINT = compile_pattern(r"\b[Ss]p\b|S\.[ \t]?A\.|\bSA\b|spółka|\bInc\.|\bLtd\b|\bGmbH\b|\bAG\b"
                        r"|\bN\.V\.|\bplc\b", VERSION1)
# capitalised words that never open a company's name (a sentence-initial preposition too)
_LEADING = frozenset({p.capitalize() for p in PREPOSITIONS} | {
    "I", "Oraz", "Firma", "Spółka", "Firmy", "Spółki", "To", "A", "Wg"})
_MAX_RUN = 4


def _run(tokens: list[Token], text: str, i: int) -> int:
    """End index of the run of adjacent capitalised words (and '-', '&') from token i; a
    word glued to the one before by a dot or a hyphen continues it in any case (a web
    address as a name, `AMG.net`, `Onet.pl`; a hyphenated one, `Se-ma-for`)."""
    j = i
    while j < len(tokens) and j - i < _MAX_RUN * 2:
        tok = tokens[j]
        if j > i and text[tokens[j - 1].end:tok.start] not in ("", " "):
            break
        if tok.text.isdigit() and _is_score(text, tok.end):
            break
        if ((tok.is_word and (tok.capitalised or tok.text.isdigit() or _glued(tokens, j)))
                or tok.text in ("-", "&") or _joins(tokens, j)):
            j += 1
        else:
            break
    while j > i and not tokens[j - 1].is_word:
        j -= 1
    return j


def _joins(tokens: list[Token], j: int) -> bool:
    """Token j is a dot glued between a word and a lower-case one (`AMG.net`; not the dots
    of `S.A.`)."""
    return (tokens[j].text == "." and 0 < j < len(tokens) - 1 and tokens[j - 1].is_word
            and tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start
            and tokens[j + 1].text[:1].islower())


def _glued(tokens: list[Token], j: int) -> bool:
    """Word j follows a dot or a hyphen glued to the word before it (`.net`, `-ma-for`)."""
    return (j >= 2 and tokens[j - 1].text in (".", "-") and tokens[j - 1].end == tokens[j].start
            and tokens[j - 2].end == tokens[j - 1].start and tokens[j - 2].is_word)


def _is_score(text: str, end: int) -> bool:
    """True when the number ending at `end` is part of a score or time (`2:1`, `3-0`)."""
    return text[end:end + 1] in (":", "-", "–") and text[end + 1:end + 2].isdigit()


def _unknown(word: str) -> bool:
    """True for words Morfeusz does not know (brand names) or all-caps words."""
    if len(word) > 1 and word.isupper():
        return True
    return all(a.tag == "ign" for a in morphology.analyse(word))


def may_have_companies(text: str, start: int, end: int) -> bool:
    """Cheap pre-check: does the block contain a legal-form suffix at all?"""
    return _HINT.search(text, start, end) is not None


def company_at(tokens: list[Token], text: str, i: int,
               legal: bool = True) -> tuple[Mention, int] | None:
    """A company starting at token i (legal-form suffix, or after a company noun)."""
    tok = tokens[i]
    nouns = gazetteer().vocabulary.company_nouns
    if tok.text.lower() in nouns and i + 1 < len(tokens) and tokens[i + 1].capitalised:
        j = _run(tokens, text, i + 1)
        words = [t.text for t in tokens[i + 1:j] if t.is_word]
        if not words or not any(_unknown(w) for w in words):
            return None
        cut, suffix = _legal_form(tokens, text, i + 1, j) if legal else (j, None)
        brand = _make(tokens, text, i + 1, cut, as_written=_apposed_brand(tokens, text, i + 1, cut))
        return (brand, j) if suffix is None else _with_suffix(brand, suffix, tokens, cut)
    if not legal or not tok.capitalised or tok.text in _LEADING:
        return None
    j, suffix = _legal_form(tokens, text, i, _run(tokens, text, i))
    if suffix is None:
        return None
    # the name starts after the last word before it that cannot be part of it
    i = max((k + 1 for k in range(i, j - 1) if (tokens[k].text in _LEADING
             and not _after_adjective(tokens, k, i)) or _lead_in(tokens, k)), default=i)
    if _lead_in(tokens, i):  # `Powiatowy Szpital w Mrągowie sp. z o.o.`: the name and seat
        named = _name_before_seat(tokens, i)
        if named is None:
            return None
        i = named
    apposed = _apposed_brand(tokens, text, i, j)
    return _with_suffix(_make(tokens, text, i, j, as_written=apposed), suffix, tokens, j)


def _apposed_brand(tokens: list[Token], text: str, i: int, j: int) -> bool:
    """tokens[i:j] are one hyphenated brand right after a company noun (`firmy Lub-Drew sp.
    z o.o.`, `firma Trail-Bud sp. z o.o.`): a name in apposition keeps the nominative, so it
    stays as written (a brand Morfeusz reads as words would be inflected: `Luba-Drewa`)."""
    written = text[tokens[i].start:tokens[j - 1].end]
    return (i > 0 and tokens[i - 1].text.lower() in gazetteer().vocabulary.company_nouns
            and "-" in written and not any(ch.isspace() for ch in written))


def _legal_form(tokens: list[Token], text: str, i: int, j: int) -> tuple[int, Match | None]:
    """The run tokens[i:j] cut back to where a legal form follows it, and that form's match
    (the run may have taken the form's first word in: `Logos Sp. z o.o.`); (j, None) when
    none follows."""
    for end in range(j, i, -1):
        suffix = _LEGAL.match(text, tokens[end - 1].end)
        if suffix is not None:
            return end, suffix
    return j, None


def _with_suffix(m: Mention, suffix: Match, tokens: list[Token],
                 j: int) -> tuple[Mention, int]:
    """`m` (ending at token j) extended over its legal form and the seat written after it
    (`Agro-Kot sp. z o.o. w Hrubieszowie`), and the index of the first token after them."""
    text = suffix.string
    form = registered_form(suffix.group())  # `, Inc.` keeps its comma against the name
    m.name = (m.name or "") + (form if form.startswith(",") else f" {form}")
    end = suffix.end()
    seat = seat_at(text, end)
    if seat is not None:
        m.locality, end = seat
    m.end, m.text = end, text[m.start:end]
    while j < len(tokens) and tokens[j].start < end:
        j += 1
    return m, j


def with_legal_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of gazetteer names (a known company: `Enea`, `Orlen`) and of names outside
    the gazetteer (`Bank Pekao`, `Instytut Badań Rynku Pulsar`) extended over the legal form
    written right after them (`Enea S.A.`) and a local company's town after it
    (`_town_after_form`): a mention is the
    longest name string, and the form is part of the official name (`Mention.legal_form`,
    which the canonical name ends with, or has before a town written after it); so is a
    research institute's status (`– Państwowego Instytutu Badawczego`). A mention
    that starts inside such a legal form (`SA` read as an acronym, with what it took after
    it: `TVP SA Marian Zalewski`) is dropped."""
    forms: list[tuple[int, int]] = []
    for m in mentions:
        named = m.what == "type" or (m.what == "generic"
                                     and not any(c in m.text for c in (" i ", " oraz ")))
        # 'Banku Śląskiego i Pekao SA': Pekao's
        institute = m.text.startswith("Instytut") or m.via_acronym
        if not (named or institute) or m.end >= len(text) or text[m.end] not in " \t-":
            continue
        found = _LEGAL.match(text, m.end) if named else None
        if found is not None:
            m.legal_form = registered_form(found.group())
        elif institute and (found := (_PIB_ACRONYM if m.via_acronym else _PIB).match(
                text, m.end)) is not None:
            m.legal_form = PIB
        if found is not None:
            forms.append((m.end, found.end()))
            m.end = found.end()
            seat = _town_after_form(m, text)
            if seat is not None:
                (m.locality, m.end), m.seat_after_form = seat, True
            m.text = text[m.start:m.end]
    if not forms:
        return mentions
    forms.sort()
    starts = [a for a, _ in forms]

    def inside(m: Mention) -> bool:
        k = bisect_right(starts, m.start) - 1
        return k >= 0 and forms[k][0] <= m.start < forms[k][1]

    return [m for m in mentions if not inside(m)]


def _town_after_form(m: Mention, text: str) -> tuple[Locality, int] | None:
    """The town written after a local name's legal form or an institute's status (`MPWiK
    Sp. z o.o. w Siedlcach`, `– Państwowy Instytut Badawczy w Puławach`), a known Polish
    locality, where the mention has none: a national company's (`Orlen S.A. w Gdańsku`)
    names the place of one of its sites, and `w Grupie Orlen` no town."""
    types = gazetteer().types
    if m.locality is not None or any(types[t].scope == "national" for t in m.type_ids):
        return None
    seat = seat_at(text, m.end)
    if seat is None or not is_locality(nominative(seat[0].text, True)):
        return None
    return seat


def _name_before_seat(tokens: list[Token], i: int) -> int | None:
    """The first token of the capitalised name before `w <town>` at token i (`Powiatowy
    Szpital` of `Powiatowy Szpital w Mrągowie sp. z o.o.`: the seat is part of the
    registered name; `i` may join two of its nouns, `Wodociągi i Kanalizacja w Opolu`), or
    None when no such name stands there."""
    k = i - 2  # past the preposition
    while k >= 0 and i - k <= _MAX_RUN + 1 and (
            (tokens[k].is_word and tokens[k].capitalised and tokens[k].text not in _LEADING)
            or (tokens[k].text == "i" and k > 0 and tokens[k - 1].capitalised
                and tokens[k - 1].text not in _LEADING and k + 1 < i - 1)):
        k -= 1
    return k + 1 if k + 1 <= i - 2 else None


def _after_adjective(tokens: list[Token], k: int, first: int) -> bool:
    """Token k (a company noun: 'Spółki') follows a capitalised adjective of the same run
    ('Krajowej Spółki Cukrowej S.A.'): the noun is inside the name, not before it."""
    return k > first and morphology.may_be_adjective(tokens[k - 1].text)


def _lead_in(tokens: list[Token], k: int) -> bool:
    """Token k stands before a company's name but is not part of it: one of the company's
    bodies or officers (`Prezes Zarządu X S.A.`), or a town after a preposition (`w Lublinie X
    S.A.`: a geographic reading and none in the nominative)."""
    readings = morphology.analyse(tokens[k].text)
    if is_company_body(tokens[k].text):
        return True
    return (k > 0 and tokens[k - 1].text.lower() in PREPOSITIONS
            and any("nazwa_geograficzna" in a.qualifiers for a in readings)
            and not any(":nom" in a.tag for a in readings))


def is_company_body(word: str) -> bool:
    """`word` names one of a company's bodies or officers ('Zarządu', 'Rady', 'Prezes'):
    it stands before the company's name, never inside it."""
    return any(a.lemma.casefold() in _lead_in_words() for a in morphology.analyse(word))


@cache
def _lead_in_words() -> frozenset[str]:
    return frozenset(evidence_rules()["company_lead_ins"])


def _make(tokens: list[Token], text: str, i: int, j: int, as_written: bool = False) -> Mention:
    """A company mention over tokens[i:j], named by its base form ('Krajowej Spółki
    Cukrowej' -> 'Krajowa Spółka Cukrowa'; a brand Morfeusz does not know stays as written,
    and so does a coined stem: `_coined_stem`), or `as_written` when a one-word name stands
    in apposition after a company noun, which takes the case for it (`firmy Lub-Drew`, not
    the genitive of `Luba-Drew`)."""
    start, end = tokens[i].start, tokens[j - 1].end
    written = text[start:end]
    name = written if as_written else _keep_coined_stems(written, base_form(written))
    return Mention(start, end, written, "generic", name=name, kind="company")


COINED_STEM_MAX = 4  # letters of a stem a brand is coined from (`Bud`, `Ryb`, `Lab`, `Drew`)


def _keep_coined_stems(written: str, base: str) -> str:
    """The base form `base` of a company's name with each hyphenated word whose last part is
    a coined stem (`_coined_stem`) as written (`Rem-Bud Sandomierz`, not `Rem-Budy`)."""
    words, based = written.split(), base.split()
    coined = [_coined_stem(w) for w in words]
    if len(words) != len(based) or not any(coined):
        return base
    return " ".join(w if c else b for w, b, c in zip(words, based, coined, strict=True))


def _coined_stem(word: str) -> bool:
    """A hyphenated word whose last part is a short stem a brand is coined from (Polish word
    formation: `Rem-Bud` of budownictwo, `Agro-Ryb`, `Termo-Lab`) that Morfeusz reads only
    as a noun's genitive plural (`buda`, `ryba`, `laba`): never inflected so in a name, so
    read to the nominative it would change (`Rem-Budy`); a plural written out is a word
    (`Eko-Okien` is `Eko-Okna`), a brand in the genitive is singular (`Polimex-Mostostalu`)."""
    if "-" not in word:
        return False
    last = word.rsplit("-", 1)[1]
    readings = [morphology.tag_values(a.tag) for a in morphology.analyse(last)]
    return len(last) <= COINED_STEM_MAX and bool(readings) and all(
        len(t) > 2 and t[0] == ("subst",) and t[1] == ("pl",) and "nom" not in t[2]
        for t in readings)


def club_at(tokens: list[Token], text: str, i: int) -> tuple[Mention, int] | None:
    """'MKS Oleśnica', 'GKS Katowice': a club acronym and the capitalised name after it; an
    acronym of one reading is written out in the name (`vocabulary.json` club_names)."""
    if tokens[i].text not in gazetteer().vocabulary.club_prefixes or i + 1 >= len(tokens):
        return None
    if text[tokens[i].end:tokens[i + 1].start] != " " or not tokens[i + 1].capitalised:
        return None
    j = _run(tokens, text, i + 1)
    start, end = tokens[i].start, tokens[j - 1].end
    words = gazetteer().vocabulary.club_names.get(tokens[i].text)
    if words is None:
        return Mention(start, end, text[start:end], "generic", name=text[start:end],
                       kind="sport"), j
    # `UKS Olimp Gorlice`: the club's registered name, its acronym as the usual one
    name = f"{words} {text[tokens[i + 1].start:end]}"
    return Mention(start, end, text[start:end], "generic", name=name, kind="sport",
                   intro_acronym=tokens[i].text), j
