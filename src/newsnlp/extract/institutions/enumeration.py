"""Complements a name lists with commas: 'Komisji Polityki Gospodarczej, Budżetu i Finansów'.

A comma between two names joins two organisations ('Międzynarodowy Fundusz Walutowy, Bank
Światowy i Komisja Europejska'). Inside one name it joins genitive complements of its head,
the last of them after `i`/`oraz` ('Ośrodek Kultury, Sportu i Rekreacji', 'Urząd Rejestracji
Produktów Leczniczych, Wyrobów Medycznych i Produktów Biobójczych'). What tells them apart
is the word after the comma: a complement is a capitalised word that can be a genitive and
is no organisation's head word.
"""

from __future__ import annotations

from functools import cache

from newsnlp.extract.institutions.gazetteer import evidence_rules, gazetteer
from newsnlp.morph import morfeusz as morphology

__all__ = ["lists_complements"]

_MAX_WORDS = 8
_MAX_CHARS = 200  # a list of `_MAX_WORDS` words and a locality fits (and no long text is read)


@cache
def _head_lemmas() -> frozenset[str]:
    """Case-folded first words of every organisation name and head the data knows."""
    gaz = gazetteer()
    vocab = gaz.vocabulary
    names = [t.name for t in gaz.types.values()]
    names += [*vocab.generic_heads, *vocab.unit_heads, *vocab.branch_heads]
    names += list(evidence_rules()["kind_heads"])
    return frozenset(n.split()[0].casefold() for n in names if n.split())


def _complement(word: str) -> bool:
    """A capitalised word that can be a genitive and heads no organisation's name (nor is a
    first name: a list of persons is no complement)."""
    if not (word[:1].isupper() and word.replace("-", "").isalpha()):
        return False
    readings = morphology.analyse(word)
    if any(a.lemma.casefold() in _head_lemmas() or "imię" in a.qualifiers for a in readings):
        return False
    return any(len(t) > 2 and "gen" in t[2]
               for t in (morphology.tag_values(a.tag) for a in readings))


def lists_complements(piece: str) -> bool:
    """`piece` (what follows a name) is ', ' and a list of genitive complements closed by
    `i`/`oraz` (', Budżetu i Finansów', ', Wyrobów Medycznych i Produktów Biobójczych'), or
    the last complement alone after `i`/`oraz` (' i Gospodarki Morskiej'); a locality may
    follow (', Sportu i Rekreacji w Witkowie')."""
    if len(piece) > _MAX_CHARS:
        return False
    if piece.startswith(", "):
        return _listed(piece[2:].replace(",", " , ").split(), closed=False)
    conjunction, _, rest = piece.lstrip(" ").partition(" ")
    return piece.startswith(" ") and conjunction in _CONJUNCTIONS and _listed(
        rest.split(), closed=True)


_CONJUNCTIONS = ("i", "oraz")


def _listed(words: list[str], closed: bool) -> bool:
    """`words` are complements joined by commas and one conjunction (none left when `closed`:
    the conjunction came before them), each capitalised, optionally followed by a locality."""
    place = next((k for k, w in enumerate(words) if w in ("w", "we")), len(words))
    if not all(w[:1].isupper() for w in words[place + 1:]):
        return False
    words = words[:place]
    joins = sum(words.count(c) for c in _CONJUNCTIONS)
    if not 0 < len(words) <= _MAX_WORDS or joins != (0 if closed else 1):
        return False
    if closed and "," in words:
        return False
    starts = [0] + [k + 1 for k, w in enumerate(words) if w in (",", *_CONJUNCTIONS)]
    if words[-1] in (",", *_CONJUNCTIONS):
        return False
    return all(_complement(words[k]) for k in starts) and all(
        w in (",", *_CONJUNCTIONS) or w[:1].isupper() for w in words)
