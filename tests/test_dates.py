"""newsnlp.extract.dates: every date form of issue 4, non-dates, roles, offsets that hold."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsnlp.extract.dates import extract_dates, find_dates
from newsnlp.layout.blocks import Block
from newsnlp.text.lines import split_lines

PUB = "2026-03-13"  # a Friday


def found(text: str, published: str | None = PUB) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, 0, len(text), published=published)]


@pytest.mark.parametrize(("text", "expected"), [
    # absolute dates, month names in the genitive and wrongly in the nominative
    ("Uroczystość odbyła się 9 grudnia 2025 r. w ratuszu.", [("9 grudnia 2025 r.", "2025-12-09")]),
    ("kategoria: Na Sygnale\n9 grudzień 2025\n", [("9 grudzień 2025", "2025-12-09")]),
    ("Data dodania: 3 luty 2026", [("3 luty 2026", "2026-02-03")]),
    ("Sesja rady miasta 9.12.2025 zakończyła się późno.", [("9.12.2025", "2025-12-09")]),
    ("Dodano: 09/12/2025 14:30", [("09/12/2025 14:30", "2025-12-09T14:30")]),
    ("kiedy\n2025-12-09 14:30\nmiejsce", [("2025-12-09 14:30", "2025-12-09T14:30")]),
    ("Termin składania ofert: 3 IV 2026 r.", [("3 IV 2026 r.", "2026-04-03")]),
    ("Zgodnie z pismem dn. 3.04.2026 komisja zebrała się ponownie.",
     [("3.04.2026", "2026-04-03")]),
    ("Zarząd do 12 bm. odzyskał część pieniędzy.", [("12 bm.", "2026-03-12")]),
    ("Projekt przyjęto 12 marca br. na sesji.", [("12 marca br.", "2026-03-12")]),
    ("Mecz rozegrano 7-go października 2010 w Ozorkowie.",
     [("7-go października 2010", "2010-10-07")]),
    # a weekday with its date, the year taken from the publication date (the year before
    # or after it when only that one puts the day on the weekday written)
    ("Wypadek wydarzył się w piątek 12 grudnia na obwodnicy.",
     [("w piątek 12 grudnia", "2025-12-12")]),
    ("Festyn odbędzie się w sobotę 13 czerwca.", [("w sobotę 13 czerwca", "2026-06-13")]),
    ("We wtorek 10 marca seniorka straciła oszczędności.",
     [("We wtorek 10 marca", "2026-03-10")]),
    ("W środę (11 marca) ruszył punkt szczepień.", [("W środę (11 marca)", "2026-03-11")]),
    ("  • 2 lutego (poniedziałek) – Urząd Miejski", [("2 lutego (poniedziałek)", "2026-02-02")]),
    ("piątek, 13 marca 2026 | imieniny: Bożeny", [("piątek, 13 marca 2026", "2026-03-13")]),
    # times tied to a date
    ("Spotkanie zaplanowano na 12 marca o godz. 17:00 w auli.",
     [("12 marca o godz. 17:00", "2026-03-12T17:00")]),
    ("Do zdarzenia doszło w poniedziałek 2 lutego około godz. 21:50 na Łabędach.",
     [("w poniedziałek 2 lutego około godz. 21:50", "2026-02-02T21:50")]),
    ("Ania B.   09.12.2025, 15:02\nŚwietny tekst!", [("09.12.2025, 15:02", "2025-12-09T15:02")]),
    ("27.01.2026 r., godz. 09:12", [("27.01.2026 r., godz. 09:12", "2026-01-27T09:12")]),
    ("Wczoraj ok. godz. 16.40 patrol zatrzymał kierowcę.",
     [("Wczoraj ok. godz. 16.40", "2026-03-12T16:40")]),
    # a bare clock time takes the day the article names
    ("We wtorek 10 marca dzwoniono do seniorki. Około godziny 11:00 oszust przejął rozmowę.",
     [("We wtorek 10 marca", "2026-03-10"), ("godziny 11:00", "2026-03-10T11:00")]),
    ("Policjanci dotarli na miejsce o godz. 14.35.", [("godz. 14.35", "2026-03-13T14:35")]),
    # ranges and lists: one entry per end, the missing month and year from the other end
    ("Festiwal potrwa od 1 do 5 marca 2026 r.",
     [("1", "2026-03-01"), ("5 marca 2026 r.", "2026-03-05")]),
    ("Zawody odbędą się w dniach 12-14.06.2026 na stadionie.",
     [("12", "2026-06-12"), ("14.06.2026", "2026-06-14")]),
    ("Tydzień w liczbach: 2–8 marca 2026", [("2", "2026-03-02"), ("8 marca 2026", "2026-03-08")]),
    ("Podsumowanie (09.02–15.02.2026)", [("09.02", "2026-02-09"), ("15.02.2026", "2026-02-15")]),
    ("Areszt trwał od 4 marca do 30 czerwca 2024 r.",
     [("4 marca", "2024-03-04"), ("30 czerwca 2024 r.", "2024-06-30")]),
    ("Koncerty zagrają 23 i 24 marca.", [("23", "2026-03-23"), ("24 marca", "2026-03-24")]),
    ("Remont zaplanowano na kwiecień i maj 2026.",
     [("kwiecień", "2026-04"), ("maj 2026", "2026-05")]),
    ("Spółka działała w latach 2019–2022 w Zabrzu.", [("2019", "2019"), ("2022", "2022")]),
    # months and years
    ("Nieprawidłowości wykryto w marcu 2026 podczas kontroli.", [("w marcu 2026", "2026-03")]),
    ("Przetarg ogłoszą w lutym.", [("w lutym", "2026-02")]),
    ("Audyt zlecono w październiku 2022 r.", [("w październiku 2022 r.", "2022-10")]),
    ("Od lutego wyższe opłaty za śmieci.", [("lutego", "2026-02")]),
    ("Dzień Otwarty – marzec w naszej szkole", [("marzec", "2026-03")]),
    ("Według danych w 2025 roku doszło do 1800 wypadków.", [("2025 roku", "2025")]),
    ("Inwestycja znalazła się w budżecie na 2026 rok.", [("2026 rok", "2026")]),
    ("Zbiórka trwała do marca tego roku.", [("marca tego roku", "2026-03")]),
    ("© 2026 Urząd Miasta", [("2026", "2026")]),
    ("© OSP Łącko 2026", [("2026", "2026")]),
    # portal date lines
    ("Data publikacji: 13.03.2026 | 08:45", [("13.03.2026 | 08:45", "2026-03-13T08:45")]),
    ("Opublikowano 2026-03-13T08:45:00+01:00", [("2026-03-13T08:45:00+01:00",
                                                "2026-03-13T08:45")]),
    ("Dodano: 2026-03-04 10:15:32", [("2026-03-04 10:15:32", "2026-03-04T10:15")]),
    ("pt., 13.03.2026 r.", [("pt., 13.03.2026 r.", "2026-03-13")]),
    ("Termin: 13.III.2026 r.", [("13.III.2026 r.", "2026-03-13")]),
    ("Zgłoszenia do 12 lis 2025.", [("12 lis 2025", "2025-11-12")]),
    ("Spotkanie w piątek 20.03 o 17.00 w sali.",
     [("w piątek 20.03 o 17.00", "2026-03-20T17:00")]),
    ("Wnioski od 1.03 do 15.03.2026 r.", [("1.03", "2026-03-01"), ("15.03.2026 r.", "2026-03-15")]),
    ("W nocy z 12 na 13 marca doszło do włamania.",
     [("12", "2026-03-12"), ("13 marca", "2026-03-13")]),
    ("28.02–01.03 – Jarmark Góralski", [("28.02", "2026-02-28"), ("01.03", "2026-03-01")]),
])
def test_absolute_and_anchored_forms(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wczoraj radni przyjęli uchwałę.", [("Wczoraj", "2026-03-12")]),
    ("Przedwczoraj sanepid potwierdził przypadek odry.", [("Przedwczoraj", "2026-03-11")]),
    ("Od dziś obowiązują nowe zasady.", [("dziś", "2026-03-13")]),
    ("Jutro ruszają zapisy.", [("Jutro", "2026-03-14")]),
    ("W ubiegły piątek na SOR trafiło 120 osób.", [("W ubiegły piątek", "2026-03-06")]),
    ("Problem zgłosił w ubiegły czwartek pan Marek.", [("w ubiegły czwartek", "2026-03-12")]),
    ("Zapraszamy w najbliższą sobotę na festyn.", [("w najbliższą sobotę", "2026-03-14")]),
    ("Kobietę zatrzymano we wtorek.", [("we wtorek", "2026-03-10")]),
    ("W piątek policjanci zatrzymali sprawcę.", [("W piątek", "2026-03-13")]),
    ("Spotkanie odbędzie się w poniedziałek w ratuszu.", [("w poniedziałek", "2026-03-16")]),
    ("Zapisy od poniedziałku.", [("poniedziałku", "2026-03-16")]),
    ("W tym roku miasto przeznaczyło 2 mln zł.", [("W tym roku", "2026")]),
    ("W ubiegłym roku skorzystało 318 rodzin.", [("W ubiegłym roku", "2025")]),
    ("Remont ruszy w przyszłym roku.", [("w przyszłym roku", "2027")]),
    ("To trzecie zdarzenie w tym miesiącu.", [("w tym miesiącu", "2026-03")]),
    ("W dniu wczorajszym policjanci zatrzymali sprawcę.", [("W dniu wczorajszym", "2026-03-12")]),
    ("Koncert zacznie się o 19.30 w amfiteatrze.", [("19.30", "2026-03-13T19:30")]),
])
def test_relative_forms(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


def test_night_across_two_days_is_a_range_and_later_times_get_the_later_day() -> None:
    text = "W nocy z soboty na niedzielę wybuchł pożar. Około 2:15 strażacy opanowali ogień."
    ms = find_dates(text, 0, len(text), published="2026-03-09")
    assert [(m.text, m.value, m.range_part) for m in ms] == [
        ("soboty", "2026-03-07", "start"), ("niedzielę", "2026-03-08", "end"),
        ("2:15", "2026-03-08T02:15", None)]
    assert ms[0].range_end == "2026-03-08"


def test_fire_report_timeline_takes_the_day_and_rolls_over_midnight() -> None:
    text = ("W sobotę 17 stycznia 2026 r. o godz. 21:47 przyjęto zgłoszenie.\n"
            "Przebieg działań:\n1. 21:56 – przybycie OSP,\n2. 23:58 – dogaszanie,\n"
            "3. 00:40 – powrót do remizy.")
    values = [m.value for m in find_dates(text, 0, len(text), published="2026-01-18")]
    assert values == ["2026-01-17T21:47", "2026-01-17T21:56", "2026-01-17T23:58",
                      "2026-01-18T00:40"]


def test_unresolvable_relative_dates_keep_value_none() -> None:
    assert found("Trzeci wypadek w tym miesiącu.", None) == [("w tym miesiącu", None)]
    assert found("Wczoraj spadł śnieg.", None) == [("Wczoraj", None)]
    ms = find_dates("Wczoraj spadł śnieg.", 0, 20)
    assert ms[0].relative and ms[0].granularity == "day"


def test_granularity_range_fields_and_relative_flag() -> None:
    text = "Nabór od 1 do 15 kwietnia, spotkanie 4 marca, godz. 17:00, w 2027 roku i w marcu."
    ms = find_dates(text, 0, len(text), published=PUB)
    assert [m.granularity for m in ms] == ["day", "day", "minute", "year", "month"]
    assert ms[0].range_part == "start" and ms[0].range_end == "2026-04-15"
    assert ms[1].range_part == "end" and ms[1].range_end is None
    assert ms[0].relative and not ms[3].relative


@pytest.mark.parametrize("text", [
    "wschód słońca: 07:08\nzachód słońca: 16:46",
    "Kierowcy powinni jechać ulicami Kasprzaka i 3 Maja.",
    "Biuro mieści się przy ul. 3 Maja 12 oraz przy ul. 11 Listopada.",
    "Zadzwoń: 32 227 12 12 lub 600-123-456, kod 42-500 Będzin.",
    "Mandaty na łączną kwotę 6150 zł, ponad 2000 osób, 1214 przypadków.",
    "Uchwała nr 9/2026 Zarządu.",
    "Zastęp GBA 2,5/16 wyjechał. Plik PDF, 1.2 MB. Temperatura -7.4°C.",
    "Dzieci do 14. roku życia, 3. miejsce w turnieju, wersja 2.1 aplikacji.",
    "Dyżury w każdy czwartek w godz. 9:00–15:00.",
    "Czynne od poniedziałku do piątku w godzinach 7:30–15:30.",
    "W ubiegły weekend i miniony tydzień nic się nie działo. Przed świętami, w najbliższych "
    "dniach.",
    "Osoby, które nie maja doświadczenia. Maja Nowak wygrała.",
    "Kontakt: marcin.grudzien@example.pl",
    "Zajęcia dla dzieci w wieku 7–12 lat.",
    "Bilet kosztuje ok. 2.50 zł, wynik 13.03 sekundy, o 12.50 proc. więcej.",
    "Pobierz: https://example.pl/2026-03-13-komunikat.pdf",
    "Widział ktoś coś między godz. 22 a 5 rano? Wynik meczu 3:1.",
])
def test_non_dates(text: str) -> None:
    assert found(text) == []


def test_offsets_point_into_the_whole_text() -> None:
    text = "Nagłówek\nSpotkanie 12 marca o godz. 17:00.\nStopka © 2026"
    start = text.index("Spotkanie")
    end = text.index("\nStopka")
    ms = find_dates(text, start, end, published=PUB)
    assert [(m.start, m.end) for m in ms] == [(start + 10, start + 32)]
    assert text[ms[0].start:ms[0].end] == ms[0].text


def _blocks(text: str, kinds: dict[int, tuple[str, str | None]]) -> list[Block]:
    """One block per non-blank line; `kinds` maps a line index to (kind, chrome kind)."""
    out = []
    for line in split_lines(text):
        if line.text:
            kind, chrome = kinds.get(line.index, ("paragraph", None))
            out.append(Block(kind, (line,), chrome=chrome))  # type: ignore[arg-type]
    return out


PAGE = """Miasto – serwis informacyjny
Opublikowano: 2026-03-04 10:15
Zaktualizowano: 2026-03-04 13:40
Spotkanie odbędzie się w czwartek 12 marca o godz. 17:00. Wczoraj radni przyjęli uchwałę.
Przekształcenie umożliwia ustawa z dnia 19 lipca 2019 r.
wschód słońca: 07:08
kiedy
2026-03-20 19:00
Data wytworzenia: 03.03.2026
© 2026 Urząd Miasta"""


def test_extract_dates_roles_and_published_anchor() -> None:
    kinds = {1: ("published", None), 2: ("chrome", "metadata"), 5: ("chrome", "widget"),
             6: ("chrome", "calendar"), 7: ("chrome", "calendar"), 8: ("chrome", "metadata"),
             9: ("chrome", "footer")}
    ms = extract_dates(PAGE, _blocks(PAGE, kinds), None)
    assert [(m.text, m.value, m.role) for m in ms] == [
        ("2026-03-04 10:15", "2026-03-04T10:15", "published"),
        ("2026-03-04 13:40", "2026-03-04T13:40", "updated"),
        ("w czwartek 12 marca o godz. 17:00", "2026-03-12T17:00", "event"),
        ("Wczoraj", "2026-03-03", "event"),  # resolved against the date the page shows
        ("19 lipca 2019 r.", "2019-07-19", "other"),
        ("2026-03-20 19:00", "2026-03-20T19:00", "calendar"),
        ("03.03.2026", "2026-03-03", "other"),
        ("2026", "2026", "other"),
    ]


def test_extract_dates_published_argument_overrides_the_page() -> None:
    ms = extract_dates(PAGE, _blocks(PAGE, {1: ("published", None)}), "2026-03-10")
    assert ("Wczoraj", "2026-03-09") in [(m.text, m.value) for m in ms]


def test_a_date_line_above_the_body_anchors_relative_dates_when_no_block_is_published() -> None:
    text = ("Portal\nCzwartek, 19 lutego 2026 r., 11:20 | Ostatnia zmiana: 19.02.2026, 14:05\n"
            "W nocy ze środy na czwartek skradziono paliwo.")
    kinds = {0: ("chrome", "navigation"), 1: ("title", None), 2: ("lead", None)}
    ms = extract_dates(text, _blocks(text, kinds), None)
    assert [(m.text, m.value, m.role) for m in ms] == [
        ("Czwartek, 19 lutego 2026 r., 11:20", "2026-02-19T11:20", "published"),
        ("19.02.2026, 14:05", "2026-02-19T14:05", "updated"),
        ("środy", "2026-02-18", "event"),
        ("czwartek", "2026-02-19", "event"),
    ]


def test_overlapping_blocks_give_one_entry_per_span() -> None:
    text = "Start » Wydarzenia » Zapisy od poniedziałku"
    line = split_lines(text)[0]
    blocks = [Block("chrome", (line,), chrome="navigation"), Block("category", (line,))]
    ms = extract_dates(text, blocks, "2026-01-08")
    assert [(m.text, m.value) for m in ms] == [("poniedziałku", "2026-01-12")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 .-/:,–()\nrokuwmarcagodz.ŚśęąIVXbm©")),
               max_size=80), st.integers(-5, 90), st.integers(-5, 90),
       st.sampled_from([None, PUB, "2026-03-13T08:45", "nie-data"]))
def test_find_dates_never_raises_and_offsets_hold(text: str, start: int, end: int,
                                                  published: str | None) -> None:
    for m in find_dates(text, start, end, published=published):
        assert text[m.start:m.end] == m.text
        assert 0 <= m.start < m.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_find_dates_on_any_text(text: str) -> None:
    for m in find_dates(text, 0, len(text), published=PUB):
        assert text[m.start:m.end] == m.text


def test_an_evening_time_in_a_nights_story_is_the_first_days() -> None:
    """`W nocy z soboty na niedzielę …`, then `o godz. 23:41` (Saturday) and `o godz. 2:15`
    (past midnight: Sunday), as CONVENTIONS read a night across two days."""
    text = ("W nocy z soboty na niedzielę wybuchł pożar hali. Zgłoszenie wpłynęło o godz. 23:41. "
            "Ogień opanowano o godz. 2:15.")
    ms = find_dates(text, 0, len(text), published="2026-03-09")
    assert [(m.text, m.value) for m in ms][2:] == [
        ("godz. 23:41", "2026-03-07T23:41"), ("godz. 2:15", "2026-03-08T02:15")]
