"""find_timex: dates under the TIMEX3 scheme (KPWr), on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsnlp
from newsnlp.extract.dates import find_dates
from newsnlp.extract.dates.timex import find_timex
from newsnlp.models import DateMention

DOC = "2009-07-05"  # a Sunday
RULES = newsnlp.Pipeline(nlp=None)


def found(text: str, document_date: str | None = DOC) -> dict[str, str | None]:
    return {m.text: m.value for m in find_timex(text, document_date=document_date)}


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Zimą drogowcy zużyli dwa razy więcej soli.", "Zimą", "2009-WI"),
    ("Festyn odbył się latem 2007 roku na rynku.", "latem 2007 roku", "2007-SU"),
    ("Po przerwie zimowej zespół wznowił treningi.", "zimowej", "2009-WI"),
    ("W przyszłym tygodniu ruszy remont ulicy Łęczyckiej.", "przyszłym tygodniu", "2009-W28"),
    ("W ubiegłym tygodniu policjanci zatrzymali trzech sprawców.", "ubiegłym tygodniu",
     "2009-W26"),
    ("Na długi weekend zapowiadane są upały.", "długi weekend", "2009-W27-WE"),
    ("Kamienica powstała w latach 30. XX wieku.", "latach 30. XX wieku", "193"),
    ("W latach 90-tych działał tu kinoteatr.", "latach 90-tych", "199"),
    ("To kościół z XVIII wieku.", "XVIII wieku", "17"),
    ("Była to dwudziestowieczna architektura.", "dwudziestowieczna", "19"),
    ("Czerwcowe spotkanie podsumuje sezon.", "Czerwcowe", "2009-06"),
    ("Trzy dni temu spłonęła stodoła.", "Trzy dni temu", "2009-07-02"),
    ("Dwa lata temu otwarto tu szkołę.", "Dwa lata temu", "2007"),
    ("Firma działa od trzech lat.", "trzech lat", "P3Y"),
    ("Remont potrwa pół roku.", "pół roku", "P0.5Y"),
    ("Zorganizowano dwudniowy kurs pierwszej pomocy.", "dwudniowy", "P2D"),
    ("Koncert odbędzie się w Wigilię na rynku.", "Wigilię", "2009-12-24"),
])
def test_timex_expressions(text: str, span: str, value: str | None) -> None:
    assert found(text).get(span, "missing") == value


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Jarmark organizowany jest co roku w sierpniu.", "co roku", "P1Y"),
    ("Biblioteka jest czynna codziennie.", "codziennie", "P1D"),
    ("Zajęcia odbywają się w każdy czwartek.", "w każdy czwartek", "XXXX-WXX-4"),
    ("Próby chóru są we wtorki.", "we wtorki", "XXXX-WXX-2"),
    ("To comiesięczne spotkanie.", "comiesięczne", "P1M"),
])
def test_sets_have_a_timex3_set_value(text: str, span: str, value: str) -> None:
    got = {m.text: m for m in find_timex(text, document_date="2009-07-05")}
    assert got[span].value == value and got[span].type == "set"


@pytest.mark.parametrize(("text", "span"), [
    ("W najbliższych dniach spadnie śnieg.", "najbliższych dniach"),
    ("Od kilku lat mieszka w Ozorkowie.", "kilku lat"),
])
def test_timex_without_a_value(text: str, span: str) -> None:
    assert found(text).get(span, "missing") is None


def test_anaphoric_day_takes_the_day_named_before() -> None:
    text = ("Sprawcę zatrzymano 12 marca 2009 r. Tego samego dnia usłyszał zarzuty, "
            "a następnego dnia sąd aresztował go na trzy miesiące.")
    got = found(text)
    assert got["Tego samego dnia"] == "2009-03-12"
    assert got["następnego dnia"] == "2009-03-13"
    assert got["trzy miesiące"] == "P3M"


def test_anaphoric_day_with_nothing_before() -> None:
    # a demonstrative points at a definite day: TIMEX3 marks it even when its value is unknown
    got = found("Tego dnia padał deszcz, więc mecz przełożono.")
    assert "Tego dnia" in got and got["Tego dnia"] is None
    # without one, and with no day named before, the phrase is generic (`by day`)
    assert "w dzień" not in found("Ptaki te żerują w dzień, a nocą śpią w trzcinach.")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Została sportowcem roku w plebiscycie gazety.", "roku", "2009"),
    ("Zawodnikiem miesiąca kibice wybrali bramkarza.", "miesiąca", "2009-07"),
    ("Odkryciem tygodnia jest nowa kawiarnia.", "tygodnia", "2009-W27"),
])
def test_the_period_of_an_award_title_is_the_current_one(text: str, span: str,
                                                          value: str) -> None:
    assert found(text)[span] == value


def test_a_bare_year_without_a_title_head_is_not_a_date() -> None:
    assert "roku" not in found("Wiosna to najpiękniejsza z pór roku.")


def test_programme_times_take_the_single_day_not_the_range() -> None:
    text = ("Sesja odbędzie się w czwartek, 7 października w godzinach 10.30 – 13.30. "
            "Panel o relacjach z dni 3-10 sierpnia. 12.00 – 13.00 dyskusja.")
    got = found(text, "2010-10-05")
    assert got["godzinach 10.30"] == "2010-10-07T10:30"
    assert got["13.30"] == "2010-10-07T13:30"
    assert got["12.00"] == "2010-10-07T12:00"


def test_dateline_replaces_a_collection_date() -> None:
    text = ("Prokuratura Rejonowa\nGdańsk, 16 czerwca 2005r.\nZAWIADOMIENIE\n"
            "Pochód 1 maja przeszedł ulicami miasta.")
    got = found(text, "2012-11-26")
    assert got["1 maja"] == "2005-05-01"
    # a dateline that agrees with the document date changes nothing
    assert found(text, "2005-06-20")["1 maja"] == "2005-05-01"


def test_future_day_without_year_is_not_in_the_past() -> None:
    text = "22 lutego o godz. 17.00 w bibliotece odbędzie się otwarcie wystawy."
    assert found(text, "2011-10-08")["22 lutego o godz. 17.00"] == "2012-02-22T17:00"


@pytest.mark.parametrize("text", [
    "Czytelnia mieści się przy ul. Listopadowej 6.",
    "Pisał o tym publicysta Gościa Niedzielnego.",
    "Zatrzymany 29-letni mieszkaniec Ozorkowa trafił do aresztu.",
    "Najstarszy uczestnik ma 75 lat.",
    "Zniżki przysługują osobom powyżej 26 roku życia.",
    "Przy rondzie babie lato unosiło się w powietrzu.",
])
def test_names_and_ages_are_not_timex(text: str) -> None:
    assert find_timex(text, document_date=DOC) == [
        m for m in find_dates(text, 0, len(text), published=DOC)]


def test_find_dates_results_are_kept() -> None:
    text = "We wtorek 10 marca o godz. 17:00 w ratuszu, a zimą w hali."
    news = find_dates(text, 0, len(text), published="2026-03-13")
    timex = find_timex(text, document_date="2026-03-13")
    assert [(m.start, m.end, m.value) for m in news] == [
        (m.start, m.end, m.value) for m in timex if m.text != "zimą"]
    assert any(m.text == "zimą" for m in timex)


def test_no_document_date() -> None:
    got = found("Zimą, w przyszłym tygodniu, trzy dni temu; od dwóch lat.", None)
    assert got["Zimą"] is None and got["przyszłym tygodniu"] is None
    assert got["trzy dni temu"] is None and got["dwóch lat"] == "P2Y"


WORDS = st.sampled_from([
    "zimą", "latem", "2009", "roku", "w", "tygodniu", "przyszłym", "weekend", "latach", "70.",
    "XX", "wieku", "godz.", "10.30", "–", "13:00", "tego", "dnia", "samego", "trzy", "dni",
    "temu", "za", "co", "codziennie", "12", "marca", "Wigilię", "Listopadowej", "ul.", "ma",
    "lat", "-letni", "\n", ",", ".", " ", "  ", "ą", "Ż", "dwudziestowieczną", "pół", "r.",
])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=40).map(" ".join) | st.text(max_size=200),
       st.sampled_from([None, "2009-07-05", "2026-03-13T08:45", "bad"]))
def test_never_raises_and_offsets_hold(text: str, document_date: str | None) -> None:
    mentions = find_timex(text, document_date=document_date)
    assert all(isinstance(m, DateMention) for m in mentions)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_quarters_and_halves() -> None:
    got = found("Zysk w pierwszym kwartale 2009 r. wzrósł, a w II półroczu spadł.", "2010-03-01")
    assert got["pierwszym kwartale 2009 r."] == "2009-Q1"
    assert got["II półroczu"] == "2010-H2"
    assert found("Ceny spadną w drugiej połowie roku.", "2010-03-01") == {
        "drugiej połowie roku": "2010-H2"}


def test_nth_weekday_of_month_replaces_its_parts() -> None:
    got = found("Rajd odbył się w ostatnią niedzielę września.", "2011-10-08")
    assert got == {"w ostatnią niedzielę września": "2011-09-25"}


def test_weekday_range_is_the_anchor_week() -> None:
    """`od poniedziałku do piątku`: the two ends, in the week of the anchor (a Wednesday)."""
    got = found("Od poniedziałku do piątku świetlica jest otwarta dla dzieci.", "2013-01-16")
    assert got["poniedziałku"] == "2013-01-14"
    assert got["piątku"] == "2013-01-18"
    later = found("Od poniedziałku do środy będą utrudnienia na Zgierskiej.", "2013-01-17")
    assert later["poniedziałku"] == "2013-01-21" and later["środy"] == "2013-01-23"


def test_hour_range_needs_a_free_end() -> None:
    got = found("Hala jest czynna od 9 do 14 w soboty, sala od 16 do 20.", "2013-01-16")
    assert got["9"] == "2013-01-16T09:00" and got["14"] == "2013-01-16T14:00"
    assert got["16"] == "2013-01-16T16:00" and got["20"] == "2013-01-16T20:00"
    for text in ("Działki kosztują od 10 do 20 zł za metr.", "Sprawcy mają od 18 do 23 lat.",
                 "Dostaną od 1 do 3 pensji odprawy."):
        assert not any(m.text in ("10", "18", "1") for m in find_timex(text, document_date=DOC))


def test_period_edges_ordinal_weeks_and_eras() -> None:
    got = found("Z końcem roku zamkniemy sklep, a na początku miesiąca ruszy nowy. "
                "W pierwszym tygodniu ferii basen jest bezpłatny. "
                "Prawo z 450 r. p.n.e. zakazywało czarów.", "2006-12-20")
    assert got["końcem roku"] == "2006"
    assert got["początku miesiąca"] == "2006-12"
    assert got["pierwszym tygodniu"] is None
    assert got["450 r. p.n.e."] == "BC0450"
    assert "końca roku 2009" not in found("Budowa potrwa do końca roku 2009.")


def test_year_follows_the_day_named_last() -> None:
    """A day and month with no year takes the year of the focus when that is nearer."""
    text = ("Gala odbędzie się 9 kwietnia o godz. 10:00. Poprzedzą ją warsztaty "
            "organizowane 7 i 8 kwietnia.")
    got = found(text, "2011-10-08")
    assert got["9 kwietnia o godz. 10:00"] == "2012-04-09T10:00"
    assert got["7"] == "2012-04-07" and got["8 kwietnia"] == "2012-04-08"


def test_future_sentence_runs_past_abbreviations() -> None:
    """`godz.` and `ul.` end no sentence, so the cue at its end still counts."""
    text = "Nie przegap! 1 lutego o godz. 16.30 przy ul. Mielczarskiego odbędzie się spotkanie."
    assert found(text, "2011-10-08")["1 lutego o godz. 16.30"] == "2012-02-01T16:30"


@pytest.mark.parametrize("text", [
    "Sprawcy mieli więcej niż 18 lat.",
    "Bilety ulgowe dla dzieci w wieku do 5 lat.",
    "Wystąpili bracia Nowakowie (12 i 13 lat).",
])
def test_ages_behind_quantifiers_are_not_durations(text: str) -> None:
    assert not any(m.text.endswith("lat") for m in find_timex(text, document_date=DOC))


def test_qualified_summer_and_half_a_year_ago() -> None:
    """`lata` is summer only after a genitive qualifier; half a year is six months."""
    got = found("Zeszłego lata i pół roku temu, a przez minione lata nic.", "2009-07-05")
    assert got["Zeszłego lata"] == "2008-SU"
    assert got["pół roku temu"] == "2009-01"
    assert "lata" not in got and "minione lata" not in got


@pytest.mark.parametrize(("text", "duration"), [
    ("Autobusy kursują od godziny 5.30 do 22.00.", None),
    ("Okienko jest czynne od godziny 8 w dni robocze.", None),
    ("Firma działa w tym miejscu od roku 2010.", None),
    ("Na karetkę czekaliśmy od godziny.", "PT1H"),
    ("Pracował w urzędzie przez rok.", "P1Y"),
])
def test_a_unit_before_a_number_labels_it(text: str, duration: str | None) -> None:
    """`od godziny 5.30`: the unit names the number after it (an hour, a year), it spans no
    single unit; without a number it does (`od godziny` = for an hour). Opening hours are no
    dates, so nothing else takes the span in the Article."""
    article = RULES.parse(text, published="2025-03-14")
    durations = [m.value for m in article.dates if m.type == "duration"]
    assert durations == ([duration] if duration else [])
