"""Tests of `base_form`: institutions, persons, places, acronyms, capitalisation, fallback."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsnlp.morph import baseform as bf_module
from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.baseform import base_form

needs_morfeusz = pytest.mark.skipif(not morphology.available(), reason="morfeusz2 not installed")


@needs_morfeusz
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # institutions: head and agreeing adjectives to the nominative, complements stay
        ("Komendy Powiatowej Policji w Poddębicach", "Komenda Powiatowa Policji w Poddębicach"),
        ("Komendzie Miejskiej Policji w Sosnowcu", "Komenda Miejska Policji w Sosnowcu"),
        ("Miejskim Ośrodkiem Pomocy Społecznej", "Miejski Ośrodek Pomocy Społecznej"),
        ("Państwowej Straży Pożarnej", "Państwowa Straż Pożarna"),
        ("Urzędzie Marszałkowskim Województwa Śląskiego",
         "Urząd Marszałkowski Województwa Śląskiego"),
        ("Sądzie Rejonowym w Bielsku-Białej", "Sąd Rejonowy w Bielsku-Białej"),
        ("Szkoły Podstawowej nr 12 im. Jana Pawła II w Sosnowcu",
         "Szkoła Podstawowa nr 12 im. Jana Pawła II w Sosnowcu"),
        ("Najwyższej Izby Kontroli", "Najwyższa Izba Kontroli"),
        ("Wydziału Prewencji KMP w Sosnowcu", "Wydział Prewencji KMP w Sosnowcu"),
        ("Uniwersytecie Warszawskim", "Uniwersytet Warszawski"),
        ("Narodowym Banku Polskim", "Narodowy Bank Polski"),
        ("Komendy Powiatowej Państwowej Straży Pożarnej",
         "Komenda Powiatowa Państwowej Straży Pożarnej"),
        ("Rosyjskiej Socjal-Demokratycznej Partii Robotniczej",
         "Rosyjska Socjal-Demokratyczna Partia Robotnicza"),
        # coordinated names
        ("Prawa i Sprawiedliwości", "Prawo i Sprawiedliwość"),
        ("Państwowej Wyższej Szkole Filmowej, Telewizyjnej i Teatralnej",
         "Państwowa Wyższa Szkoła Filmowa, Telewizyjna i Teatralna"),
        ("Ministerstwa Spraw Wewnętrznych i Administracji",
         "Ministerstwo Spraw Wewnętrznych i Administracji"),
        # acronyms lose inflectional endings
        ("ZUS-u", "ZUS"),
        ("MOPS-ie", "MOPS"),
        ("PSL-em", "PSL"),
        ("PiS-u", "PiS"),
        ("GOPS-u w Parzęczewie", "GOPS w Parzęczewie"),
        ("KPP w Zgierzu", "KPP w Zgierzu"),
        # persons
        ("Jana Kowalskiego", "Jan Kowalski"),
        ("Anny Nowak", "Anna Nowak"),
        ("Wincentego Kadłubka", "Wincenty Kadłubek"),
        ("Lecha Wałęsy", "Lech Wałęsa"),
        ("Marii Skłodowskiej-Curie", "Maria Skłodowska-Curie"),
        ("W. Witosa", "W. Witos"),
        ("św. Mikołaja", "św. Mikołaj"),
        ("Polaków", "Polak"),
        # places
        ("Bielsku-Białej", "Bielsko-Biała"),
        ("Zielonej Górze", "Zielona Góra"),
        ("Sosnowcu", "Sosnowiec"),
        ("Kędzierzyna-Koźla", "Kędzierzyn-Koźle"),
        ("Gorzowie Wielkopolskim", "Gorzów Wielkopolski"),
        ("Racławicami Śląskimi", "Racławice Śląskie"),
        ("Stanów Zjednoczonych", "Stany Zjednoczone"),
        ("Unii Europejskiej", "Unia Europejska"),
        # already nominative: unchanged
        ("Komenda Powiatowa Policji", "Komenda Powiatowa Policji"),
        ("Toronto Dominion Centre", "Toronto Dominion Centre"),
        # adjective-only names go to the lemma (KPWr guidelines)
        ("kanadyjskim", "kanadyjski"),
    ],
)
def test_base_form_examples(phrase: str, expected: str) -> None:
    assert base_form(phrase) == expected


@needs_morfeusz
def test_a_compound_of_two_nouns_inflects_whole_or_not_at_all() -> None:
    """'Życie' is also the locative of 'żyto', and 'Ruchu' of a neuter 'rucho': a second
    half agreeing alone made 'Rucho Światło-Żyta'. A known first half that does not agree
    leaves the compound a name in the nominative; compounds that inflect whole, after an
    adjectival prefix or after an unknown surname still go to the nominative."""
    assert base_form("Ruchu Światło-Życie") == "Ruch Światło-Życie"
    assert base_form("Diakonii Ruchu Światło-Życie") == "Diakonia Ruchu Światło-Życie"
    assert base_form("Kędzierzynie-Koźlu") == "Kędzierzyn-Koźle"
    assert base_form("Wydziału Dochodzeniowo-Śledczego") == "Wydział Dochodzeniowo-Śledczy"
    assert base_form("poseł Streker-Dembińską") == "poseł Streker-Dembińska"


@needs_morfeusz
def test_a_fragment_of_a_foreign_name_stays_uninflected() -> None:
    """'New' is the plural genitive of the river Newa to Morfeusz, and a fragment of 'New
    York' to SGJP: before the name's other words it is the English word."""
    assert base_form("New York Times") == "New York Times"
    assert base_form("New School for Social Research") == "New School for Social Research"
    assert base_form("Kole") == "Koło"  # a fragment reading alone changes nothing
    assert base_form("San Luca") == "San Luca"


def test_vocative_in_o_is_a_nominative() -> None:
    # 'Renato' reads only as the vocative of 'Renata': a foreign name in '-o' is kept
    assert base_form("Renato") == "Renato"
    assert base_form("Basiu") == "Basia"  # other vocatives still go to the nominative


@needs_morfeusz
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # known names: the case and gender that all parts share ('Kościuszki' also a place)
        ("Tadeusza Kościuszki", "Tadeusz Kościuszko"),
        # an unknown first name takes the case of the known surname
        ("Hectora Berlioza", "Hector Berlioz"),
        ("Hectorowi Berliozowi", "Hector Berlioz"),
        # a known first name (also a common noun) and an unknown surname agree
        ("Pietra Halvorsena", "Pieter Halvorsen"),
        # unknown names alone: every part loses the same case ending
        ("Gunnara Halvorsena", "Gunnar Halvorsen"),
        ("Bjorna Lindqvista", "Bjorn Lindqvist"),
    ],
)
def test_person_name_parts_agree(phrase: str, expected: str) -> None:
    assert base_form(phrase) == expected


@needs_morfeusz
@pytest.mark.parametrize(
    "phrase",
    [
        "Sally Becker",  # 'Sally' may be oblique, but the indeclinable surname shows no case
        "Olivia Halvorsena",  # '-ia' is a nominative ending, so not all parts show a case
        "Gunnara Brodsky",  # '-y' may be a foreign nominative: no stripped ending
        "Trzy Siostry",  # a numeral is no name
    ],
)
def test_person_name_needs_case_evidence(phrase: str) -> None:
    assert base_form(phrase) == phrase


@needs_morfeusz
def test_capitalisation_follows_input() -> None:
    assert base_form("komendy powiatowej policji") == "komenda powiatowa policji"
    assert base_form("KOMENDY MIEJSKIEJ POLICJI") == "KOMENDA MIEJSKA POLICJI"
    assert base_form("Straży Miejskiej") == "Straż Miejska"


@needs_morfeusz
def test_spacing_and_punctuation_are_kept() -> None:
    assert base_form("Kolejki Walimskiej S.A.") == "Kolejka Walimska S.A."
    assert base_form('Klubu Sportowego "Wifama"') == 'Klub Sportowy "Wifama"'


@needs_morfeusz
def test_titles_and_urls_stay() -> None:
    assert base_form("Dla Ciebie Wszystko") == "Dla Ciebie Wszystko"
    assert base_form("mam.media.pl") == "mam.media.pl"


def test_long_input_is_bounded() -> None:
    phrase = " ".join(["Komendy"] * 2000)
    assert isinstance(base_form(phrase), str)


def test_non_str_raises_type_error() -> None:
    with pytest.raises(TypeError):
        base_form(3)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_and_returns_str(phrase: str) -> None:
    assert isinstance(base_form(phrase), str)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Komendy", "Policji", "w", "ZUS-u", "-", " ", ".", "Żółć",
                                 "II", "im.", "Jana", "(", "„", "12", "'s"]), max_size=8))
def test_never_raises_on_name_like_input(parts: list[str]) -> None:
    assert isinstance(base_form(" ".join(parts)), str)


def test_fallback_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    """NEWSNLP_NO_MORFEUSZ=1 (as on Linux aarch64): suffix rules, one warning, still strings."""
    monkeypatch.setenv(morphology.NO_MORFEUSZ_ENV, "1")
    bf_module._warn_fallback.cache_clear()
    with pytest.warns(RuntimeWarning, match="fallback"):
        out = bf_module.base_form_uncached("Komendy Powiatowej Policji w Poddębicach")
    assert out == "Komenda Powiatowa Policji w Poddębicach"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # warned once only
        assert bf_module.base_form_uncached("MOPS-ie") == "MOPS"
        assert bf_module.base_form_uncached("Państwowej Straży Pożarnej") == (
            "Państwowa Straż Pożarna"
        )
        assert isinstance(bf_module.base_form_uncached("Jana Kowalskiego"), str)
