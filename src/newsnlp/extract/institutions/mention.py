"""The internal record of one institution mention found on the page."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsnlp.models import InstitutionKind

if TYPE_CHECKING:
    from newsnlp.extract.institutions.entity import Entity

__all__ = ["Locality", "Mention", "chain", "copied", "flatten"]


@dataclass(frozen=True)
class Locality:
    """A town attached to a mention: as written, and whether it was in the locative."""

    text: str  # "Bielsku-Białej", "Zielona Góra", "Rybnika"
    locative: bool  # True after "w"/"we"
    prep: str = "w"


@dataclass
class Mention:
    """One name string on the page and what it names (type, unit or generic organisation)."""

    start: int
    end: int
    text: str
    what: str  # type | unit | generic
    type_ids: tuple[str, ...] = ()
    name: str | None = None  # nominative name of a unit/generic organisation (no locality)
    via_acronym: bool = False
    locality: Locality | None = None
    number: str | None = None
    patron: str | None = None
    quoted: str | None = None
    district: str | None = None
    suffix: str | None = None  # a proper name after a type name ("Dom Kultury Włókniarzy")
    branch: bool = False  # "<agency> Oddział w X"
    parent: Mention | None = None
    parent_link: str = "gen"  # gen | przy
    intro_acronym: str | None = None
    intro_span: tuple[int, int] | None = None  # where the bracketed acronym stands
    kind: InstitutionKind | None = None
    entity: Entity | None = None  # the entity it was merged into (set while merging)
    case: str | None = None  # grammatical case the name is written in
    name_end: int | None = None  # end of the name proper, before its slots
    ordinal: str | None = None  # a Roman ordinal before the name ('I Liceum')
    head: str | None = None  # the unit head word's reference id
    legal_form: str | None = None  # written right after the name ('sp. z o.o.', 'S.A.')
    seat_after_form: bool = False  # the town written after the legal form ('Sp. z o.o. w X')


def copied(m: Mention) -> Mention:
    """A mention and its parents, copied (a caller may adjust a built parent's start)."""
    return replace(m, parent=copied(m.parent) if m.parent is not None else None)


def chain(m: Mention) -> list[Mention]:
    """A mention and the parents embedded in it, outermost last."""
    out = [m]
    while out[-1].parent is not None:
        out.append(out[-1].parent)
    return out


def flatten(mentions: Iterable[Mention]) -> list[Mention]:
    """Every mention with the parents embedded in it, in page order."""
    out = [node for m in mentions for node in chain(m)]
    return sorted(out, key=lambda m: (m.start, -m.end))
