"""What relearning the packaged morphology data needs (`benchmarks/base_forms.py --learn`).

The learner aligns the words of an oblique name with its gold nominative, ranks a word's
readings and counts endings per context; this module gives it those views of the engine so
that it never reaches into the engine's modules.
"""

from __future__ import annotations

from typing import NamedTuple

from newsnlp.morph import morfeusz
from newsnlp.morph.baseform import rewrite
from newsnlp.morph.learned import fallback_context, reading_features, suffix_rules
from newsnlp.morph.nominative import nominative_of
from newsnlp.morph.readings import is_unknown, word_readings
from newsnlp.morph.words import inflectable_span, strip_acronym_suffixes, tokenise

__all__ = [
    "FormWords", "fallback_context", "form_words", "is_unknown", "reading_candidates",
    "reload_suffix_rules", "words_of",
]


class FormWords(NamedTuple):
    """The words of an inflected name as the engine sees them."""

    words: list[str]  # every word, acronym endings stripped ('ZUS-u' -> 'ZUS')
    span: list[str]  # the inflectable words before the first complement
    unknown_cases: dict[int, str]  # span index -> case of an unknown word sent to suffix rules


def words_of(phrase: str) -> list[str]:
    """The words of `phrase` (runs of letters, marks, digits), separators dropped."""
    return [t.text for t in tokenise(phrase) if t.is_word]


def form_words(form: str) -> FormWords:
    """Every word, the inflectable span and the unknown words' agreement cases of `form`."""
    tokens = tokenise(strip_acronym_suffixes(form))
    span = inflectable_span(tokens)
    cases: dict[int, str] = {}
    if morfeusz.available():
        parse = rewrite(span, False)[1]
        if parse is not None:
            cases = {j: parse.key.case for j, r in parse.chosen.items() if r is None}
    return FormWords([t.text for t in tokens if t.is_word], [w.text for w in span], cases)


def reading_candidates(word: str) -> list[tuple[tuple[str, ...], str]]:
    """(ranking features, nominative) of each Morfeusz reading of `word`."""
    return [(reading_features(r, word), nominative_of(word, r, False))
            for r in word_readings(word)]


def reload_suffix_rules() -> None:
    """Read the suffix rules again after the learner rewrote them (the weights use them)."""
    suffix_rules.cache_clear()
