"""The institution gazetteer: types, aliases and vocabularies loaded from package data.

Everything the matcher knows about Polish institutions lives in `newsnlp/data/institutions/`
as TSV/JSON; this module only parses those files (once per process) into typed records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast, get_args

from newsnlp.models import InstitutionKind
from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.inflect import inflect_word
from newsnlp.resources import load_json, load_rows

__all__ = ["Gazetteer", "InstType", "Vocabulary", "evidence_rules", "gazetteer",
           "institution_kind"]

_KINDS = frozenset(get_args(InstitutionKind))


def institution_kind(value: str) -> InstitutionKind:
    """`value` as a taxonomy key; a data file naming an unknown kind is an error."""
    if value not in _KINDS:
        raise ValueError(f"unknown institution kind {value!r} in newsnlp data")
    return cast(InstitutionKind, value)


@dataclass(frozen=True)
class InstType:
    """One institution type (or one named institution) of the gazetteer."""

    id: str
    name: str
    acronym: str | None
    kind: InstitutionKind
    scope: str  # local | named | national | service | unit
    flags: frozenset[str] = frozenset()
    parents: tuple[str, ...] = ()

    def has(self, flag: str) -> bool:
        """True when the type carries `flag` (numbered, patron, weak, branch, ...)."""
        return flag in self.flags


@dataclass(frozen=True)
class Vocabulary:
    """Unit heads, generic organisation heads and small word lists from vocabulary.json."""

    unit_heads: dict[str, tuple[str, ...]]
    one_word_unit_heads: frozenset[str]  # 'Zarząd', 'Biuro': alone, a back reference
    branch_heads: frozenset[str]
    branch_heads_first: frozenset[str]  # written before the agency ('Biuro Powiatowe ARiMR')
    generic_heads: dict[str, InstitutionKind]
    club_prefixes: frozenset[str]
    club_names: dict[str, str]  # a club acronym with one reading -> its words
    company_nouns: frozenset[str]
    connectors: frozenset[str]
    connector_nouns: frozenset[str]  # 'na rzecz': a lower-case word a connector may take
    numbered_unit_heads: frozenset[str]  # 'Koło PZW nr 16': the number is the unit's
    territorial_heads: tuple[str, ...]  # 'Okręg PZW w Toruniu': the town is the unit's
    parent_links: frozenset[str]
    unit_name_hints: dict[str, tuple[str, ...]]
    not_institutions: frozenset[str]
    thing_nouns: frozenset[str]  # lemmas: `programu X` names a programme
    owner_named_heads: frozenset[str]  # `Zarząd X`: the board of X, never another's unit
    # `Agencja AFP`: a head's kind when its name is apposed, not in the genitive
    apposition_kinds: dict[str, InstitutionKind]
    # `Oddział Wojewódzki` -> `OW`: a part of a name its acronym replaces in any case
    part_abbreviations: dict[str, str]


@dataclass(frozen=True)
class Gazetteer:
    """All types by id, aliases (alias -> type id) and the vocabulary."""

    types: dict[str, InstType]
    aliases: dict[str, tuple[str, bool]]
    vocabulary: Vocabulary
    by_acronym: dict[str, tuple[str, ...]] = field(default_factory=dict)
    powiat_cities: frozenset[str] = frozenset()


def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Non-comment, non-blank TSV rows of an institutions data file."""
    return load_rows(f"institutions/{name}")


def _make_type(row: tuple[str, ...]) -> InstType:
    """Build an `InstType` from one gazetteer row."""
    ident, name, acronym, kind, scope = row[:5]
    flags: set[str] = set()
    parents: tuple[str, ...] = ()
    for flag in (row[5].split(",") if len(row) > 5 and row[5] else []):
        if flag.startswith("parent="):
            parents = tuple(flag[len("parent="):].split("|"))
        else:
            flags.add(flag)
    return InstType(ident, name, None if acronym == "-" else acronym, institution_kind(kind), scope,
                    frozenset(flags), parents)


def _title(word: str) -> str:
    """Capitalise every hyphen-separated part: 'kujawsko-pomorski' -> 'Kujawsko-Pomorski'."""
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _region_form(lemma: str, case: str, number: str, gender: str | None) -> str:
    """A region adjective in one case/number/gender, hyphenated parts capitalised."""
    return _title(inflect_word(lemma, lemma.rsplit("-", 1)[-1], case, number, gender))


def _regional_types() -> list[InstType]:
    """Expand regional.tsv templates once per voivodeship of regions.tsv."""
    out: list[InstType] = []
    for lemma, letters in _rows("regions.tsv"):
        gen = _region_form(lemma, "gen", "sg", "n")
        for row in _rows("regional.tsv"):
            filled = [c.replace("{id}", lemma).replace("{R:gen}", gen).replace("{A}", letters)
                      for c in row]
            if "{R}" in filled[1]:
                filled[1] = filled[1].replace("{R}", _agree(lemma, filled[1]))
            out.append(_make_type(tuple(filled)))
    return out


def _agree(region: str, template: str) -> str:
    """The region adjective agreeing with the template's head noun (first noun after {R})."""
    head = template.replace("{R}", "").split()[0]
    for reading in morphology.analyse(head):
        fields = morphology.tag_values(reading.tag)
        if fields[0][0] == "subst" and "nom" in fields[2]:
            return _region_form(region, "nom", fields[1][0], fields[3][0])
    return _title(region)


def _vocabulary(raw: dict[str, Any]) -> Vocabulary:
    """Typed view of vocabulary.json."""
    return Vocabulary(
        unit_heads={k: tuple(v) for k, v in raw["unit_heads"].items()},
        one_word_unit_heads=frozenset(h for h in raw["unit_heads"] if " " not in h),
        branch_heads=frozenset(raw["branch_heads"]),
        branch_heads_first=frozenset(raw["branch_heads_first"]["heads"]),
        generic_heads={k: institution_kind(v) for k, v in raw["generic_heads"].items()},
        club_prefixes=frozenset(raw["club_prefixes"]),
        club_names={k: v for k, v in raw["club_names"].items() if not k.startswith("_")},
        company_nouns=frozenset(raw["company_nouns"]),
        connectors=frozenset(raw["connectors"]),
        connector_nouns=frozenset(raw["connector_nouns"]["words"]),
        numbered_unit_heads=frozenset(raw["numbered_unit_heads"]["heads"]),
        territorial_heads=tuple(raw["territorial_heads"]["heads"]),
        parent_links=frozenset(raw["unit_parent_links"]),
        unit_name_hints={k: tuple(v) for k, v in raw["unit_name_hints"].items()
                         if not k.startswith("_")},
        not_institutions=frozenset(raw["not_institutions"]),
        thing_nouns=frozenset(raw["thing_nouns"]["lemmas"]),
        owner_named_heads=frozenset(raw["owner_named_heads"]["heads"]),
        apposition_kinds={k: institution_kind(v)
                          for k, v in raw["apposition_kinds"]["heads"].items()},
        part_abbreviations={k: v for k, v in raw["part_abbreviations"].items()
                            if not k.startswith("_")},
    )


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded on first use and shared by the process."""
    types = {t.id: t for t in map(_make_type, _rows("gazetteer.tsv"))}
    types.update({t.id: t for t in _regional_types()})
    aliases = {row[0]: (row[1], "lower" in (row[2] if len(row) > 2 else ""))
               for row in _rows("aliases.tsv")}
    by_acronym: dict[str, list[str]] = {}
    for t in types.values():
        if t.acronym:
            by_acronym.setdefault(t.acronym, []).append(t.id)
    vocab = _vocabulary(load_json("institutions/vocabulary.json"))
    cities = frozenset(row[0] for row in _rows("powiat_cities.txt"))
    return Gazetteer(types, aliases, vocab, {k: tuple(v) for k, v in by_acronym.items()},
                     cities)


def evidence_rules() -> dict[str, Any]:
    """The evidence rules and word lists of `data/institutions/entities.json` (parsed once,
    by the shared loader)."""
    rules: dict[str, Any] = load_json("institutions/entities.json")
    return rules
