"""Learned data of base forms (KPWr TRAIN, `benchmarks/base_forms.py --learn`): suffix rules
for unknown words, weights that rank a word's readings, and the municipality list.
"""

from __future__ import annotations

import functools

from newsnlp.morph.nominative import nominative_of
from newsnlp.morph.readings import Reading, has_nominative, qualifier_class
from newsnlp.morph.words import match_case
from newsnlp.resources import load_rows


def _data_lines(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of a packaged morphology data file."""
    return load_rows(f"morphology/{name}")


_ADJECTIVAL_SURNAMES = (  # unknown '-ski'/'-cki' surnames inflect like adjectives
    ("skiego", "ski"), ("skiemu", "ski"), ("skim", "ski"), ("skiej", "ska"), ("ską", "ska"),
    ("ckiego", "cki"), ("ckiemu", "cki"), ("ckim", "cki"), ("ckiej", "cka"), ("cką", "cka"),
    ("dzkiego", "dzki"), ("dzkiemu", "dzki"), ("dzkim", "dzki"),
)


@functools.lru_cache(maxsize=1)
def reading_weights() -> dict[str, float]:
    """Learned feature weights that rank a word's readings (log-linear, KPWr TRAIN)."""
    return {row[0]: float(row[1]) for row in _data_lines("reading_weights.tsv")}


@functools.lru_cache(maxsize=1)
def suffix_rules() -> dict[tuple[str, str], tuple[str, str]]:
    """Learned suffix rules: (context, word ending) -> (ending to remove, ending to add)."""
    return {(row[0], row[1]): (row[2], row[3]) for row in _data_lines("suffix_rules.tsv")}


@functools.lru_cache(maxsize=1 << 17)
def apply_suffix_rules(word: str, context: str, backoff: str = "") -> str:
    """Rewrite `word` by the rule of its longest known ending in `context` (then `backoff`),
    or keep it."""
    rules = suffix_rules()
    lower = word.lower()
    if context.startswith("unknown"):
        for old, new in _ADJECTIVAL_SURNAMES:
            if lower.endswith(old) and len(lower) > len(old) + 1:
                return _apply_rule(word, lower, (old, new))
    for ctx in (context, backoff) if backoff else (context,):
        for size in range(min(len(lower), 5), 0, -1):
            rule = rules.get((ctx, lower[-size:]))
            if rule is not None:
                return _apply_rule(word, lower, rule)
    return word


def fallback_context(next_word: str | None) -> str:
    """The fallback's context of a phrase's first word: the ending of the word after it
    (an adjective in '-ej'/'-ego' says the phrase is oblique)."""
    return "first|" + (next_word[-2:].lower() if next_word else "$")


def _apply_rule(word: str, lower: str, rule: tuple[str, str]) -> str:
    """Apply one (remove, add) suffix rule in the capitalisation of `word`."""
    remove, add = rule
    if len(remove) >= len(lower) or not lower.endswith(remove):
        return word
    return match_case(lower[: len(lower) - len(remove)] + add, word)


def unknown_nominative(word: str, case: str) -> str:
    """An unknown word of a parse in `case` to the nominative by the suffix rules."""
    if case == "nom":
        return word
    return apply_suffix_rules(word, f"unknown|{case}", "unknown")


def reading_features(reading: Reading, word: str) -> tuple[str, ...]:
    """The features the learned ranking of readings is keyed on."""
    a = reading.analysis
    qual = qualifier_class(reading)
    base = "|".join(
        (
            reading.pos,
            qual,
            reading.key.number,
            reading.key.case,
            "cap" if a.lemma[:1].isupper() == word[:1].isupper() else "nocap",
            a.tag.split(":", 1)[0],
        )
    )
    out = nominative_of(word, reading, False).lower()
    keep = out == word.lower()
    rule = out == apply_suffix_rules(word, "unknown").lower()
    nom = "nom" if has_nominative(word) else "obl"
    return (
        base,
        f"{base}|{nom}",
        f"keep|{qual}|{keep}|{nom}",
        f"end|{qual}|{a.lemma[-2:].lower()}",
        f"gender|{qual}|{reading.key.gender}|{reading.key.number}",
        f"rule|{qual}|{rule}|{nom}",
    )


@functools.lru_cache(maxsize=1 << 17)
def prior(reading: Reading, word: str) -> float:
    """Learned score of `reading` as the right reading of `word` (sum of feature weights)."""
    weights = reading_weights()
    return sum(weights.get(f, 0.0) for f in reading_features(reading, word))


@functools.lru_cache(maxsize=1)
def localities() -> frozenset[str]:
    """Polish municipality names (GUS TERYT TERC), to prefer real ones among readings."""
    return frozenset(row[0] for row in _data_lines("localities.tsv"))


def is_locality(name: str) -> int:
    """1 when `name` is a known Polish municipality name, else 0."""
    return int(name in localities())
