"""Article.dates carries the TIMEX3 durations and sets of the article's prose beside its
dates and times; the gold-format (flat) view keeps dates and times only."""

from __future__ import annotations

import newsnlp
from newsnlp.flat import to_flat

PAGE = (
    "Remont mostu na Wiśle zakończony\n\n"
    "Remont trwał trzy miesiące i zakończył się 12 marca 2026 r. Most był zamknięty przez "
    "cały dzień. Odtąd festyn odbywa się co roku, a targ w każdy czwartek.\n\n"
    "Mieszkańcy czekali na to od kilku lat.\n"
)


def test_durations_and_sets_are_dates_of_the_article() -> None:
    article = newsnlp.parse(PAGE, published="2026-03-13")
    got = {d.text: (d.value, d.type) for d in article.dates}
    assert got["trzy miesiące"] == ("P3M", "duration")
    assert got["12 marca 2026 r."] == ("2026-03-12", "date")
    assert got["co roku"] == ("P1Y", "set")
    assert got["w każdy czwartek"] == ("XXXX-WXX-4", "set")
    assert got["kilku lat"] == (None, "duration")  # a vague count has no value
    assert all(article.text[d.start:d.end] == d.text for d in article.dates)
    assert [d.start for d in article.dates] == sorted(d.start for d in article.dates)


def test_the_flat_view_keeps_dates_and_times_only() -> None:
    flat = to_flat(newsnlp.parse(PAGE, published="2026-03-13"))
    assert flat["dates"] == [{"text": "12 marca 2026 r.", "value": "2026-03-12"}]


def test_ages_are_no_durations() -> None:
    article = newsnlp.parse("Wypadek na drodze\n\nKierowca ma 75 lat i jest cały.\n",
                            published="2026-03-13")
    assert [d for d in article.dates if d.type == "duration"] == []
