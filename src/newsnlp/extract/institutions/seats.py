"""Seats written after a name that the name's own reading leaves: the town of a national
association's territorial unit ('Okręgu PZW w Toruniu', 'Oddział PTTK w Sandomierzu': the
association is one body and names no town, so the town after its name is the unit's) or of a
national academic body's named part ('Instytut Geografii PAN w Warszawie'), and
the town an organisation with a quoted name is from ('Fundacja „Promyk” z Brzeska', 'KGW
„Jazowianki” z Jazowska': its seat, `w Brzesku`)."""

from __future__ import annotations

from newsnlp.extract.institutions.academic import is_academic
from newsnlp.extract.institutions.gazetteer import gazetteer
from newsnlp.extract.institutions.mention import Mention
from newsnlp.extract.institutions.slots import from_place_at, locality_at

__all__ = ["with_seats"]


def with_seats(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the seats written after them that their reading left."""
    for m in mentions:
        seat = (locality_at(text, m.end) if _territorial(text, m) or _named_part(m)
                else from_place_at(text, m.end) if _quoted(m) else None)
        if seat is not None:
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


def _named_part(m: Mention) -> bool:
    """A named part of one national academic body, a generic head before its name in the
    genitive (`Instytut Geografii PAN w Warszawie`, `Instytut Katalizy … im. Jerzego Habera
    PAN w Krakowie`): the body names no town, so the town after it is the part's seat. Other
    national bodies have one seat, and a town after them is the sentence's (`Orkiestra
    Komendy Głównej Policji w Zakopanem`, a concert's)."""
    p, gaz = m.parent, gazetteer()
    return (m.what == "unit" and m.locality is None and p is not None and p.what == "type"
            and m.end == p.end and p.locality is None
            and m.head in gaz.vocabulary.generic_heads
            and all(is_academic(gaz.types[t]) for t in p.type_ids))


def _quoted(m: Mention) -> bool:
    """An organisation without a town that ends with its quoted name (`„Promyk”`)."""
    return m.locality is None and m.quoted is not None and m.text.endswith(m.quoted)
