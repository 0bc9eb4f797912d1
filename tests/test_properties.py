"""Invariants on any input: parse never raises, offsets hold, output is deterministic."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

import newsnlp
from newsnlp.models import Article, Span

CHROME = ["reklama", "REKLAMA", "Czytaj także:", "PRZECZYTAJ JESZCZE", "Udostępnij", "Drukuj",
          "Komentarze (3)", "pogoda Sosnowiec", "wschód słońca: 07:08", "Tagi: a, b",
          "© 2026 portal.pl", "Strona główna > Aktualności > Wiadomości", "kiedy", "miejsce"]
META = ["kategoria: Na Sygnale", "9 grudzień 2025", "Data publikacji 12.03.2026",
        "Autor: Jan Nowak", "fot. KMP w Sosnowcu", "źródło informacji: KMP / policja.pl",
        "zdjęcie: Podpis / fot. UM Zabrze", "Opublikowano: 2026-03-04 10:15"]
BODY = ["Naczelnik Wydziału Prewencji KMP w Sosnowcu spotkał się z pracownikami MOPS.",
        "W piątek 12 grudnia o godz. 17:00 odbędzie się spotkanie w Urzędzie Miasta.",
        "„Wspólne działania pomagają mieszkańcom” – mówi Anna Kowalska, rzeczniczka MOPS.",
        "– Zadzwońcie pod 112 – apeluje asp. Jan Nowak.", "  • punkt listy,", "1. pierwszy,",
        "- drugi punkt", "Nagłówek sekcji", "Wczoraj ok. godz. 16.40 strażacy z OSP Łącko "
        "gasili pożar przy ul. 3 Maja.", "„", "”", "«»", "- ", "1)", ""]


def all_spans(model: BaseModel) -> Iterator[Span]:
    """Every Span anywhere inside a model."""
    if isinstance(model, Span):
        yield model
    for name in type(model).model_fields:
        value = getattr(model, name)
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, BaseModel):
                yield from all_spans(item)


page_lines = st.lists(st.one_of(st.sampled_from(CHROME + META + BODY), st.text(max_size=60)),
                      max_size=40)
pages = st.one_of(st.text(), page_lines.map("\n".join), page_lines.map("\r\n".join))


def check_offsets(article: Article) -> None:
    for span in all_spans(article):
        assert 0 <= span.start <= span.end <= len(article.text)
        assert article.text[span.start:span.end] == span.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages)
def test_parse_never_raises_and_offsets_hold(text: str) -> None:
    article = newsnlp.parse(text)
    assert isinstance(article, Article)
    check_offsets(article)
    assert not [w for w in article.warnings if w.code.endswith("_failed")]


@settings(max_examples=40, deadline=None)
@given(pages)
def test_output_is_deterministic(text: str) -> None:
    a = newsnlp.parse(text).model_dump_json()
    b = newsnlp.Pipeline().parse(text).model_dump_json()
    assert a == b


@settings(max_examples=40, deadline=None)
@given(pages)
def test_json_round_trip(text: str) -> None:
    article = newsnlp.parse(text)
    assert Article.model_validate_json(article.model_dump_json()) == article
