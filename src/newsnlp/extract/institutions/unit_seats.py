"""The seat of a national association's territorial unit: 'Okręgu PZW w Toruniu', 'Oddział
PTTK w Sandomierzu'. The association is one body and names no town, so the town written
right after its name, when one of its territorial units opens the name, is the unit's."""

from __future__ import annotations

from newsnlp.extract.institutions.gazetteer import gazetteer
from newsnlp.extract.institutions.mention import Mention
from newsnlp.extract.institutions.slots import locality_at

__all__ = ["with_unit_seats"]


def with_unit_seats(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` whose territorial units of a national association (`territorial_heads`)
    take the town written after the association's name."""
    for m in mentions:
        if _territorial(text, m) and (seat := locality_at(text, m.end)) is not None:
            m.locality, m.end = seat
            m.text = text[m.start:m.end]
    return mentions


def _territorial(text: str, m: Mention) -> bool:
    """A unit without a town, named by a territorial head, that ends with its national
    association's name or the unit's number after it (`Koła PZW nr 27`)."""
    p, gaz = m.parent, gazetteer()
    if m.what != "unit" or m.locality is not None or p is None or p.what != "type":
        return False
    t = gaz.types[p.type_ids[0]]
    name = m.name or ""
    ends = m.end == p.end or text[p.end:m.end].lstrip().startswith("nr ")
    return (t.scope == "national" and t.kind == "ngo" and ends
            and any(name == h or name.startswith(h + " ")
                    for h in gaz.vocabulary.territorial_heads))
