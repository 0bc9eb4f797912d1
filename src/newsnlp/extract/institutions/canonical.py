"""Canonical names, acronyms, kinds and localities of merged entities.

Names come from data where we can (gazetteer canonical + number/patron + locality as the
page writes it in the locative); units are '<unit> <parent canonical in the genitive>'.
"""

from __future__ import annotations

from newsnlp.extract.institutions.acronyms import stands_for
from newsnlp.extract.institutions.entity import Entity
from newsnlp.extract.institutions.gazetteer import InstType, gazetteer
from newsnlp.extract.institutions.mention import Locality
from newsnlp.extract.institutions.places import locative, nominative, preposition
from newsnlp.extract.institutions.slots import in_capital
from newsnlp.models import InstitutionKind
from newsnlp.morph.inflect import inflect_name
from newsnlp.morph.learned import is_locality

__all__ = ["acronym", "canonical", "kind", "locality_nominative"]


def _locative_phrase(loc: Locality) -> str:
    """' w Sosnowcu' from a locality written either way."""
    if loc.locative:
        return f" {loc.prep} {loc.text}"
    form = locative(loc.text)
    if form is None:
        return f" {loc.text}"
    return f" {preposition(form)} {form}"


def _number(value: str) -> str:
    """' nr 12' for Arabic numbers, ' II' for Roman ones."""
    return f" nr {value}" if value[:1].isdigit() else f" {value}"


def _type_name(ent: Entity, t: InstType) -> str:
    """Gazetteer name with number, quoted name, district, patron and name suffix."""
    ordinal = next((m.ordinal for m in ent.mentions if m.ordinal), None)
    name = f"{ordinal} {t.name}" if ordinal else t.name
    for attr, fmt in (("suffix", " {}".format), ("number", _number), ("quoted", " {}".format),
                      ("district", " {}".format), ("patron", " {}".format)):
        value = ent.attr(attr)
        if value:
            name += fmt(value)
    return name


def _with_locality(name: str, ent: Entity, t: InstType | None) -> str:
    """Append the locality the way the type takes it, unless the name already ends with it
    (a name read whole with its `w X`)."""
    loc = ent.locality()
    if loc is None:
        return name
    if t is not None and t.scope == "named":
        direct = [m.locality for m in ent.mentions if m.locality and not m.locality.locative]
        if direct:
            return f"{name} {direct[0].text}"
    phrase = _locative_phrase(loc)
    return name if name.endswith(phrase) else name + phrase


def canonical(ent: Entity, cache: dict[int, str] | None = None) -> str:
    """Full nominative name with locality ('Komenda Miejska Policji w Sosnowcu')."""
    cache = {} if cache is None else cache
    if id(ent) in cache:
        return cache[id(ent)]
    gaz = gazetteer()
    t = gaz.types.get(ent.type_id or "")
    parent = canonical(ent.parent, cache) if ent.parent is not None else None
    if ent.what == "branch" and t is not None:
        loc = ent.locality()
        head = ent.name or "Oddział"
        first = head in gazetteer().vocabulary.branch_heads_first  # `Biuro Powiatowe ARiMR`
        name = (f"{head} {inflect_name(t.name, 'gen')}" if first else f"{t.name} {head}") + (
            _locative_phrase(loc) if loc else "")
    elif ent.what == "unit" and ent.parent_link == "named":  # 'Zarząd Agory'
        name = ent.name or ""
    elif ent.what == "unit" and parent is not None:
        case = "loc" if ent.parent_link == "przy" else "gen"
        link = " przy " if ent.parent_link == "przy" else " "
        written = f"{link}{_parent_as_written(ent) or inflect_name(parent, case)}"
        # a unit whose own name already ends with its parent's ('Zarząd Fundacji X'), or
        # with the parent's acronym, which the parent's name replaces ('Dział Ekonomiki LODR')
        own = _without_acronym(ent.name or "", ent.parent) if ent.parent else ent.name or ""
        name = own if own.endswith(written) else f"{own}{written}"
        if ent.parent is not None and ent.parent.locality() is None:  # a territorial unit's
            name = _with_locality(name, ent, None)  # own seat ('Okręg PZW w Toruniu')
    elif t is not None and t.scope == "unit" and parent is not None:
        name = f"{_type_name(ent, t)} {inflect_name(parent, 'gen')}"
    elif t is not None and t.scope == "unit" and ent.locality() is not None:
        name = f"{_type_name(ent, t)} {_implied_parent(ent, t)}"
    elif t is not None:
        name = _with_locality(_type_name(ent, t), ent, t)
    else:
        name = _with_locality(_generic_name(ent), ent, None)
    form = ent.attr("legal_form")
    if form is not None and not name.endswith(form):
        name = _with_form(name, form, ent)
    cache[id(ent)] = name
    return name


def _parent_as_written(unit: Entity) -> str | None:
    """The parent's name as the unit's mention writes it, for a parent whose units keep its
    acronym by statute (`units_by_acronym`: 'Komisja Zakładowa NSZZ „Solidarność”')."""
    t = gazetteer().types.get(unit.parent.type_id or "") if unit.parent else None
    if t is None or not t.has("units_by_acronym"):
        return None
    return next((m.parent.text for m in unit.mentions if m.parent is not None), None)


def _without_acronym(name: str, parent: Entity) -> str:
    """`name` without a last word that is the parent's acronym: its own (`acronym`) or one
    the page writes for it (`Dział Ekonomiki LODR` under the Lubelski Ośrodek)."""
    last = name.rsplit(" ", 1)[-1]
    ours = last == acronym(parent) or (last.isupper() and stands_for(last, parent.mentions))
    return name[:-len(last) - 1] if " " in name and ours else name


def _with_form(name: str, form: str, ent: Entity) -> str:
    """A company's registered name ends with its legal form, or has it before its town where
    the page writes the town after the form (`Miejskie Przedsiębiorstwo Wodociągów i
    Kanalizacji sp. z o.o. w Siedlcach`)."""
    loc = ent.locality()
    phrase = _locative_phrase(loc) if loc is not None else ""
    if phrase and name.endswith(phrase) and any(m.seat_after_form for m in ent.mentions):
        return f"{name[:-len(phrase)]} {form}{phrase}"
    return f"{name} {form}"


def _implied_parent(ent: Entity, t: InstType) -> str:
    """'Komendy Miejskiej Państwowej Straży Pożarnej w Katowicach' for a unit named only
    with its town: a city with powiat rights has a 'Miejska' command, others 'Powiatowa'."""
    gaz = gazetteer()
    loc = ent.locality()
    assert loc is not None
    city = nominative(loc.text, loc.locative) in gaz.powiat_cities
    parents = [gaz.types[p] for p in t.parents if p in gaz.types]
    wanted = "Miejsk" if city else "Powiatow"
    chosen = next((p for p in parents if wanted in p.name), parents[0] if parents else None)
    if chosen is None:
        return _locative_phrase(loc).strip()
    return inflect_name(chosen.name, "gen") + _locative_phrase(loc)


def _generic_name(ent: Entity) -> str:
    """Nominative name of an organisation outside the gazetteer, with the words after its
    head, its number, quote and patron (`Publiczna Szkoła Podstawowa nr 21`, `Centralny
    Szpital Kliniczny Uniwersytetu Medycznego`: an adjective made a type's name generic)."""
    name = ent.name or ent.mentions[0].text
    for attr, fmt in (("suffix", " {}".format), ("number", _number), ("quoted", " {}".format),
                      ("patron", " {}".format)):
        value = ent.attr(attr)
        if value and value not in name:
            name += fmt(value)
    return name


def acronym(ent: Entity) -> str | None:
    """The usual acronym: the type's (not for branches or plain units), or one introduced."""
    if ent.what in ("branch", "unit"):
        return None
    introduced = ent.attr("intro_acronym")
    t = gazetteer().types.get(ent.type_id or "")
    if t is not None and ent.what == "type":
        return introduced or t.acronym  # the page's own acronym wins ('(PZON)')
    if introduced is None and ent.what == "generic":  # an organisation named by its acronym
        bare = {m.name for m in ent.mentions if m.name and m.name.isupper() and " " not in m.name}
        return bare.pop() if len(bare) == 1 else None
    return introduced


def kind(ent: Entity) -> InstitutionKind:
    """Taxonomy key: the type's kind, a generic head's kind, or the parent's for units."""
    t = gazetteer().types.get(ent.type_id or "")
    if t is not None:
        return t.kind
    if ent.what == "unit" and ent.parent is not None:
        return kind(ent.parent)
    return next((m.kind for m in ent.mentions if m.kind), "organisation")


def locality_nominative(ent: Entity) -> str | None:
    """The town in the nominative, preferring a form the page writes in the nominative."""
    locs = [m.locality for m in ent.mentions if m.locality]
    if not locs and ent.parent is not None and ent.what != "branch":
        return locality_nominative(ent.parent)
    direct = [loc for loc in locs if not loc.locative]
    t = gazetteer().types.get(ent.type_id or "")
    if direct and (t is None or t.scope != "named"):
        return _town(direct[0].text)
    if locs and locs[0].locative:
        return nominative(locs[0].text, True)
    return _town(direct[0].text) if direct else None


def _town(written: str) -> str:
    """A town written without `w` in the nominative: as written when it is a known town,
    else its known town lemma (`Urząd Miasta Tarnowa` -> Tarnów), else as written; a Warsaw
    district's office is in Warsaw (`Urząd Dzielnicy Ursus m.st. Warszawy`)."""
    if in_capital(written):
        return "Warszawa"
    if is_locality(written):
        return written
    lemma = nominative(written, True)
    return lemma if is_locality(lemma) else written
