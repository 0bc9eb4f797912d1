"""Another country's body named like a Polish one: 'Sąd Najwyższy USA', 'niemieckie
Ministerstwo Finansów', 'ministerstwo spraw wewnętrznych Dolnej Saksonii'.

The gazetteer names Polish institutions. A country in the genitive right after such a name
(`foreign_after` in data/institutions/entities.json), the stem of a country adjective right
before it (`foreign_before`), or, after a national body (Poland has one of each, named
without a place), a place name in the genitive that is no person's name, makes it that
country's or region's body. It stays an organisation, named with its country, and is never
the Polish institution. A word that says only "that country's" (`anaphoric_before`:
'tamtejsze ministerstwo') names no country, and the mention is dropped.
"""

from __future__ import annotations

from newsnlp.extract.institutions.gazetteer import evidence_rules, gazetteer
from newsnlp.extract.institutions.mention import Mention
from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.baseform import base_form

__all__ = ["foreign_counterpart"]

_WINDOW = 40  # characters read on either side of a name
_POLAND = frozenset({"Polski", "Rzeczypospolitej", "RP", "Polskiej"})


def _country_after(text: str, m: Mention) -> str | None:
    """The country or place in the genitive written right after the name, or None."""
    after = text[m.end:m.end + _WINDOW]
    if after[:1] != " ":
        return None
    for c in evidence_rules()["foreign_after"]:
        if after[1:].startswith(c) and not after[1 + len(c):][:1].isalpha():
            return str(c)
    if not any(gazetteer().types[t].scope == "national" for t in m.type_ids):
        return None
    words: list[str] = []
    for word in after.split()[:2]:
        bare = word.rstrip(".,;:!?)")
        if not bare[:1].isupper() or not bare.isalpha():
            break
        words.append(bare)
        if bare not in _POLAND and _only_place_genitive(bare):
            return " ".join(words)
        if bare != word:
            break
    return None


def _only_place_genitive(word: str) -> bool:
    """`word` reads as a place in the genitive and never as a person's name ('Jan')."""
    readings = morphology.analyse(word)
    return (not any({"imię", "nazwisko"} & set(a.qualifiers) for a in readings)
            and any("nazwa_geograficzna" in a.qualifiers
                    and "gen" in morphology.tag_values(a.tag)[2] for a in readings))


def foreign_counterpart(text: str, m: Mention) -> Mention | None:
    """`m` when it names a Polish institution; else the other country's body as an
    organisation of its own ('Sąd Najwyższy USA', its country in the mention; 'Amerykański
    Senat', the adjective outside it), or None when the
    text says only that it is foreign ('tamtejsze ministerstwo gospodarki')."""
    t = gazetteer().types[m.type_ids[0]]
    country = _country_after(text, m)
    if country is not None:  # the mention is the longest name string: 'Sąd Najwyższy USA'
        end = m.end + 1 + len(country)
        return Mention(m.start, end, text[m.start:end], "generic", name=f"{t.name} {country}",
                       kind=t.kind)
    before = text[max(0, m.start - _WINDOW):m.start].split()
    word = before[-1].casefold() if before else ""
    if word.startswith(tuple(evidence_rules()["anaphoric_before"])):
        return None
    if not word.startswith(tuple(evidence_rules()["foreign_before"])):
        return m
    name = base_form(f"{before[-1]} {m.text}")
    return Mention(m.start, m.end, m.text, "generic", name=name[:1].upper() + name[1:],
                   kind=t.kind)
