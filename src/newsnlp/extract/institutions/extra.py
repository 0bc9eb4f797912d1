"""Organisation spans from a spaCy NER model, normalised like our own candidates."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from newsnlp.extract.institutions import slots
from newsnlp.extract.institutions.candidates import Scanner
from newsnlp.extract.institutions.ends import agreeing_adjectives
from newsnlp.extract.institutions.enumeration import lists_complements
from newsnlp.extract.institutions.evidence import (
    acronym_contradicted,
    capital_after_small,
    generic_kind,
    model_name_ok,
    name_joiners,
    only_common_noun,
)
from newsnlp.extract.institutions.gazetteer import gazetteer
from newsnlp.extract.institutions.mention import Mention
from newsnlp.extract.institutions.spanindex import Grown, SpanIndex
from newsnlp.extract.institutions.tokens import tokenize
from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.baseform import base_form
from newsnlp.morph.inflect import CASES
from newsnlp.morph.words import CONJUNCTIONS, PREPOSITIONS
from newsnlp.resources import compile_pattern

__all__ = ["extra_mentions", "trimmed", "unexpanded_acronyms"]

_MAX_LEN = 120
# words a name never ends with: a span that does was cut short by the model
_NO_LAST_WORDS = PREPOSITIONS | CONJUNCTIONS
SENTENCE_LOOKBACK = 8  # characters read back over the spaces and dashes before a word
STEM = 4  # letters of a name that its case endings leave alone (`Legia`, `Legii`)
_INSIDE = compile_pattern(rf"[\p{{Ll}},][ \t](\p{{Lu}}\p{{Ll}}{{{STEM - 1}}})", 0)
# a capitalised word followed by another, each started at a word's start (linear)
_OPENER = compile_pattern(rf"(?<!\p{{L}})(\p{{Lu}}\p{{Ll}}{{{STEM - 1}}})\p{{Ll}}*[ \t]\p{{Lu}}", 0)


# quotation marks around a name: NKJP's spans hold them (`„Solidarności”`, `"Wprost"`)
_OPENING_QUOTES = "\"'„“«»"
_UNQUOTED = str.maketrans(dict.fromkeys(_OPENING_QUOTES + "”", " "))


def _generic(text: str, start: int, end: int) -> Mention | None:
    """A named organisation from an NER span: base form of the name (without the quotation
    marks a quoted name stands in), locality split off."""
    surface = text[start:end].strip()
    quoted = surface[:1] in _OPENING_QUOTES
    if quoted:  # `" Polonia " Andrzejów` -> `Polonia Andrzejów`
        surface = " ".join(surface.translate(_UNQUOTED).split())
    ordinal, surface = _ordinal(surface)
    if not (surface[:1].isupper() or _brand_spelling(surface)) or len(surface) < (
            2 if surface.isupper() else 3):
        return None
    at = text.find(surface, start, end)  # where the name stands in the text (-1: quoted inside)
    if not quoted and " " not in surface and only_common_noun(surface) and (
            (_opens_sentence(text, at) and surface[:STEM].casefold() not in _named_inside(text))
            or _refers_back(text, base_form(surface))):
        return None  # `Internauci apelują…`: a common noun capitalised as the first word;
        # `prezes Spółdzielni`, `biuro Izby`: a name's head word alone refers back to it
    if _bare_acronym(surface) and acronym_contradicted(text, at, at + len(surface)):
        return None
    loc = None
    patron = _patron(text, at, surface)
    if patron is not None:  # `Centrum Medyczne im. dr.` + `Karola Jonschera`: read whole,
        surface = surface[:patron[0]]  # with the town after it, in the span or past it
        loc = slots.locality_at(text, patron[2])
        end = max(end, loc[1] if loc else patron[2])
    cut = surface.find(" w ") if at >= 0 and loc is None else -1
    if cut > 0:
        loc = slots.locality_at(text, at + cut)
    name_part = surface[:cut] if cut > 0 and loc else surface
    name = base_form(name_part)
    if not model_name_ok(name):
        return None
    name = f"{ordinal} {name}" if ordinal else name
    m = Mention(start, end, text[start:end], "generic", name=name, kind=generic_kind(name_part),
                patron=patron[1] if patron else None)
    if loc and loc[1] == end:
        m.locality = loc[0]
    elif loc is None and (seat := slots.seat_at(text, end)) is not None:
        # the town written right after the name is its seat (the corpora's spans end
        # before it; CONVENTIONS: the canonical name takes a locality the article attaches)
        m.locality, m.end, m.text = seat[0], seat[1], text[start:seat[1]]
    return m


def _patron(text: str, at: int, surface: str) -> tuple[int, str, int] | None:
    """The patron inside a model span, read by the rules, which go past the abbreviations a
    span may stop at ('im. dr. Karola Jonschera'): (where it starts in `surface`, the
    patron, where it ends in `text`)."""
    cut = max(surface.find(" im. "), surface.find(" imienia "))
    got = slots.read_patron(text, at + cut) if at >= 0 and cut > 0 else None
    return (cut, got[0], got[1]) if got else None


def _refers_back(text: str, word: str) -> bool:
    """`word`, a common noun that heads names (the first word of a gazetteer name or a
    generic or unit head: `spółdzielnia`, `izba`), opens a longer name the page writes
    (`Spółdzielnia Mieszkaniowa „Zatorze”`, then `prezes Spółdzielni`): alone, it refers
    back to that name (CONVENTIONS: `Sąd`, `Zarząd` used alone are no institutions). A
    club's short name heads no name of the gazetteer: it stays the club (`Legia`, `Stal`)."""
    return word.casefold() in _head_words() and word[:STEM].casefold() in _name_openers(text)


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    """The first words of the gazetteer's names and of the generic and unit heads,
    case-folded."""
    gaz = gazetteer()
    names = [t.name for t in gaz.types.values()] + [*gaz.vocabulary.generic_heads,
                                                     *gaz.vocabulary.unit_heads]
    return frozenset(n.split()[0].casefold() for n in names)


@lru_cache(maxsize=1)
def _name_openers(text: str) -> frozenset[str]:
    """The first `STEM` letters (case-folded) of each capitalised word followed by another
    capitalised word: the first words of the page's names of two words or more."""
    return frozenset(m.group(1).casefold() for m in _OPENER.finditer(text))


@lru_cache(maxsize=1)
def _named_inside(text: str) -> frozenset[str]:
    """The first `STEM` letters (case-folded) of the words capitalised inside a sentence,
    after a small letter or a comma: the page's names (`kibice Legii Warszawa` makes
    `Legia` opening a sentence the club, whatever else Morfeusz knows the word as)."""
    return frozenset(m.group(1).casefold() for m in _INSIDE.finditer(text))


def _opens_sentence(text: str, at: int) -> bool:
    """The word at `at` is the first of a sentence or a line (a dash before it aside; a
    quotation mark right before it makes it a quoted name, `„Solidarność”`). A run of
    blanks longer than `SENTENCE_LOOKBACK` before it tells nothing: not a start."""
    if at < 0:
        return False
    start = max(0, at - SENTENCE_LOOKBACK)
    before = text[start:at].rstrip(" \t–—-")
    return before[-1] in ".!?:\n" if before else start == 0


def _ordinal(surface: str) -> tuple[str, str]:
    """A unit's number written before its name ('49. Pułku Śmigłowców Bojowych', '1 Armii
    WP'), split off: (number, name)."""
    number, _, rest = surface.partition(" ")
    if 0 < len(number.rstrip(".")) <= 3 and number.rstrip(".").isdigit() and rest[:1].isupper():
        return number, rest
    return "", surface


def _brand_spelling(surface: str) -> bool:
    """A brand written with a small first letter and a capital inside its first word
    ('eBay', 'mBank', 'iPhone'): no Polish word is spelt so, so the name needs no capital."""
    first = surface.split()[0] if surface.split() else ""
    return first[:1].islower() and capital_after_small(first)


def _bare_acronym(name: str) -> bool:
    return name.isupper() and " " not in name


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A model span without trailing prepositions, conjunctions and dashes (`Stadionie
    Narodowym w` before a town it left out, `Nowa Sól –` before a list item's name): a
    Polish name does not end with one."""
    while True:
        head = text[start:end].rstrip(_DASHES).rstrip()
        cut = head.rfind(" ")
        if cut < 0 or head[cut + 1:].casefold() not in _NO_LAST_WORDS:
            return start, start + len(head)
        end = start + cut


_OPENERS = ".!?…:;\n\"„“”«»(-–—"  # what stands before the first word of a sentence
_DASHES = " \t-–—"  # what a name never ends with


def _with_adjective(text: str, start: int, end: int) -> int:
    """The start of a model span moved back over the capitalised adjective right before it
    that agrees with the name's head (`Tarnowskim` + `Teatrem Lalek`, the adjective read as
    a place): a Polish name may open with one."""
    if start < 2 or text[start - 1] != " ":
        return start
    words = text[max(0, start - 40):start - 1].split(" ")
    word = words[-1] if words else ""
    opens = start - 1 - len(word)
    before = text[max(0, opens - 3):opens].rstrip(" \t")
    if not (word[:1].isupper() and word.isalpha()) or not before or before[-1] in _OPENERS:
        return start  # at a sentence start every word is capitalised (`Nowe Mitsubishi`)
    name = text[start:end]
    if any(agreeing_adjectives(word, name, case) for case in CASES):
        return opens
    return start


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """The span stands in apposition to a noun that names a programme, a campaign, a law or
    an app (`z programu Fundusze Europejskie`): a name in the nominative after it is that
    thing's name (one in the genitive, `programu Ministerstwa Zdrowia`, is its owner). A
    one-word name may be a brand that does not inflect (`system Apple`): it stays."""
    name = text[start:end]
    words = text[max(0, start - 30):start].split()
    if " " not in name.strip():
        return False
    if not words or not words[-1].isalpha():
        return False
    nouns = gazetteer().vocabulary.thing_nouns
    if not any(a.lemma in nouns for a in morphology.analyse(words[-1].lower())):
        return False
    return base_form(name) == name


def _split_at_joiners(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Model spans cut where a joiner of two names stands (`… Walutowego oraz Banku …`), not
    at a comma that lists the name's own complements (`Komisji Polityki Gospodarczej,
    Budżetu i Finansów`)."""
    joiners = name_joiners()
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for m in joiners.finditer(text, start, end):
            if text[m.start():m.end()] == ", " and lists_complements(text[m.start():end]):
                break
            out.append(trimmed(text, start, m.start()))
            start = m.end()
        out.append(trimmed(text, start, end))
    return out


def extra_mentions(text: str, candidates: Sequence[tuple[int, int]],
                   spans: list[tuple[int, int]], found: Sequence[Mention]) -> list[Mention]:
    """Mentions from NER spans that our matcher missed: inside one content block, sharing no
    character with a mention found before."""
    out: list[Mention] = []
    blocks, ours, added = SpanIndex(spans), SpanIndex((m.start, m.end) for m in found), Grown()
    for start, end in _split_at_joiners(text, candidates):
        start = _with_adjective(text, start, end)
        if not (0 <= start < end <= len(text)) or end - start > _MAX_LEN:
            continue
        if (not blocks.contains(start, end) or ours.overlaps(start, end)
                or added.overlaps(start, end) or _names_a_thing(text, start, end)):
            continue
        new = Scanner(text, tokenize(text, start, end)).scan()
        if not new:
            m = _generic(text, start, end)
            new = [m] if m is not None else []
        for m in new:
            added.add(m.start, m.end)
        out.extend(new)
    return out


def unexpanded_acronyms(text: str, mentions: Sequence[Mention],
                        orgs: Sequence[tuple[int, int]]) -> list[Mention]:
    """`mentions` where a weak gazetteer acronym ('UE' read as Uniwersytet Ekonomiczny) that
    the model tags ORG, with no full name of its type on the page and no locality or number,
    stays the organisation the text names, unexpanded: the gazetteer's prior for it is no
    evidence, and the merge would drop it."""
    model = set(orgs)
    named = {t for m in mentions if not m.via_acronym for t in m.type_ids}
    types = gazetteer().types
    out: list[Mention] = []
    for m in mentions:
        if (m.via_acronym and (m.start, m.end) in model and m.locality is None
                and m.number is None and not named.intersection(m.type_ids)
                and all(types[t].has("weak") for t in m.type_ids if t in types)
                and not acronym_contradicted(text, m.start, m.end)):
            m = Mention(m.start, m.end, m.text, "generic", name=m.text, kind="organisation")
        out.append(m)
    return out
