"""One test per resolution rule of issue 16: TIMEX3 types, the governing verb's tense, limits
(`do 31 grudnia`), holidays (Easter computed), on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsnlp.extract.dates import find_dates
from newsnlp.extract.dates.tense import governing_tense
from newsnlp.extract.dates.timex import find_timex
from newsnlp.morph.morfeusz import available

needs_morfeusz = pytest.mark.skipif(not available(), reason="Morfeusz not installed")


def values(text: str, published: str) -> dict[str, str | None]:
    return {m.text: m.value for m in find_dates(text, 0, len(text), published=published)}


@needs_morfeusz
@pytest.mark.parametrize(("text", "tense"), [
    ("W piątek odbędzie się sesja rady.", "future"),
    ("W piątek doszło do wypadku.", "past"),
    ("W piątek radni będą głosować.", "future"),
    ("Wnioski przyjmowano w piątek.", "past"),
    ("W piątek sklep jest zamknięty.", "present"),
    ("W piątek.", None),
])
def test_governing_tense_from_morfeusz_tags(text: str, tense: str | None) -> None:
    assert governing_tense(text, 0, len("W piątek")) == tense


@needs_morfeusz
def test_a_bare_weekday_follows_the_tense_of_its_verb() -> None:
    # 2026-03-11 is a Wednesday
    assert values("W piątek odbędzie się sesja rady.", "2026-03-11") == {"W piątek": "2026-03-13"}
    assert values("W piątek doszło do wypadku.", "2026-03-11") == {"W piątek": "2026-03-06"}
    # a past verb wins over a future cue elsewhere in the sentence
    assert values("W piątek doszło do wypadku, o którym będzie głośno.", "2026-03-11")[
        "W piątek"] == "2026-03-06"


@needs_morfeusz
def test_since_a_weekday_follows_the_tense_of_its_verb() -> None:
    # 2026-03-11 is a Wednesday; `od` + weekday starts a state
    assert values("Od poniedziałku trwają ferie zimowe.", "2026-03-11") == {
        "poniedziałku": "2026-03-09"}  # a present state that already holds: since Monday
    assert values("Od poniedziałku obowiązywały nowe zasady.", "2026-03-11") == {
        "poniedziałku": "2026-03-09"}  # past
    assert values("Od poniedziałku kierowców czekają objazdy.", "2026-03-11") == {
        "poniedziałku": "2026-03-16"}  # the headline present: what is to come
    assert values("Od piątku będą obowiązywać nowe zasady.", "2026-03-11") == {
        "piątku": "2026-03-13"}  # future
    assert values("Bilety od piątku w kasie teatru.", "2026-03-11") == {
        "piątku": "2026-03-13"}  # no verb


@needs_morfeusz
def test_a_yearless_date_across_new_year_follows_the_tense() -> None:
    assert values("Wnioski można składać do 31 grudnia.", "2026-01-10") == {
        "31 grudnia": "2026-12-31"}  # a limit not in the past lies ahead
    assert values("Wnioski przyjmowano do 31 grudnia.", "2026-01-10") == {
        "31 grudnia": "2025-12-31"}
    assert values("31 grudnia doszło do pożaru.", "2026-01-10") == {"31 grudnia": "2025-12-31"}
    assert values("15 stycznia doszło do pożaru.", "2026-12-01") == {"15 stycznia": "2026-01-15"}
    assert values("Proces ruszy 15 stycznia.", "2026-12-01") == {"15 stycznia": "2027-01-15"}


@pytest.mark.parametrize(("text", "span", "value", "kind", "granularity"), [
    ("Wypadek zdarzył się 12 marca 2026 r.", "12 marca 2026 r.", "2026-03-12", "date", "day"),
    ("Spotkanie 12 marca o godz. 17:00.", "12 marca o godz. 17:00", "2026-03-12T17:00", "time",
     "minute"),
    ("Remont trwał trzy dni.", "trzy dni", "P3D", "duration", None),
    ("Akcja trwała dwie godziny.", "dwie godziny", "PT2H", "duration", None),
    ("Festyn odbywa się co roku.", "co roku", "P1Y", "set", None),
    ("Wrócimy w przyszłym tygodniu.", "przyszłym tygodniu", "2026-W12", "date", "week"),
    ("Zysk w pierwszym kwartale 2025 spadł.", "pierwszym kwartale 2025", "2025-Q1", "date",
     "quarter"),
    ("W II półroczu ceny wzrosną.", "II półroczu", "2026-H2", "date", "half-year"),
    ("Latem 2024 r. padał deszcz.", "Latem 2024 r.", "2024-SU", "date", "season"),
])
def test_every_mention_has_a_timex3_type(text: str, span: str, value: str, kind: str,
                                         granularity: str | None) -> None:
    got = {m.text: m for m in find_timex(text, document_date="2026-03-13")}
    assert (got[span].value, got[span].type, got[span].granularity) == (value, kind,
                                                                          granularity)


@pytest.mark.parametrize(("text", "value"), [
    ("Koncert odbędzie się w Wielkanoc.", "2026-04-05"),
    ("Sklepy będą zamknięte w Boże Ciało.", "2026-06-04"),
    ("Koncert odbędzie się w Wigilię.", "2026-12-24"),
])
def test_holidays_fixed_and_movable(text: str, value: str) -> None:
    assert [m.value for m in find_timex(text, document_date="2026-03-13")] == [value]


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Rozpoczęcie roku szkolnego odbędzie się w auli.", "2026-03-13", "2026-09-01"),
    ("Rozpoczęcie roku szkolnego odbędzie się w auli.", "2029-03-13", "2029-09-03"),  # a Sat
    ("Świadectwa wręczono na zakończenie roku szkolnego.", "2026-07-10", "2026-06-26"),
    ("W Tłusty Czwartek kupiliśmy pączki.", "2026-03-13", "2026-02-12"),
    ("Na Wszystkich Świętych pojedziemy na cmentarz.", "2026-03-13", "2026-11-01"),
    ("W Dzień Matki będą kwiaty.", "2026-05-20", "2026-05-26"),
])
def test_named_days_and_the_school_year(text: str, published: str, value: str) -> None:
    assert [m.value for m in find_timex(text, document_date=published)] == [value]


@needs_morfeusz
def test_a_holiday_moves_to_the_year_its_verb_points_to() -> None:
    assert [m.value for m in find_timex("W Wigilię doszło do pożaru.",
                                        document_date="2026-03-13")] == ["2025-12-24"]
    assert [m.value for m in find_timex("W Dzień Matki będą kwiaty.",
                                        document_date="2026-06-10")] == ["2027-05-26"]


def test_holidays_at_the_calendars_limits_give_no_value() -> None:
    assert [m.value for m in find_timex("W Wigilię będzie koncert.",
                                        document_date="9999-12-31")] == [None]


def test_a_full_date_anchors_yearless_dates_after_it_in_its_paragraph() -> None:
    import newsnlp

    page = ("Sprawa sprzed lat\n\nDo zdarzenia doszło 3 marca 2019 r. w Łodzi. 12 marca policja "
            "zatrzymała sprawcę, a w czerwcu ruszył proces.\n\nWyrok zapadnie 25 marca.\n")
    got = {d.text: d.value for d in newsnlp.parse(page, published="2026-03-13").dates}
    assert got["12 marca"] == "2019-03-12" and got["w czerwcu"] == "2019-06"
    assert got["25 marca"] == "2026-03-25"  # a new paragraph: the focus ends
    # the publication year as focus changes nothing
    assert values("Było to 3 marca 2026 r., a 12 marca doszło do kolizji.", "2026-03-13")[
        "12 marca"] == "2026-03-12"


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Szkoła świętuje swoje 50-lecie.", "50-lecie", "P50Y"),
    ("Miesiąc po procesie dostała pracę.", "Miesiąc", "P1M"),
    ("Jeździliśmy przez cały dzień.", "cały dzień", "P1D"),
    ("W przeciągu miesiąca przyjdą wyniki.", "przeciągu miesiąca", "P1M"),
    ("Od lat mieszka w Ozorkowie.", "Od lat", None),
])
def test_durations_from_durative_prepositions_and_anniversaries(text: str, span: str,
                                                                value: str | None) -> None:
    got = {m.text: m for m in find_timex(text, document_date="2026-03-13")}
    assert got[span].value == value and got[span].type == "duration"


def test_pipeline_mentions_are_dates_or_times() -> None:
    text = "Wczoraj o godz. 17:00 na rynku. 12 marca 2026 r. sesja.\n\n21:47 – zgłoszenie.\n"
    got = {m.text: m.type for m in find_dates(text, 0, len(text), published="2026-03-13")}
    assert got == {"Wczoraj o godz. 17:00": "time", "12 marca 2026 r.": "date",
                   "21:47": "time"}


@pytest.mark.parametrize(("text", "span", "value"), [
    # a whole hour after `o` joins the day before it
    ("Spotkajmy się jutro o 16 na rynku.", "jutro o 16", "2026-12-05T16:00"),
    ("Sesja rady 15 stycznia o 12.", "15 stycznia o 12", "2027-01-15T12:00"),
    ("Zbiórka w piątek o 7 rano.", "w piątek o 7", "2026-12-04T07:00"),
    # a day written as an ordinal word
    ("Zebranie odbędzie się pierwszego marca.", "pierwszego marca", "2027-03-01"),
    ("Zbiórka trwa do dwudziestego czwartego grudnia 2026 r.",
     "dwudziestego czwartego grudnia 2026 r.", "2026-12-24"),
    ("Wyniki poznamy trzydziestego pierwszego grudnia.", "trzydziestego pierwszego grudnia",
     "2026-12-31"),
    # a clock time in words
    ("Zbiórka jutro o szesnastej.", "jutro o szesnastej", "2026-12-05T16:00"),
    ("Pociąg przyjedzie jutro za kwadrans piąta.", "jutro za kwadrans piąta",
     "2026-12-05T04:45"),
    ("Kino otwieramy w piątek o wpół do siódmej.", "w piątek o wpół do siódmej",
     "2026-12-04T06:30"),
    ("Wrócimy jutro kwadrans po dwudziestej drugiej.", "jutro kwadrans po dwudziestej drugiej",
     "2026-12-05T22:15"),
])
def test_short_expressions(text: str, span: str, value: str) -> None:
    assert values(text, "2026-12-04") == {span: value}


@pytest.mark.parametrize("text", [
    "Goście byli w piątek o 3 bramki lepsi.",  # a difference, not a time
    "Ceny wzrosły wczoraj o 16 proc.",
    "O 16 zaczyna się mecz.",  # a whole hour with no day is left out
    "Mieszka przy ulicy Trzeciego Maja.",  # an ordinal before a capitalised month: a name
    "Obwieszczenie o pierwszej licytacji nieruchomości.",  # an ordinal before a noun
])
def test_numbers_and_ordinals_that_are_no_times(text: str) -> None:
    found = find_dates(text, 0, len(text), published="2026-12-04")
    assert [m.text for m in found if m.type == "time"] == []
    assert not any(m.text.lower().startswith(("trzeciego", "pierwszej")) for m in found)


@needs_morfeusz
def test_a_yearless_day_in_a_sentence_about_the_future_lies_ahead() -> None:
    assert values("Festyn odbędzie się 22 lutego.", "2026-10-08") == {
        "22 lutego": "2027-02-22"}
    assert values("22 lutego doszło do pożaru.", "2026-10-08") == {"22 lutego": "2026-02-22"}
    # at the calendar's end the next year does not exist: no value, no overflow
    assert values("Festyn odbędzie się 22 lutego.", "9999-10-08") == {"22 lutego": None}
    # a day only days before publication stays: a late-dated page, or a period that began
    assert values("Od 1 marca rodzice będą mogli składać wnioski.", "2026-03-05") == {
        "1 marca": "2026-03-01"}


def test_a_time_alone_on_its_line_takes_the_day_of_the_page() -> None:
    """A live report's entry stamp (`12:35` over its text) is a time of the publication
    day (spaces around it too); a time in running text with no `o`/`godz.` before it stays
    unread."""
    def found(text: str) -> list[tuple[str, str | None]]:
        return [(m.text, m.value)
                for m in find_dates(text, 0, len(text), published="2025-06-01")]

    assert found("Relacja\n12:35\nFrekwencja rośnie.") == [("12:35", "2025-06-01T12:35")]
    assert found("Wynik 12:35 nie pada często.") == []
    assert found("Relacja\n  12:35   \nTekst.") == [("12:35", "2025-06-01T12:35")]


def test_a_street_word_ending_the_line_above_names_no_street_in_the_date() -> None:
    """`ul. 3 Maja` is a street, but a street word that ends the line above (a headline
    `… Oto lista ulic` over the date line) is another line's: the date stands."""
    text = "Ponad 12 km nowych dróg rowerowych. Oto lista ulic\n5 lutego 2026, 09:12\nTekst."
    assert [(d.text, d.value) for d in find_dates(text, 0, len(text))] == [
        ("5 lutego 2026, 09:12", "2026-02-05T09:12")]
    street = "Dom stoi przy ul. 3 Maja 12."
    assert find_dates(street, 0, len(street)) == []
