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


def test_auto_model_is_used_only_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    import spacy

    from newsnlp import pipeline as pipeline_module

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "pl_core_news_sm"
                        else real_find_spec(name, *a))
    assert newsnlp.Pipeline().nlp is None
    assert newsnlp.Pipeline(nlp=None).nlp is None

    loaded: list[str] = []

    def fake_load(name: str) -> object:
        loaded.append(name)
        return spacy.blank("pl")

    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: object() if name == "pl_core_news_sm"
                        else real_find_spec(name, *a))
    monkeypatch.setattr(spacy, "load", fake_load)
    assert newsnlp.Pipeline().nlp is not None and loaded == ["pl_core_news_sm"]
    assert pipeline_module.STATISTICAL_MODEL == "pl_core_news_sm"
