"""Evidence for what a name is: acronyms contradicted by their context, and kinds of
organisations outside the gazetteer (data/institutions/entities.json).

A bare gazetteer acronym is expanded by its documented prior unless the context says it is
something else: a legal act cited by article ('art. 47 KPP'), an amount ('5 GBP', '10 KM')
or a currency code. A full name of the same type elsewhere on the page, a locality or a
number keeps it. A gazetteer name followed by another country ('Sąd Najwyższy USA') is that
country's body, not the Polish one.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from newsnlp.extract.institutions.foreign import foreign_counterpart
from newsnlp.extract.institutions.gazetteer import evidence_rules, gazetteer, institution_kind
from newsnlp.extract.institutions.mention import Mention
from newsnlp.models import InstitutionKind
from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.baseform import base_form
from newsnlp.morph.learned import is_locality
from newsnlp.resources import Pattern, compile_pattern, word_alternation
from newsnlp.text.legal_forms import without_legal_form

__all__ = ["acronym_contradicted", "capital_after_small", "country_acronym", "generic_kind",
           "model_name_ok", "name_joiners", "takes_quoted_name", "uncontradicted"]

_WINDOW = 40  # characters of context read before an acronym
_PERSON_OR_PLACE = frozenset({"imię", "nazwisko", "nazwa_geograficzna"})
_EDITION = compile_pattern(r"[IVXLC]{1,6}|\d{1,3}\.", 0)  # an event's edition: `IX`, `25.`
_NAME_HEAD_REACH = 3  # a name's head is among its first words (as not_organisation_heads)


@cache
def _context_patterns(side: str) -> tuple[Pattern, ...]:
    return tuple(compile_pattern(p) for p in evidence_rules()["acronym_context"][side])


@cache
def name_joiners() -> Pattern:
    """What joins two names and never stands inside one (`entities.json` name_joiners)."""
    return compile_pattern(word_alternation(evidence_rules()["name_joiners"]))


def common_abbreviation(word: str) -> bool:
    """True for a currency code or a common noun's abbreviation ('EKG', 'VAT'): never an
    institution's acronym."""
    rules = evidence_rules()
    return word in rules["currency_codes"] or word in rules["common_abbreviations"]


def acronym_contradicted(text: str, start: int, end: int) -> bool:
    """True when the context makes the bare acronym `text[start:end]` a legal act, an amount,
    a currency or a designation ('GBA 2,5/16')."""
    if common_abbreviation(text[start:end]):
        return True
    before = text[max(0, start - _WINDOW):start]
    after = text[end:end + _WINDOW]
    return (any(p.search(before) for p in _context_patterns("before"))
            or any(p.search(after) for p in _context_patterns("after")))


def uncontradicted(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions without bare acronyms whose context contradicts the gazetteer's prior;
    other countries' bodies named like Polish ones become organisations of their own."""
    named = {t for m in mentions if not m.via_acronym for t in m.type_ids}
    out: list[Mention] = []
    for m in mentions:
        if (m.via_acronym and m.locality is None and m.number is None
                and not named.intersection(m.type_ids)
                and acronym_contradicted(text, m.start, m.end)):
            continue
        kept = foreign_counterpart(text, m) if m.what == "type" and not m.via_acronym else m
        if kept is not None:
            out.append(kept)
    return out


def takes_quoted_name(kind: str) -> bool:
    """False for public authorities: a quote after their name is a campaign or event title."""
    return kind not in evidence_rules()["public_kinds_without_quoted_name"]


def model_name_ok(name: str) -> bool:
    """A name the model tags ORG that can be an organisation outside the gazetteer: not a
    town, not an office holder or a system ('Prezydent Miasta', 'Internetowe Konto Pacjenta'),
    not a research institute's status alone ('PIB'),
    not a bare common noun ('Policja'), not an unknown bare acronym (no evidence for it)."""
    words = tuple(name.casefold().split())
    if not words or is_locality(name) or name in evidence_rules()["status_suffixes"]:
        return False
    if len(words) == 1 and (name.isupper() or _mixed_case_acronym(name)):
        # a country's acronym ('USA', 'ZSRR', 'PRL': a place to Morfeusz) is no organisation
        return words in _kind_heads() or (not common_abbreviation(name) and not (
            name.isupper() and country_acronym(name)))
    if _event_name(name):
        return False
    stop = evidence_rules()["not_organisation_heads"]
    if len(words) == 1:
        return (words[0] not in stop and words[0] not in evidence_rules()["not_organisation_words"]
                and words[0] not in _unit_heads() and not _only_person_or_place(name))
    return not any(" ".join(words[i:i + n]) in stop for i in range(min(3, len(words)))
                   for n in (1, 2))


def _event_name(name: str) -> bool:
    """An event's name of two words or more: its head, the first word that is no adjective,
    is an event noun ('Tydzień Pomocy Osobom Pokrzywdzonym Przestępstwem', 'Wojewódzki
    Konkurs Matematyczny'; not 'Fundacja Dzień Dobry'), after an edition's number if any
    ('IX Półmaraton Doliny Sanu', '25. Bieg Niepodległości')."""
    heads = evidence_rules()["event_heads"]
    words = name.split()
    if without_legal_form(name) != name:
        return False  # a company's registered name ('Gala Media Sp. z o.o.')
    if words and _EDITION.fullmatch(words[0]):
        words = words[1:]
    if len(words) < 2:
        return False  # a word alone may be an organisation's name ('Olimpiada', a magazine)
    for word in words[:_NAME_HEAD_REACH]:
        if word.casefold() in heads:
            return True
        if not morphology.may_be_adjective(word):
            return False
    return False


def country_acronym(acronym: str) -> bool:
    """Every reading Morfeusz has of `acronym` is a place ('USA', 'ZSRR', 'PRL'): a country,
    never an organisation's acronym, even in brackets after one ('Uniwersytetu Stanforda
    (USA)' names where the university is)."""
    readings = morphology.analyse(acronym)
    return bool(readings) and all("nazwa_geograficzna" in a.qualifiers for a in readings)


def capital_after_small(word: str) -> bool:
    """`word` has a capital right after a small letter, as no Polish word has: a mixed-case
    acronym ('LiD') or a brand ('eBay', 'mBank')."""
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def _mixed_case_acronym(word: str) -> bool:
    """An acronym written with small letters for its short words ('LiD', 'SdRP')."""
    return (word[:1].isupper() and len(word) <= 6 and word.isalpha()
            and capital_after_small(word))


def _only_person_or_place(word: str) -> bool:
    """Every reading Morfeusz knows of `word` is a first name or a place ('Eleonora',
    'Kapsztad', 'Minnesota'): a name the model tags ORG needs more than that. Surnames,
    brands, organisations and common nouns keep it ('Lech', 'Orlen'). A vocative is no
    reading of a name in running text ('Eureko' is the insurer, not Eureka addressed)."""
    kinds = [set(a.qualifiers) for a in morphology.analyse(word)
             if ":voc:" not in a.tag]
    return bool(kinds) and all(k and k <= _PERSON_OR_PLACE for k in kinds) and any(
        k & {"imię", "nazwa_geograficzna"} for k in kinds)


def only_common_noun(word: str) -> bool:
    """A word capitalised only at its first letter whose every reading Morfeusz knows is a
    common noun's (a noun with a small-letter base form; no proper name's, no other part of
    speech's: 'Wprost' is an adverb too) ('Internauci', 'Kadr'): as a sentence's first
    word, it names nothing. Not an acronym ('MEND'), nor a brand's spelling ('mBank')."""
    if not word[:1].isupper() or not word[1:].islower():
        return False
    readings = morphology.analyse(word)
    return bool(readings) and all(a.lemma[:1].islower() and a.tag.startswith(("subst", "depr"))
                                  for a in readings)


@cache
def _unit_heads() -> frozenset[str]:
    """One-word unit heads, case-folded ('zarząd', 'wydział'): alone, a unit head refers back
    to a unit named before (docs/institutions.md), it names none."""
    return frozenset(h.casefold() for h in gazetteer().vocabulary.one_word_unit_heads)


@cache
def _kind_heads() -> dict[tuple[str, ...], InstitutionKind]:
    heads = evidence_rules()["kind_heads"]
    return {tuple(k.split()): institution_kind(v) for k, v in heads.items()}


def generic_kind(surface: str) -> InstitutionKind:
    """The kind of an organisation outside the gazetteer, from its head words or legal form."""
    words = tuple(base_form(surface).casefold().split())
    heads = _kind_heads()
    for n in range(min(len(words), 5), 0, -1):
        if words[:n] in heads:
            return heads[words[:n]]
    if without_legal_form(surface) != surface:
        return "company"
    return "organisation"


