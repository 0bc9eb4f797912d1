"""Merge mentions into entities: acronym <-> full name, inflected forms, localities carried
over from an earlier mention, units attached to their parents."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from newsnlp.extract.institutions import name_words as words
from newsnlp.extract.institutions.acronyms import stands_for
from newsnlp.extract.institutions.canonical import acronym, canonical
from newsnlp.extract.institutions.entity import Entity
from newsnlp.extract.institutions.evidence import common_abbreviation
from newsnlp.extract.institutions.gazetteer import gazetteer, institution_kind
from newsnlp.extract.institutions.mention import Mention, flatten
from newsnlp.extract.institutions.places import locality_key
from newsnlp.morph.inflect import inflect_name
from newsnlp.morph.learned import is_locality
from newsnlp.text.legal_forms import without_legal_form

__all__ = ["merge"]


def _resolve_types(mentions: list[Mention]) -> None:
    """Pick one type for ambiguous acronyms ('UM'): the one named in full on the page; with
    a locality, among the types that take one ('PO w Katowicach' is the prosecutor's office
    even on a page that names the party)."""
    named = {m.type_ids[0] for m in mentions if m.what == "type" and not m.via_acronym}
    types = gazetteer().types
    for m in mentions:
        if len(m.type_ids) > 1:
            ids = m.type_ids
            if m.locality is not None:
                ids = tuple(t for t in ids if types[t].scope != "national") or ids
            chosen = [t for t in ids if t in named] or list(ids)
            m.type_ids = (chosen[0],)


def _base_key(m: Mention) -> tuple[str | None, ...]:
    """What must be equal for two type/generic mentions to name one institution."""
    if m.branch:
        agency = m.type_ids[0] if m.type_ids else (m.parent.type_ids[0] if m.parent else None)
        return ("branch", agency, m.name or "Oddział")  # `Oddział`, `Inspektorat`
    if m.what == "type":
        number = m.number or m.ordinal
        return ("type", m.type_ids[0], number, m.quoted, m.district, m.suffix)
    return ("generic", without_legal_form(m.name or "").lower(), m.quoted, m.number)


def _cluster(group: list[Mention]) -> list[list[Mention]]:
    """Split mentions of one key by locality; bare ones join the nearest earlier locality."""
    by_loc: dict[str, list[Mention]] = {}
    for m in group:
        if m.locality:
            by_loc.setdefault(locality_key(m.locality.text), []).append(m)
    clusters = list(by_loc.values()) or [[]]
    # The first offset of each cluster, kept up to date (recomputing it for every bare
    # mention made a page with thousands of them quadratic).
    firsts = [min((x.start for x in c), default=None) for c in clusters]
    for m in group:
        if m.locality:
            continue
        earlier = [k for k, first in enumerate(firsts) if first is not None and first <= m.start]
        k = earlier[-1] if earlier else 0
        clusters[k].append(m)
        first = firsts[k]
        firsts[k] = m.start if first is None else min(first, m.start)
    return [c for c in clusters if c]


def _town_named(mentions: list[Mention]) -> dict[str, str]:
    """Short names of the page's `<name> <town>` organisations (`Stal` for `Stal Rzeszów`,
    `Legia` for `Legia Warszawa`): clubs and firms are named by their first word once the
    page has given the town, so a mention of the short name is the same organisation."""
    out: dict[str, str] = {}
    for m in mentions:
        words = (m.name or "").split()
        if m.what == "generic" and len(words) >= 2 and is_locality(" ".join(words[1:])):
            out.setdefault(words[0].lower(), (m.name or "").lower())
    return out


def _group(mentions: list[Mention]) -> list[Entity]:
    """Entities of type, branch and generic mentions."""
    groups: dict[tuple[str | None, ...], list[Mention]] = {}
    short = _town_named(mentions)
    for m in mentions:
        if m.what != "unit" or m.branch:
            key = _base_key(m)
            if key[0] == "generic" and isinstance(key[1], str) and key[1] in short:
                key = ("generic", short[key[1]], *key[2:])
            groups.setdefault(key, []).append(m)
    out = []
    for key, group in groups.items():
        for cluster in _cluster(group):
            what = "branch" if key[0] == "branch" else cluster[0].what
            type_id = cluster[0].type_ids[0] if cluster[0].type_ids else None
            if what == "branch":
                type_id = str(key[1])
            named = [m.name for m in cluster if key[0] == "generic" and m.name
                     and without_legal_form(m.name).lower() == key[1]]
            name = max(named, key=len) if named else cluster[0].name  # with its legal form
            ent = Entity(what, type_id, name, cluster)
            for m in cluster:
                m.entity = ent
            out.append(ent)
    return out




def _same_place(a: Entity, b: Entity) -> bool:
    """True when both entities have the same locality, or `b` needs none."""
    la, lb = a.locality(), b.locality()
    if lb is None or la is None:
        return lb is None
    return locality_key(la.text) == locality_key(lb.text)


def _can_adopt(e: Entity, kinds: set[str]) -> bool:
    """True when entity `e` may be the parent of a unit of one of `kinds` ('*' = any).

    National institutions never adopt a unit named without its parent: such a unit
    ('Wydział Prewencji') belongs to the local institution the article is about. A
    university is national in name only (one body in one town): the article's bare
    faculty or clinic is its own where no local institution of the page may adopt it.
    """
    if e.what == "unit":
        return False
    t = gazetteer().types.get(e.type_id or "")
    if t is None:  # a name outside the gazetteer adopts only a unit its kind allows by name
        return e.what == "generic" and e.mentions[0].kind in kinds
    if e.what != "type" or (t.scope == "national" and t.kind != "university"):
        return False
    return "*" in kinds or t.kind in kinds


def _national(e: Entity) -> bool:
    """A gazetteer name of one national body (a university, here)."""
    t = gazetteer().types.get(e.type_id or "")
    return t is not None and t.scope == "national"


def _names_parent(word: str) -> bool:
    """A unit's last word that is an institution's acronym: capitals, not a Roman number
    nor a common noun's abbreviation (`Dział IT`, `Dział BHP`, `Oddział II`)."""
    return (len(word) > 1 and word.isalpha() and word.isupper()
            and not set(word) <= set("IVXLC") and not common_abbreviation(word))


def _candidate_parent(ent: Entity, kinds: Iterable[str],
                      entities: list[Entity]) -> Entity | None:
    """The most mentioned institution of an allowed kind (earliest on ties); one the unit's
    name ends with an acronym of ('Dział Promocji UNP'), if it does."""
    allowed = set(kinds)
    found = [e for e in entities if e is not ent and _can_adopt(e, allowed)]
    local = [e for e in found if not _national(e)]  # a university only where no local
    found = local or found  # institution of the page may adopt (its Wydział Edukacji)
    last = (ent.name or "").rsplit(" ", 1)[-1]
    if _names_parent(last):
        found = [e for e in found if last == acronym(e) or stands_for(last, e.mentions)]
    if not found:
        return None
    return max(found, key=lambda e: (len(e.mentions), -e.first()))


def _attach_type_parents(entities: list[Entity]) -> None:
    """Types with a parent type (Komisariat -> KMP, JRG -> KM PSP, SOR -> hospital)."""
    gaz = gazetteer()
    for ent in entities:
        if ent.what != "type" or ent.type_id is None or ent.parent is not None:
            continue
        t = gaz.types[ent.type_id]
        explicit = [m.parent for m in ent.mentions if m.parent is not None]
        if explicit:
            ent.parent = explicit[0].entity
            continue
        if not t.parents:
            continue
        cands = [e for e in entities if e.type_id in t.parents and e is not ent]
        if t.scope not in ("unit", "national"):  # one national body's part has one parent
            cands = [e for e in cands if _same_place(ent, e) and ent.locality()]
        if cands:
            ent.parent = max(cands, key=lambda e: len(e.mentions))


def _unit_order(m: Mention) -> tuple[bool, int]:
    """Units with a parent first, those nearest to an institution first among them."""
    depth, node = 0, m.parent
    while node is not None and node.what == "unit":
        depth, node = depth + 1, node.parent
    return (m.parent is None, depth)


def _unit_kinds(m: Mention) -> tuple[str, ...]:
    """Kinds of institution a unit may belong to: by its head, narrowed by its name
    ('Wydział Prewencji' is a police unit, whatever 'Wydział' allows)."""
    vocab = gazetteer().vocabulary
    kinds = vocab.unit_heads.get(m.head or "", ())
    for stem, hinted in vocab.unit_name_hints.items():
        if stem in (m.name or ""):
            return tuple(k for k in hinted if "*" in kinds or k in kinds)
    return kinds


def _named_by_owner(m: Mention) -> bool:
    """A board named by its organisation ('Zarząd Agory'): a unit of an owner-named head
    with a capitalised name after the head ('Zarząd i Rada Nadzorcza' names none)."""
    words = (m.name or "").split()
    return (m.head in gazetteer().vocabulary.owner_named_heads
            and len(words) > 1 and words[1][:1].isupper())


def _owner(m: Mention, entities: list[Entity]) -> Entity | None:
    """The institution of the page whose name, in the genitive, the board's name holds
    after its head ('Zarząd Fundacji X' -> 'Fundacja X'), or None."""
    rest = " ".join((m.name or "").split()[1:]).lower()
    return next((e for e in entities if e.what != "unit"
                 and inflect_name(canonical(e), "gen").lower().startswith(rest)), None)


def _named_alone(m: Mention) -> bool:
    """A unit no institution of the page may adopt stays an organisation of its own when its
    name holds a common word beyond its head ('Wydział Matematyki'; a bare 'Wydział' refers
    back, and a head before a person's name is an eponym: 'zespół Tourette', a syndrome)."""
    return words.names_a_body(m.name or "")


def _attach_units(mentions: list[Mention], entities: list[Entity]) -> None:
    """Unit mentions become entities under their parent (explicit, or inferred by kind)."""
    units = [m for m in mentions if m.what == "unit" and not m.branch]
    by_name: dict[str, list[Entity]] = {}  # unit entities by lower-case name, in order
    for e in entities:
        if e.what == "unit":
            by_name.setdefault((e.name or "").lower(), []).append(e)
    for m in sorted(units, key=_unit_order):
        parent = m.parent.entity if m.parent is not None else None
        name = (m.name or "").lower()
        same = [e for e in by_name.get(name, []) if parent is None or e.parent is parent]
        if same:
            same[0].mentions.append(m)
            m.entity = same[0]
            continue
        if parent is None and _named_by_owner(m):
            unit = Entity("unit", None, m.name, [m], _owner(m, entities), "named")
            m.entity = unit
            entities.append(unit)
            by_name.setdefault(name, []).append(unit)
            continue
        if parent is None:
            probe = Entity("unit", None, m.name, [m])
            kinds = _unit_kinds(m)
            parent = _candidate_parent(probe, kinds, entities)
            if parent is None and not _named_alone(m):
                continue
            if parent is None and len(kinds) == 1 and kinds[0] != "*":
                m.kind = institution_kind(kinds[0])  # the one its name allows ('Prewencji')
        unit = Entity("unit", None, m.name, [m], parent, m.parent_link)
        m.entity = unit
        entities.append(unit)
        by_name.setdefault(name, []).append(unit)


def merge(top: list[Mention], tagged: Collection[tuple[int, int]] = ()) -> list[Entity]:
    """Entities of the page, each with its mentions and parent. `tagged` are the NER model's
    organisation spans: a generic type name the model tags as a name is kept."""
    mentions = flatten(top)
    _resolve_types(mentions)
    entities = _group(mentions)
    _attach_type_parents(entities)
    _attach_units(mentions, entities)
    for ent in entities:
        if ent.what == "branch":
            owner = next((m.parent for m in ent.mentions if m.parent is not None), None)
            ent.parent = owner.entity if owner else None
    return [e for e in entities if _keep(e, tagged)]


_SLOTS = ("locality", "number", "patron", "quoted", "suffix", "district")


def _keep(ent: Entity, tagged: Collection[tuple[int, int]]) -> bool:
    """Drop entities made only of weak bare acronyms ('SM', 'PO' alone), and bare generic
    type names ('Dom Kultury', 'Zespół Szkół') that no mention pins down and the NER model
    does not tag ('warszawskiej Akademii Sztuk Pięknych': the model reads the context)."""
    if ent.what != "type" or ent.type_id is None:
        return True
    t = gazetteer().types[ent.type_id]
    if t.has("generic") and not any(getattr(m, a) for m in ent.mentions for a in _SLOTS):
        return any(m.ordinal or (m.start, m.end) in tagged for m in ent.mentions)
    return ent.explicit() or not t.has("weak")
