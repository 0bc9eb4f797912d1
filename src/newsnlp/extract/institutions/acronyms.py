"""Acronyms the page explains: introduced ("Zarząd Transportu Metropolitalnego (ZTM)"), the
bracketed acronym and its later stand-alone uses become mentions of the same institution; or
spelled by the initials of a name the page gives in full ('PO' on a page about Politechnika
Opolska); and where an acronym ends, its case ending glued on ('ZUS-u')."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache

from newsnlp.extract.institutions.evidence import common_abbreviation
from newsnlp.extract.institutions.gazetteer import gazetteer
from newsnlp.extract.institutions.mention import Mention, chain
from newsnlp.extract.institutions.spanindex import Covered
from newsnlp.layout.linetypes import is_person_name_line
from newsnlp.morph import morfeusz as morphology
from newsnlp.resources import compile_pattern, escape, load_json

__all__ = ["acronym_end", "introduced_mentions", "spelled_acronyms", "spelled_uses",
           "stands_for"]

MIN_PAGE_ACRONYM = 3  # letters of an acronym a chrome name may spell (`PO` is too short)
_CAPITALS = compile_pattern(r"(?<![\w-])\p{Lu}{3,8}(?![\w])", 0)  # an acronym standing alone


@cache
def _acronym_endings() -> frozenset[str]:
    """Case endings glued to an acronym with a hyphen ('ZUS-u', 'MOSiR-ze')."""
    return frozenset(load_json("morphology/acronym_endings.json")["endings"])


def acronym_end(text: str, end: int) -> int:
    """Where an acronym ending at `end` ends with the inflectional ending glued to it by a
    hyphen ('ZUS-u')."""
    if end < len(text) and text[end] == "-":
        k = end + 1
        while k < len(text) and text[k].isalpha():
            k += 1
        if text[end + 1:k] in _acronym_endings():
            return k
    return end


def _copy(owner: Mention, start: int, end: int, text: str) -> Mention:
    """A mention of the owner's institution at another place, written as an acronym."""
    return replace(owner, start=start, end=end, text=text[start:end], via_acronym=True,
                   locality=None, parent=None, intro_acronym=None, intro_span=None)


def _uses(text: str, spans: list[tuple[int, int]], acronym: str) -> list[tuple[int, int]]:
    """Where `acronym` stands alone in the content spans, in span order."""
    pattern = compile_pattern(rf"(?<![\w-]){escape(acronym)}(?![\w])", 0)
    return [(m.start(), m.end()) for s, e in spans for m in pattern.finditer(text, s, e)]


def introduced_mentions(text: str, spans: list[tuple[int, int]],
                        mentions: list[Mention]) -> list[Mention]:
    """Mentions for every introduced acronym: in its brackets and used alone later.

    Each acronym's uses are found once; a use taken by one introduction (or overlapping a
    mention) is never offered to the next, so a page that introduces the same acronym in
    every paragraph stays linear."""
    out: list[Mention] = []
    if not any(m.intro_acronym and m.intro_span is not None for m in mentions):
        return out  # most pages introduce no acronym
    taken = Covered(len(text))
    for m in mentions:
        taken.add(m.start, m.end)
    open_uses: dict[str, list[tuple[int, int]]] = {}  # uses not yet taken, per acronym
    for owner in mentions:
        acr = owner.intro_acronym
        if not acr or owner.intro_span is None:
            continue
        start, end = owner.intro_span
        out.append(_copy(owner, start, end, text))
        taken.add(start, end)
        if owner.type_ids and acr in gazetteer().by_acronym:
            continue  # gazetteer acronyms are matched by the scanner already
        if acr not in open_uses:
            open_uses[acr] = _uses(text, spans, acr)
        before: list[tuple[int, int]] = []  # uses before this owner stay open for others
        for s, e in open_uses[acr]:
            if s <= owner.start:
                before.append((s, e))
            elif not taken.overlaps(s, e):  # a use once taken stays taken
                out.append(_copy(owner, s, e, text))
                taken.add(s, e)
        open_uses[acr] = before
    return out


def spelled_uses(text: str, spans: list[tuple[int, int]],
                 mentions: list[Mention]) -> list[Mention]:
    """Mentions for an acronym of three letters or more that no list knows, standing alone
    where it spells a name outside the gazetteer that the page gives in full ('UNP' on a
    page naming Uniwersytet Nadwiślański w Płocku): the full name is the evidence, as an
    introduction is. No common word in capitals (`TAK`) nor a common noun's abbreviation
    (`PIT`) is one."""
    owners: dict[str, Mention] = {}
    known = gazetteer().by_acronym
    for m in mentions:
        if (not m.via_acronym and m.what in ("type", "generic") and m.name
                and not is_person_name_line(m.name)):
            for initials in _spellings(m):
                if len(initials) >= 3 and initials not in known and _unknown_word(initials):
                    owners.setdefault(initials, m)
    if not owners:
        return []
    taken = Covered(len(text))
    for m in mentions:
        taken.add(m.start, m.end)
    out: list[Mention] = []
    for s, e in spans:  # one pass over the content for every acronym
        for found in _CAPITALS.finditer(text, s, e):
            owner = owners.get(found.group())
            if owner is not None and not taken.overlaps(found.start(), found.end()):
                out.append(replace(_copy(owner, found.start(), found.end(), text),
                                   intro_acronym=found.group()))
                taken.add(found.start(), found.end())
    return out


def _unknown_word(initials: str) -> bool:
    """Neither a common noun's abbreviation (`PIT`) nor a word Morfeusz knows (`TAK`)."""
    return not common_abbreviation(initials) and not any(
        a.tag != "ign" and a.lemma.islower() for a in morphology.analyse(initials.lower()))


def spelled_acronyms(text: str, mentions: list[Mention],
                     page_names: Callable[[], list[Mention]]) -> list[Mention]:
    """An acronym (the gazetteer's or the model's), alone or as a unit's parent ('Biuro
    Promocji PO'), that spells the initials of an institution the page names in full
    ('Politechnika Opolska') while no type it stands for is named, is that institution: the
    full name on the page is the evidence, as an introduction is, and beats the prior of a
    weak or shared gazetteer acronym (the party); a strong one (`SLD`) keeps its reading.
    An acronym of three letters or more that the article's names do not spell may be spelled
    by a name in the page's own chrome (`page_names`, read only then): an institution's site
    names itself in full in its footer or header (`© 2026 Lubelski Ośrodek Doradztwa
    Rolniczego`; a name that opens a line is read without its adjective, as at a sentence's
    start) and by its acronym in its articles (`LODR`)."""
    nodes = [n for m in mentions for n in chain(m)]
    acronyms = {m.text for m in nodes if _bare(m)}
    if not acronyms:
        return mentions  # most pages: the names below are never read
    named = {t for m in nodes if m.what == "type" and not m.via_acronym for t in m.type_ids}
    owners = _owners(nodes, acronyms)
    unspelled = {a for a in acronyms if a not in owners and len(a) >= MIN_PAGE_ACRONYM}
    if unspelled:
        chrome = page_names()
        owners.update(_owners(chrome, unspelled))
        _narrow_shared(nodes, named, chrome)
    if not owners:
        return mentions

    def spelled(m: Mention) -> Mention:
        owner = owners.get(m.text) if _bare(m) else None
        if (owner is None or named.intersection(m.type_ids) or m.locality or m.number
                or any(_same_head(owner, t) for t in m.type_ids)):
            return m
        return replace(_copy(owner, m.start, m.end, text), intro_acronym=m.text)

    out = []
    for m in mentions:
        node = spelled(m)
        out.append(node)
        while node.parent is not None:
            node.parent = spelled(node.parent)
            node = node.parent
    return out


def _narrow_shared(nodes: list[Mention], named: set[str], chrome: list[Mention]) -> None:
    """A gazetteer acronym shared by several types (`UMWŚ`: the Śląskie and the
    Świętokrzyskie marshal's offices), none of them named in the article, stands for the one
    the page's own chrome names in full (the site's owner, `Urząd Marszałkowski Województwa
    Świętokrzyskiego` in its header)."""
    in_chrome = {t for m in chrome if m.what == "type" and not m.via_acronym for t in m.type_ids}
    for m in nodes:
        if m.via_acronym and len(m.type_ids) > 1 and not named.intersection(m.type_ids):
            owned = tuple(t for t in m.type_ids if t in in_chrome)
            if len(owned) == 1:
                m.type_ids = owned


def _owners(names: list[Mention], acronyms: set[str]) -> dict[str, Mention]:
    """The first of `names` (none a person's) whose initials spell each of `acronyms`."""
    owners: dict[str, Mention] = {}
    for m in names:
        if not m.via_acronym and m.what in ("type", "generic") and m.name:
            for initials in _spellings(m):
                if initials in acronyms and not is_person_name_line(m.name):  # a person
                    owners.setdefault(initials, m)
    return owners


def _bare(m: Mention) -> bool:
    """An acronym standing alone that a page's name may spell: a weak or shared one of the
    gazetteer, or one the model tags (named by itself)."""
    return ((m.via_acronym and m.what == "type" and _weak(m.type_ids))
            or (m.what == "generic" and m.name == m.text))


def _same_head(owner: Mention, type_id: str) -> bool:
    """The page's name opens with the word the acronym's gazetteer name does: the same
    institution, written another way ('Liga Polski Rodzin' for Liga Polskich Rodzin)."""
    name = gazetteer().types[type_id].name
    return bool(owner.name) and name.split()[0].casefold() == str(owner.name).split()[0].casefold()


def _weak(type_ids: tuple[str, ...]) -> bool:
    """An acronym the gazetteer reads only with evidence (`weak`: `PO`, `SM`, `UM`) or
    for several types: a strong one (`SLD`, `NFZ`) keeps its reading."""
    types = gazetteer().types
    return len(type_ids) > 1 or any(types[t].has("weak") for t in type_ids)


def stands_for(acr: str, mentions: Iterable[Mention]) -> bool:
    """`acr` is written for the institution of `mentions`: introduced for it, written alone
    for it, or spelled by its name's initials ('UNP' for Uniwersytet Nadwiślański w Płocku)."""
    return any(acr in (m.intro_acronym, m.text) or acr in _spellings(m) for m in mentions)


def _spellings(m: Mention) -> tuple[str, ...]:
    """The initials of a mention's name, and with its town's after them, as a university's
    acronym often takes it ('Uniwersytet Nadwiślański w Płocku' -> 'UNP')."""
    initials = _initials(m.name or "")
    if not initials or m.locality is None:
        return (initials,) if initials else ()
    town = "".join(w[0] for w in m.locality.text.replace("-", " ").split() if w[:1].isupper())
    return (initials, initials + town)


def _initials(name: str) -> str:
    """The initials of a name of two or more capitalised words ('Politechnika Opolska' ->
    'PO'; a mention's name holds no locality); '' for any other name."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)
