"""spaCy integration: the `newsnlp_article` component, `article_to_doc`, DocBin round trips."""

from __future__ import annotations

import pickle
import random
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

import newsnlp
from newsnlp.models import Article, Span
from newsnlp.spacy.components import SPAN_KEYS, article_to_doc
from newsnlp.text.normalize import normalize

from .conftest import example_text

EXAMPLES = ("portal-sosnowiec.txt", "straz-pozarna.txt", "bip-pcpr.txt")


def _signature(doc: Doc) -> dict[str, list[tuple[int, int, str, str, str]]]:
    """Every span of every newsnlp group, with the values that must survive serialisation."""
    return {key: [(s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in doc.spans[key]]
            for key in SPAN_KEYS}


def _roundtrip(nlp: Language, doc: Doc, *, store_user_data: bool) -> Doc:
    data = DocBin(store_user_data=store_user_data, docs=[doc]).to_bytes()
    return next(DocBin().from_bytes(data).get_docs(nlp.vocab))


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("pl")
    nlp.add_pipe("newsnlp_article")
    return nlp


@pytest.mark.parametrize("name", EXAMPLES)
def test_component_matches_parse(nlp: Language, name: str) -> None:
    text = example_text(name)
    doc = nlp(text)
    article = newsnlp.parse(text)
    assert isinstance(doc._.article, Article)
    assert doc._.article.model_dump() == article.model_dump()
    mentions = [(m.text, i.canonical) for i in article.institutions for m in i.mentions]
    assert sorted((s.text, s.kb_id_) for s in doc.spans["newsnlp_institutions"]) == sorted(mentions)
    assert [s.kb_id_ for s in doc.spans["newsnlp_dates"]] == [d.value or "" for d in article.dates]
    assert [s.label_ for s in doc.spans["newsnlp_sources"]] == [s.kind for s in article.sources]


def test_block_labels(nlp: Language) -> None:
    doc = nlp(example_text("portal-sosnowiec.txt"))
    labels = {s.label_ for s in doc.spans["newsnlp_blocks"]}
    assert {"title", "category", "caption", "lead", "heading", "paragraph", "list_item",
            "quote", "speaker", "chrome_ad", "chrome_related", "chrome_calendar"} <= labels
    title = next(s for s in doc.spans["newsnlp_blocks"] if s.label_ == "title")
    assert title.text == doc._.article.meta.title.text
    starts = [s.start_char for s in doc.spans["newsnlp_blocks"]]
    assert starts == sorted(starts)


def test_spans_map_back_to_raw_text(nlp: Language) -> None:
    """Normalisation (CRLF, NBSP, soft hyphens) changes offsets; spans sit on `doc.text`."""
    raw = example_text("portal-sosnowiec.txt").replace("\n", "\r\n").replace("KMP w", "KMP\u00a0w")
    raw = raw.replace("Sosnowcu", "Sos\u00adnowcu")
    doc = nlp(raw)
    article: Article = doc._.article
    assert article.text != doc.text
    found = doc.spans["newsnlp_institutions"]
    assert len(found) == sum(len(i.mentions) for i in article.institutions) > 0
    for span in found:
        assert span.text == doc.text[span.start_char:span.end_char]
        assert any(m.text in normalize(span.text).text
                   for i in article.institutions for m in i.mentions if i.canonical == span.kb_id_)


def test_article_to_doc_uses_article_text() -> None:
    nlp = spacy.blank("pl")
    article = newsnlp.parse(example_text("straz-pozarna.txt"))
    doc = article_to_doc(nlp, article)
    assert doc.text == article.text and doc._.article is article
    for span in doc.spans["newsnlp_institutions"]:
        assert span.label_ and span.kb_id_ and span.id_.startswith("I")


def test_unaligned_spans_are_skipped() -> None:
    article = Article(text="a b", lead=Span(start=1, end=2, text=" "))
    doc = article_to_doc(spacy.blank("pl"), article)
    assert list(doc.spans["newsnlp_blocks"]) == []


@pytest.mark.parametrize("store_user_data", [False, True])
def test_docbin_roundtrip(nlp: Language, store_user_data: bool) -> None:
    doc = nlp(example_text("portal-sosnowiec.txt"))
    back = _roundtrip(nlp, doc, store_user_data=store_user_data)
    assert _signature(back) == _signature(doc)
    assert all(back.spans[key] for key in SPAN_KEYS)
    if store_user_data:
        assert back._.article == doc._.article
    else:
        assert back._.article is None


def test_max_chars_from_config() -> None:
    nlp = spacy.blank("pl")
    nlp.add_pipe("newsnlp_article", config={"max_chars": 200})
    doc = nlp(example_text("portal-sosnowiec.txt"))
    assert [w.code for w in doc._.article.warnings] == ["truncated"]
    assert all(s.end_char <= 200 for key in SPAN_KEYS for s in doc.spans[key])


def test_entry_point_in_fresh_process() -> None:
    """`add_pipe` finds the factory through the `spacy_factories` entry point alone."""
    code = ("import spacy; nlp = spacy.blank('pl'); nlp.add_pipe('newsnlp_article'); "
            "doc = nlp('Komenda Powiatowa Policji w Poddębicach wydała komunikat.'); "
            "print(sorted(doc.spans))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert "newsnlp_blocks" in out and "newsnlp_institutions" in out


def _tiny_trained_pipeline() -> Language:
    """A Polish pipeline shaped like pl_core_news_sm: sentencizer and a trained NER."""
    nlp = spacy.blank("pl")
    nlp.add_pipe("sentencizer")
    ner = nlp.add_pipe("ner")
    ner.add_label("orgName")  # type: ignore[attr-defined]
    sentence = "Komenda Miejska Policji w Sosnowcu ostrzega seniorów."
    examples = [Example.from_dict(nlp.make_doc(sentence), {"entities": [(0, 34, "orgName")]})]
    random.seed(0)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(3):
        nlp.update(examples, sgd=optimizer)
    return nlp


def test_saved_pipeline_with_trained_ner(tmp_path: Path) -> None:
    nlp = _tiny_trained_pipeline()
    nlp.add_pipe("newsnlp_article", config={"max_chars": 100_000})
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == ["sentencizer", "ner", "newsnlp_article"]
    assert loaded.get_pipe_config("newsnlp_article")["max_chars"] == 100_000
    text = example_text("portal-sosnowiec.txt")
    doc = loaded(text)
    assert doc.has_annotation("SENT_START")
    assert _signature(doc) == _signature(nlp(text))
    assert _signature(_roundtrip(loaded, doc, store_user_data=True)) == _signature(doc)


def test_component_added_to_loaded_pipeline(tmp_path: Path) -> None:
    _tiny_trained_pipeline().to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    loaded.add_pipe("newsnlp_article")
    doc = loaded(example_text("straz-pozarna.txt"))
    assert doc._.article is not None and doc.spans["newsnlp_blocks"]


def test_doc_pickles_with_article(nlp: Language) -> None:
    """`nlp.pipe(n_process=...)` and pickling send Docs as bytes: the Article goes along."""
    doc = nlp(example_text("bip-pcpr.txt"))
    back = pickle.loads(pickle.dumps(doc))
    assert back._.article == doc._.article and _signature(back) == _signature(doc)


def test_component_fills_doc_ents(nlp: Language) -> None:
    """ORG for every institution mention, PER/LOC from the shipped model, all on doc.text."""
    text = example_text("portal-sosnowiec.txt")
    doc = nlp(text)
    labels = {e.label_ for e in doc.ents}
    assert "ORG" in labels and labels <= {"ORG", "PER", "LOC"}
    orgs = sorted((e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG")
    mentions = sorted((s.start_char, s.end_char) for s in doc.spans["newsnlp_institutions"])
    assert set(orgs) <= set(mentions) and len(orgs) >= len(mentions) - 2
    assert all(e.text == doc.text[e.start_char:e.end_char] for e in doc.ents)


def test_component_keeps_entities_of_a_users_ner() -> None:
    own = _tiny_trained_pipeline()
    own.add_pipe("newsnlp_article", config={"model": ""})
    doc = own("Komenda Miejska Policji w Sosnowcu ostrzega seniorów.\n\nDrugi akapit tekstu.")
    assert own.get_pipe("newsnlp_article").pipeline.nlp is None  # type: ignore[attr-defined]
    assert {e.label_ for e in doc.ents} <= {"orgName"}
