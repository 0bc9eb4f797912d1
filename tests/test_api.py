"""The public API: small, typed, lazy."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import newsnlp


def test_public_names() -> None:
    assert set(newsnlp.__all__) >= {"parse", "Pipeline", "Article", "base_form", "SCHEMA_VERSION"}
    assert callable(newsnlp.base_form) and newsnlp.base_form("ZUS-u") == "ZUS"
    importlib.import_module("newsnlp.extract.institutions")  # a submodule import must not shadow it

    assert callable(newsnlp.base_form)
    assert isinstance(newsnlp.parse("Tytuł\n\nTreść."), newsnlp.Article)


def test_import_loads_no_dictionary_or_model() -> None:
    code = ("import sys, newsnlp; print(sorted(m for m in ('morfeusz2', 'spacy', 'dateparser', "
            "'newsnlp.pipeline') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_pipeline_reuse_matches_parse() -> None:
    text = "kategoria: Test\n\nTytuł artykułu testowego\n\nAkapit z treścią, która ma sens.\n"
    pipeline = newsnlp.Pipeline()
    assert pipeline.parse(text) == newsnlp.parse(text)
    expected = [newsnlp.parse(text).meta.title] * 2
    assert [a.meta.title for a in pipeline.pipe([text, text])] == expected


def test_auto_model_is_the_shipped_one_loaded_once() -> None:
    """The default model is newsnlp's own NER, built lazily and once per process."""
    from newsnlp.extract.ner import shipped_model

    pipeline = newsnlp.Pipeline()
    assert pipeline._nlp is None  # nothing loaded before the first use
    assert pipeline.nlp is shipped_model() is newsnlp.Pipeline(nlp="auto").nlp
    assert {"ORG", "PER", "LOC"} <= set(shipped_model().get_pipe("ner").labels)
    assert newsnlp.Pipeline(nlp=None).nlp is None


def test_user_pipeline_replaces_shipped_model(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from newsnlp.extract import ner

    own = spacy.blank("pl")
    assert newsnlp.Pipeline(nlp=own).nlp is own
    loaded: list[str] = []

    def fake_load(name: str) -> object:
        loaded.append(name)
        return own

    monkeypatch.setattr(spacy, "load", fake_load)
    monkeypatch.setattr(ner, "shipped_model", lambda: pytest.fail("shipped model loaded"))
    assert newsnlp.Pipeline(nlp="pl_core_news_sm").nlp is own and loaded == ["pl_core_news_sm"]
