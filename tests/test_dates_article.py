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



HOLIDAY_PAGE = (
    "Kolędy w parafii św. Jana\n\n"
    "Parafia św. Jana w Sosnowcu zaprasza mieszkańców na wspólne kolędowanie. Koncert "
    "chóru odbędzie się w Wigilię po pasterce, a wstęp będzie wolny.\n\n"
    "W Boże Ciało doszło do kolizji na rynku, dlatego tym razem procesja pójdzie inną "
    "trasą. Próby chóru odbywają się w każdy czwartek w salce przy plebanii.\n"
)


def test_holidays_are_dates_of_the_article_in_the_year_their_verb_points_to() -> None:
    article = newsnlp.parse(HOLIDAY_PAGE, published="2026-03-13")
    got = {d.text: (d.value, d.type, d.relative) for d in article.dates}
    assert got["Wigilię"] == ("2026-12-24", "date", True)
    assert got["Boże Ciało"] == ("2025-06-19", "date", True)  # past tense: last year's
    assert to_flat(article)["dates"] == [{"text": "Wigilię", "value": "2026-12-24"},
                                         {"text": "Boże Ciało", "value": "2025-06-19"}]


def test_a_holiday_without_a_date_to_resolve_against_has_no_value() -> None:
    article = newsnlp.parse(HOLIDAY_PAGE)
    assert [(d.text, d.value) for d in article.dates if d.type == "date"] == [
        ("Wigilię", None), ("Boże Ciało", None)]


def test_a_holiday_season_is_no_date() -> None:
    page = ("Ruch w sklepach\n\nHandlowcy liczą na ruch przed świętami Bożego Narodzenia. W "
            "okresie Wielkanocy sprzedaż rośnie o jedną piątą, a ciasto piecze się na święta: "
            "Bożego Narodzenia, Wielkanocy i na wesela. Rekord padł w Wigilię.\n")
    article = newsnlp.parse(page, published="2026-03-13")
    assert [d.text for d in article.dates] == ["Wigilię"]


def test_a_night_time_after_an_evening_one_in_running_text_is_the_next_day() -> None:
    """`o godz. 23:10 …, a o godz. 0:35 zakończono działania`: the night's story passes
    midnight (CONVENTIONS); a morning time after an evening one is the same day's schedule."""
    import newsnlp

    text = ("Pożar kamienicy przy ul. Lubartowskiej\n\n"
            "W środę 11 marca 2026 r. o godz. 21:47 strażacy dostali zgłoszenie o pożarze. "
            "O godz. 23:10 pożar został zlokalizowany, a o godz. 0:35 zakończono działania.\n\n"
            "W piątek 13 marca 2026 r. o godz. 19:00 zaczyna się koncert, a kasa będzie "
            "czynna od godz. 10:00.\n")
    values = {d.text: d.value for d in newsnlp.Pipeline(nlp=None).parse(text).dates}
    assert values["godz. 0:35"] == "2026-03-12T00:35"
    assert values["godz. 23:10"] == "2026-03-11T23:10"
    assert values.get("godz. 10:00", "2026-03-13T10:00") == "2026-03-13T10:00"


def test_a_calendar_rows_day_and_month_is_a_date_of_the_publication_year() -> None:
    """`14.03 | Koncert…`, `• 31.05 – Festyn…`: a day and month opening a calendar's row
    before its separator; the same digits inside a sentence are no date (`wyniósł 14.03 –`)."""
    text = ("Kalendarz wydarzeń\nOpublikowano: 10.03.2026\n14.03 | Koncert zespołu Kwadrat\n"
            "  • 31.05 – Festyn parafialny w Choczni\nKurs wyniósł 14.03 – rekord.\n")
    dates = [(d.text, d.value) for d in newsnlp.parse(text, published="2026-03-10").dates]
    assert dates == [("10.03.2026", "2026-03-10"), ("14.03", "2026-03-14"),
                     ("31.05", "2026-05-31")]
    # a programme's hours written with a dot are no days and months
    text = ("Festyn\nOpublikowano: 10.03.2026\nProgram festynu:\n10.00 – Msza\n"
            "11.05 – występ dzieci\n12.10 – loteria\n")
    assert [d.value for d in newsnlp.parse(text, published="2026-03-10").dates] == [
        "2026-03-10"]
