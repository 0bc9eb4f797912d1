"""The site owner's registered name: a company's or an institution's own pages name it in
full in their header or footer, with its legal form and seat (`Miejski Zakład Komunikacji w
Koninie Sp. z o.o.`, `© 2026 Szpital Powiatowy w Węgrowie sp. z o.o.`), and by its type
name or acronym in their articles (`MZK`, `Szpital Powiatowy w Węgrowie`). The article's
name of that type is that company: it takes the legal form, and the seat where it names
none, as its own mentions would have given them."""

from __future__ import annotations

from collections.abc import Callable

from newsnlp.extract.institutions.mention import Locality, Mention, chain
from newsnlp.extract.institutions.places import nominative

__all__ = ["with_registered_forms"]


def with_registered_forms(mentions: list[Mention],
                          owner_names: Callable[[], list[Mention]]) -> list[Mention]:
    """`mentions` whose typed names lack what the page's own name of the same type and
    number gives (`owner_names`, read once, when a typed name lacks either): its patron,
    and its legal form with the seat the registered name holds (a town is the article's to
    attach otherwise, CONVENTIONS); a seat that contradicts it keeps them as they are."""
    wanting = [n for m in mentions for n in chain(m)
               if n.what == "type" and (n.legal_form is None or n.patron is None)]
    if not wanting:
        return mentions
    registered = _registered(owner_names())
    for node in wanting:
        owner = next((registered[t, node.number] for t in node.type_ids
                      if (t, node.number) in registered), None)
        if owner is None or not _same_seat(node.locality, owner.locality):
            continue
        node.patron = node.patron or owner.patron
        if node.legal_form is None and owner.legal_form is not None:
            node.legal_form = owner.legal_form
            # a registered name without a town puts the article's town after its form
            node.seat_after_form = owner.seat_after_form or owner.locality is None
            node.locality = node.locality or owner.locality
    return mentions


def _registered(names: list[Mention]) -> dict[tuple[str, str | None], Mention]:
    """Each gazetteer type and number the page's own chrome names with a legal form or a
    patron, when it names it one way only (a portal's footer listing partners names
    several)."""
    seen: dict[tuple[str, str | None], set[tuple[str | None, ...]]] = {}
    first: dict[tuple[str, str | None], Mention] = {}
    for m in names:
        if m.what == "type" and not m.via_acronym and (m.legal_form or m.patron):
            for t in m.type_ids:
                seen.setdefault((t, m.number), set()).add(
                    (m.legal_form, m.patron, _town(m.locality)))
                first.setdefault((t, m.number), m)
    return {key: m for key, m in first.items() if len(seen[key]) == 1}


def _town(loc: Locality | None) -> str | None:
    """The town's nominative, the key two spellings of one seat share."""
    return None if loc is None else nominative(loc.text, loc.locative)


def _same_seat(article: Locality | None, owner: Locality | None) -> bool:
    """The article's seat and the registered one are one town, or either is unknown."""
    return article is None or owner is None or _town(article) == _town(owner)
