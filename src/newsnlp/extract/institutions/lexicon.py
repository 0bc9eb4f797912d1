"""The compiled lexicon: token tries of every name form, built once per process, lazily.

Full names are entered in all six cases (from `forms.case_forms`), also with a genitive
complement replaced by its acronym ("Komenda Miejska PSP"); acronyms are entered verbatim
(case-sensitive). Unit heads and generic organisation heads are entered in all cases too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsnlp.extract.institutions.gazetteer import Gazetteer, gazetteer
from newsnlp.extract.institutions.tokens import Trie, split_words
from newsnlp.morph.inflect import CASES, case_forms

__all__ = ["Entry", "Lexicon", "lexicon", "start_sets"]


@dataclass(frozen=True)
class Entry:
    """What a matched token sequence is: a type name/acronym, a unit or a generic head."""

    what: str  # type | acronym | unit | generic
    ref: str  # type id, or the head's nominative for unit/generic heads
    case: str  # the case of the matched form ("nom" for acronyms)
    lower_ok: bool = False

    @property
    def head(self) -> str:
        """A unit or generic head's head noun, lower case (`dział`, `rada` of `Rada
        Rodziców`): the noun its name is read around."""
        return self.ref.split()[0].lower()


@dataclass(frozen=True)
class Lexicon:
    """The two tries: case-folded names and case-sensitive acronyms."""

    names: Trie[Entry]
    acronyms: Trie[Entry]


def _abbreviations(gaz: Gazetteer) -> dict[str, str]:
    """Genitive name -> acronym for types whose acronym may replace them inside other names."""
    out = {}
    for t in gaz.types.values():
        if t.acronym and " " in t.name and not t.has("weak"):
            out[case_forms(t.name)["gen"]] = t.acronym
    return out


def _add_forms(trie: Trie[Entry], name: str, what: str, ref: str, lower_ok: bool = False,
               abbreviations: dict[str, str] | None = None) -> None:
    """Enter `name` in all cases (and abbreviated variants) into `trie`."""
    parts = _part_forms() if abbreviations else {}
    for case, form in case_forms(name).items():
        variants = {form}
        for full, acr in (abbreviations or {}).items():
            if form.endswith(" " + full) and form != full:
                variants.add(form[: -len(full)] + acr)
        for part, acr in parts.get(case, ()):
            variants |= {_abbreviated(v, part, acr) for v in variants}
        for variant in variants:
            trie.add(split_words(variant), Entry(what, ref, case, lower_ok))


def _abbreviated(form: str, part: str, acr: str) -> str:
    """`form` with `part` written as its acronym, inside the name or at its end."""
    out = form.replace(f" {part} ", f" {acr} ")
    return out[:-len(part)] + acr if out.endswith(f" {part}") else out


@lru_cache(maxsize=1)
def _part_forms() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each case's forms of the name parts written as an acronym ('Oddziału Wojewódzkiego')."""
    parts = gazetteer().vocabulary.part_abbreviations
    out: dict[str, list[tuple[str, str]]] = {}
    for part, acr in parts.items():
        for case, form in case_forms(part).items():
            out.setdefault(case, []).append((form, acr))
    return {case: tuple(forms) for case, forms in out.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Build the tries from the gazetteer (first call only)."""
    gaz = gazetteer()
    names: Trie[Entry] = Trie(fold=True)
    acronyms: Trie[Entry] = Trie(fold=False)
    abbreviations = _abbreviations(gaz)
    for t in gaz.types.values():
        _add_forms(names, t.name, "type", t.id, t.has("lower"), abbreviations)
        if t.acronym:
            acronyms.add(split_words(t.acronym), Entry("acronym", t.id, "nom"))
    for alias, (type_id, lower_ok) in gaz.aliases.items():
        _add_forms(names, alias, "type", type_id, lower_ok)
    for head in gaz.vocabulary.unit_heads:
        _add_forms(names, head, "unit", head)
    for head in gaz.vocabulary.generic_heads:
        _add_forms(names, head, "generic", head)
    return Lexicon(names, acronyms)


@lru_cache(maxsize=1)
def start_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Tokens that can start a mention: exact (acronyms, club prefixes) and case-folded
    (names, company nouns); built once."""
    lex, vocab = lexicon(), gazetteer().vocabulary
    exact = lex.acronyms.first_keys() | vocab.club_prefixes
    folded = lex.names.first_keys() | {w.casefold() for w in vocab.company_nouns}
    return exact, folded


def all_cases() -> tuple[str, ...]:
    """The cases entered for every name."""
    return CASES
