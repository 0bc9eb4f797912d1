"""The learner's view of the base-form engine (`newsnlp.morph.learning`)."""

from __future__ import annotations

import pytest

from newsnlp.morph import learning
from newsnlp.morph import morfeusz as morphology

needs_morfeusz = pytest.mark.skipif(not morphology.available(), reason="morfeusz2 not installed")


def test_words_of_drops_separators() -> None:
    assert learning.words_of("Komenda Powiatowa Policji, w Sosnowcu") == [
        "Komenda", "Powiatowa", "Policji", "w", "Sosnowcu"]


def test_form_words_stops_span_at_the_complement_and_strips_acronym_endings() -> None:
    form = learning.form_words("Komendy Powiatowej Policji w Sosnowcu")
    assert form.words == ["Komendy", "Powiatowej", "Policji", "w", "Sosnowcu"]
    assert form.span == ["Komendy", "Powiatowej", "Policji"]
    assert learning.form_words("ZUS-u").words == ["ZUS"]


@needs_morfeusz
def test_reading_candidates_give_features_and_nominatives() -> None:
    cands = learning.reading_candidates("Pawła")
    assert {nom for _, nom in cands} >= {"Paweł"}
    assert all(feats and all(isinstance(f, str) for f in feats) for feats, _ in cands)


def test_fallback_context_is_the_next_words_ending() -> None:
    assert learning.fallback_context("Powiatowej") == "first|ej"
    assert learning.fallback_context(None) == "first|$"
