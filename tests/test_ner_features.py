"""The NER model's Morfeusz features: one base form for every case of a name, name classes."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from newsnlp.extract.ner_features import MorphFeatures  # noqa: E402
from newsnlp.morph import morfeusz  # noqa: E402
from newsnlp.morph.features import token_features  # noqa: E402

needs_morfeusz = pytest.mark.skipif(not morfeusz.available(), reason="morfeusz2 not installed")


@needs_morfeusz
def test_cases_of_a_name_share_one_base_form() -> None:
    forms = ["Sejm", "Sejmu", "Sejmowi", "Sejmem"]
    assert {token_features(f)[0] for f in forms} == {"sejm"}


@needs_morfeusz
def test_name_classes_from_the_dictionary() -> None:
    assert "Name=imię" in token_features("Jana")[1]
    assert "nazwa_geograficzna" in token_features("Warszawie")[1]
    assert "nazwa_firmy" in token_features("Orlen")[1]
    # a common noun has no name class, only its part of speech
    assert token_features("urzędu") == ("urząd", "POS=subst")


@needs_morfeusz
def test_usage_labels_are_not_name_classes() -> None:
    # Morfeusz marks one reading of "Nowak" as dated ("daw."): a usage label, not a class
    assert "daw." not in token_features("Nowak")[1]


def test_a_word_morfeusz_cannot_read_keeps_its_lower_cased_form(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsnlp.morph.features.analyse", lambda word: ())
    token_features.cache_clear()
    try:
        assert token_features("Qwxz") == ("qwxz", "POS=none")
    finally:
        token_features.cache_clear()


@needs_morfeusz
def test_component_sets_lemma_and_morph_on_every_token() -> None:
    nlp = spacy.blank("pl")
    doc = MorphFeatures()(nlp("Posłowie Sejmu spotkali się z Janem Kowalskim w Krakowie."))
    assert [t.lemma_ for t in doc][:2] == ["poseł", "sejm"]
    assert all(str(t.morph) for t in doc)
    assert "nazwisko" in str(doc[6].morph) and "nazwa_geograficzna" in str(doc[8].morph)


def test_factory_is_registered_for_the_shipped_config() -> None:
    nlp = spacy.blank("pl")
    nlp.add_pipe("newsnlp_morph_features")
    assert nlp.pipe_names == ["newsnlp_morph_features"]
