"""The public entry point: content blocks in, `Institution` entities out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsnlp.extract.institutions import canonical as names
from newsnlp.extract.institutions.acronyms import (
    introduced_mentions,
    spelled_acronyms,
    spelled_uses,
)
from newsnlp.extract.institutions.candidates import find_mentions
from newsnlp.extract.institutions.companies import may_have_companies, with_legal_forms
from newsnlp.extract.institutions.ends import (
    cut_at_model_starts,
    cut_at_persons,
    extend_to_model,
    localities_from_model,
    widen_to_model,
)
from newsnlp.extract.institutions.entity import Entity
from newsnlp.extract.institutions.evidence import uncontradicted
from newsnlp.extract.institutions.extra import extra_mentions, trimmed, unexpanded_acronyms
from newsnlp.extract.institutions.mention import Mention
from newsnlp.extract.institutions.merge import merge
from newsnlp.extract.institutions.model_units import units_from_model
from newsnlp.extract.institutions.org_kind import organisation_kind
from newsnlp.extract.institutions.registered import with_registered_forms
from newsnlp.extract.institutions.seats import with_seats
from newsnlp.extract.institutions.teams import team_mentions
from newsnlp.layout.blocks import Block, content_spans
from newsnlp.models import Institution, Span
from newsnlp.resources import VERSION1, compile_pattern

__all__ = ["extract_institutions"]


def _spans(text: str, ent: Entity) -> list[Span]:
    """Distinct mention spans of an entity, in page order."""
    seen = sorted({(m.start, m.end) for m in ent.mentions})
    return [Span(start=s, end=e, text=text[s:e]) for s, e in seen]


def _to_models(text: str, entities: list[Entity]) -> list[Institution]:
    """Number entities by first mention and convert them to `Institution`s.

    Two clusters that end up with the same canonical name are one institution.
    """
    entities = sorted(entities, key=lambda e: e.first())
    cache: dict[int, str] = {}
    ids: dict[int, str] = {}
    out: list[Institution] = []
    seen: dict[str, Institution] = {}
    for ent in entities:
        canon = names.canonical(ent, cache)
        prev = seen.get(canon.lower())
        if prev is not None:
            merged = {(s.start, s.end): s for s in [*prev.mentions, *_spans(text, ent)]}
            prev.mentions = [merged[k] for k in sorted(merged)]
            ids[id(ent)] = prev.id
            continue
        spans = _spans(text, ent)
        kind = names.kind(ent)
        if kind == "organisation":  # no gazetteer type nor head word names it
            kind = organisation_kind(text, [(s.start, s.end) for s in spans])
        inst = Institution(
            id=f"I{len(out) + 1}", canonical=canon, acronym=names.acronym(ent),
            kind=kind, locality=names.locality_nominative(ent), mentions=spans,
        )
        ids[id(ent)] = inst.id
        seen[canon.lower()] = inst
        out.append(inst)
    _link_parents(entities, out, ids)
    return out


def _link_parents(entities: list[Entity], out: list[Institution], ids: dict[int, str]) -> None:
    """Set `parent` ids once every entity has its final id."""
    by_id = {inst.id: inst for inst in out}
    for ent in entities:
        inst = by_id[ids[id(ent)]]
        parent_id = ids.get(id(ent.parent)) if ent.parent is not None else None
        if parent_id and inst.parent is None and parent_id != inst.id:
            inst.parent = parent_id


# where a site names its owner: its header and menus, its footer, the page's own lines
# (not other articles' headlines, ads or comments, which name other institutions)
OWNER_CHROME = frozenset({"navigation", "footer", "metadata", "other"})
_PATRON_HINT = compile_pattern(r"\bim\.|\bimienia\b", VERSION1)


def _owner_chrome(blocks: Sequence[Block]) -> list[Block]:
    """The page's own chrome blocks (`OWNER_CHROME`), as article text to read names in."""
    return [replace(b, kind="paragraph") for b in blocks
            if b.kind == "chrome" and b.chrome in OWNER_CHROME]


def chrome_names(text: str, blocks: Sequence[Block]) -> list[Mention]:
    """The names in the page's own chrome, read as an article's text is: evidence of what
    an article's acronym spells, never mentions of their own."""
    return find_mentions(text, _owner_chrome(blocks))


def registered_names(text: str, blocks: Sequence[Block]) -> list[Mention]:
    """The names in the page's own chrome lines that may hold a registered name, a legal
    form or a patron (`MZK w Koninie Sp. z o.o.`, `ZSP nr 2 im. Jana Pawła II`), with
    their legal forms: the site's owner as it names itself."""
    return with_legal_forms(text, find_mentions(text, [
        b for b in _owner_chrome(blocks) if may_have_companies(text, b.start, b.end)
        or _PATRON_HINT.search(text, b.start, b.end) is not None]))


def extract_institutions(
    text: str, blocks: Sequence[Block], *, extra_candidates: Sequence[tuple[int, int]] = (),
    persons: Sequence[tuple[int, int]] = (),
) -> list[Institution]:
    """Every named institution in the content blocks of `text`, mentions merged.

    `extra_candidates` are organisation spans from a spaCy NER model (`newsnlp.extract.ner`); they
    are normalised like our own candidates and used where they add a new name. `persons` are
    the model's person spans: no name runs into one.
    """
    spans = content_spans(blocks)
    model = [trimmed(text, s, e) for s, e in extra_candidates]  # no name ends with `w`
    extra_candidates = [(s, e) for s, e in model if s < e]
    mentions = with_seats(text, with_legal_forms(text, find_mentions(text, blocks)))
    mentions = widen_to_model(text, cut_at_persons(text, mentions, persons), extra_candidates)
    mentions = extend_to_model(text, cut_at_model_starts(text, mentions, extra_candidates),
                               extra_candidates)
    mentions = units_from_model(text, mentions, extra_candidates)
    mentions = localities_from_model(text, mentions, extra_candidates)
    mentions = unexpanded_acronyms(text, mentions, extra_candidates)
    mentions += extra_mentions(text, extra_candidates, spans, mentions)
    mentions = uncontradicted(text, mentions)
    mentions += introduced_mentions(text, spans, mentions)
    mentions = spelled_acronyms(text, mentions, lambda: chrome_names(text, blocks))
    mentions = with_registered_forms(mentions, lambda: registered_names(text, blocks))
    mentions += spelled_uses(text, spans, mentions)
    mentions += team_mentions(text, spans, mentions)
    return _to_models(text, merge(mentions, frozenset(extra_candidates)))
