"""National academic bodies and their named parts: the Polish Academy of Sciences and the
universities are one body each, whose institutes, libraries and clinics are named with the
body's acronym after the part's own name and patron (`Instytut Katalizy … im. Jerzego
Habera PAN w Krakowie`: the part of PAN, seated in Kraków)."""

from __future__ import annotations

from functools import lru_cache

from newsnlp.extract.institutions.gazetteer import InstType, gazetteer

__all__ = ["academic_acronyms", "is_academic", "patron_before_acronym"]

ACADEMIC_KINDS = frozenset({"research", "university"})


def is_academic(t: InstType) -> bool:
    """A national academic body of the gazetteer: the Academy or a university."""
    return t.scope == "national" and t.kind in ACADEMIC_KINDS


@lru_cache(maxsize=1)
def academic_acronyms() -> frozenset[str]:
    """The acronyms of the gazetteer's national academic bodies (`PAN`, `UJ`, `UMK`),
    weak ones left out: they stand for a body only with evidence."""
    return frozenset(t.acronym for t in gazetteer().types.values()
                     if t.acronym and is_academic(t) and not t.has("weak"))


def patron_before_acronym(found: tuple[str, int] | None, end: int) -> tuple[str | None, int]:
    """The patron `slots.read_patron` found (or None, the name ending at `end`), without a
    last word that is a national academic body's acronym (`im. Jerzego Habera PAN`: the
    Academy, the institute's parent), which a patron's reading of capitalised words takes
    in; and where the name now ends."""
    if found is None:
        return None, end
    patron, end = found
    head, _, last = patron.rpartition(" ")
    if head.count(" ") < 1 or last not in academic_acronyms():
        return patron, end
    return head, end - len(last) - 1
