"""Token features from Morfeusz for the NER model: a base form and the word's name classes.

SGJP, Morfeusz's dictionary, files proper names by class (`imię`, `nazwisko`,
`nazwa_geograficzna`, `nazwa_organizacji`, `nazwa_firmy`, ...). A statistical tagger that
learns from 1.4M tokens sees most names once or never; the class and the base form carry
what it learned from one form of a name ("Sejmu", "Sejmem") to the others and to names it
never saw. Without Morfeusz every word gets the lower-cased form and no class.
"""

from __future__ import annotations

import functools

from newsnlp.morph.morfeusz import analyse

__all__ = ["token_features"]

# Parts of speech kept apart; every other NKJP class is "other".
_KEPT_POS = frozenset({"subst", "adj", "depr", "brev", "ign"})
_COMMON = "nazwa_pospolita"
_CACHE_SIZE = 1 << 17


@functools.lru_cache(maxsize=_CACHE_SIZE)
def token_features(word: str) -> tuple[str, str]:
    """(base form, morph string) of `word` for the NER model's embeddings.

    The base form is the shortest lemma Morfeusz offers, lower-cased (ties: alphabetical),
    so that every case of a name shares one; the morph string lists the word's parts of
    speech and name classes: token_features("Jana") -> ("jan", "Name=imię,nazwisko|POS=subst").
    Usage labels ("daw.", "pot.") end with a full stop and are left out.
    """
    readings = analyse(word)
    if not readings:
        return word.lower(), "POS=none"
    lemma = min((r.lemma.lower() for r in readings), key=lambda lem: (len(lem), lem))
    pos: set[str] = set()
    names: set[str] = set()
    for reading in readings:
        head = reading.tag.split(":", 1)[0]
        pos.add(head if head in _KEPT_POS else "other")
        names.update(q for q in reading.qualifiers if q != _COMMON and not q.endswith("."))
    morph = "POS=" + ",".join(sorted(pos))
    if names:
        morph = "Name=" + ",".join(sorted(names)) + "|" + morph
    return lemma or word.lower(), morph
