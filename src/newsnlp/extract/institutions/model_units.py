"""Units the model names with their parent: 'Komisji Oświaty i Wychowania Rady Miejskiej'.

The rules find the parent ('Rady Miejskiej') but know only a closed list of unit heads
('Wydział', 'Biuro', ...). When the model tags a longer organisation that ends where a
found institution ends, the words before it name a unit of that institution (a committee,
an editorial office, a scout troop) as long as they read as a name: a capitalised noun that
is no person's title, then capitalised words or connectors. The mention becomes that unit,
with the institution as its parent, as the rules' own units are.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from newsnlp.extract.institutions.companies import is_company_body
from newsnlp.extract.institutions.gazetteer import evidence_rules, gazetteer
from newsnlp.extract.institutions.mention import Mention
from newsnlp.extract.institutions.places import looks_like_person
from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.baseform import base_form

__all__ = ["units_from_model"]

_MAX_WORDS = 6


def _names_a_body(word: str) -> bool:
    """A capitalised common noun that can head an organisation's name: a common-noun
    reading (not a place's or a person's name: 'Polska'), none of them masculine personal
    (an office holder: 'Przewodniczący', 'Sekretarz', 'Prezes') nor another word that heads
    no organisation (`not_organisation_heads`: 'Członkini', 'Sala')."""
    readings = [a for a in morphology.analyse(word)
                if a.tag.startswith("subst") and a.lemma.islower()]
    stop = evidence_rules()["not_organisation_heads"]
    return bool(readings) and all(
        len(t) > 3 and "m1" not in t[3] and a.lemma not in stop
        for a in readings for t in [morphology.tag_values(a.tag)])


def unit_words(piece: str) -> bool:
    """`piece` reads as a unit's name before its parent: a body's head noun, then up to five
    capitalised words or connectors, ending with a capitalised word, and no person."""
    words = piece.split()
    connectors = gazetteer().vocabulary.connectors
    if not 0 < len(words) <= _MAX_WORDS or not _names_a_body(words[0]):
        return False
    if is_company_body(words[0]):  # 'Rady Nadzorczej X S.A.': the company's board
        return False
    if not words[-1][:1].isupper() or looks_like_person(piece):
        return False
    return all((w[:1].isupper() and w.replace("-", "").isalpha()) or w.lower() in connectors
               or w == "ds." for w in words)


def units_from_model(text: str, mentions: Sequence[Mention],
                     orgs: Sequence[tuple[int, int]]) -> list[Mention]:
    """`mentions`, each found institution that a model span extends to the left by a unit's
    name replaced by that unit (the institution kept as its parent)."""
    by_end = sorted((e, s) for s, e in orgs)
    ends = [e for e, _ in by_end]
    out: list[Mention] = []
    for m in mentions:
        unit = None
        if m.what in ("type", "generic") and m.parent is None:
            k = bisect_left(ends, m.end)
            while unit is None and k < len(by_end) and by_end[k][0] == m.end:
                start = by_end[k][1]
                if start < m.start and unit_words(text[start:m.start]):
                    unit = Mention(start, m.end, text[start:m.end], "unit",
                                   name=base_form(text[start:m.start].strip()), parent=m)
                k += 1
        out.append(unit or m)
    return out
