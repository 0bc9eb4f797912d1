"""Tests of the Morfeusz wrapper: lazy loading, analyses, generation, inflection, opt-out."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from newsnlp.morph import morfeusz as morphology

needs_morfeusz = pytest.mark.skipif(not morphology.available(), reason="morfeusz2 not installed")


def test_import_newsnlp_does_not_load_morfeusz() -> None:
    code = "import sys, newsnlp, newsnlp.morph.baseform; print('morfeusz2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@needs_morfeusz
def test_analyse_strips_homonym_suffix_and_keeps_raw() -> None:
    analyses = morphology.analyse("Sosnowcu")
    geo = [a for a in analyses if "nazwa_geograficzna" in a.qualifiers]
    assert geo and geo[0].lemma == "Sosnowiec" and geo[0].raw_lemma == "Sosnowiec:Sm3"
    assert geo[0].tag.startswith("subst:sg:")


@needs_morfeusz
def test_analyse_acronym_with_suffix_and_unknown_word() -> None:
    assert {a.lemma for a in morphology.analyse("ZUS-u")} == {"ZUS"}
    unknown = morphology.analyse("Xyzzyqw")
    assert [a.tag for a in unknown] == ["ign"]
    assert morphology.analyse("") == ()


@needs_morfeusz
def test_analyse_is_cached() -> None:
    assert morphology.analyse("Komendy") is morphology.analyse("Komendy")


@needs_morfeusz
@pytest.mark.parametrize(
    ("lemma", "case", "number", "expected"),
    [
        ("Sosnowiec", "loc", "sg", "Sosnowcu"),
        ("Poddębice", "loc", "pl", "Poddębicach"),
        ("Zielona Góra", "loc", "sg", None),  # multi-word lemmas are base_form's business
        ("policja", "gen", "sg", "policji"),
        ("Kraków", "inst", "sg", "Krakowem"),
    ],
)
def test_inflect(lemma: str, case: str, number: str, expected: str | None) -> None:
    assert morphology.inflect(lemma, case, number) == expected


@needs_morfeusz
def test_inflect_gender_and_errors() -> None:
    assert morphology.inflect("powiatowy", "gen", "sg", "f") == "powiatowej"
    with pytest.raises(ValueError):
        morphology.inflect("Sosnowiec", "abl")
    with pytest.raises(ValueError):
        morphology.inflect("Sosnowiec", "loc", "du")


@needs_morfeusz
def test_generate_gives_all_forms() -> None:
    forms = {g.form for g in morphology.generate("Sosnowiec:Sm3")}
    assert {"Sosnowiec", "Sosnowca", "Sosnowcu", "Sosnowcem"} <= forms


def test_tag_values_splits_alternatives() -> None:
    assert morphology.tag_values("subst:sg:gen.acc:m1") == (
        ("subst",), ("sg",), ("gen", "acc"), ("m1",)
    )


def test_strip_lemma() -> None:
    assert morphology.strip_lemma("Komenda:Sm1") == "Komenda"
    assert morphology.strip_lemma(":") == ":"
    assert morphology.strip_lemma("policja") == "policja"


def test_opt_out_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(morphology.NO_MORFEUSZ_ENV, "1")
    assert not morphology.available()
    assert morphology.inflect("Tczew", "dat") is None  # a lemma no other test caches
    assert morphology.analyse("Tczewem") == ()
    monkeypatch.setenv(morphology.NO_MORFEUSZ_ENV, "0")
    assert morphology.available() is (importlib.util.find_spec("morfeusz2") is not None)


@needs_morfeusz
@pytest.mark.parametrize(("name", "case", "expected"), [
    # the head is the common noun `linia` (plural), not the village `Linie`
    ("PKP Polskie Linie Kolejowe", "gen", "PKP Polskich Linii Kolejowych"),
    ("Najwyższa Izba Kontroli", "loc", "Najwyższej Izbie Kontroli"),
    ("Komenda Miejska Policji", "inst", "Komendą Miejską Policji"),
    ("Wojewódzka Stacja Sanitarno-Epidemiologiczna", "dat",
     "Wojewódzkiej Stacji Sanitarno-Epidemiologicznej"),
    # two heads joined by `i` both take the case; dependents joined by `i` do not
    ("Prawo i Sprawiedliwość", "gen", "Prawa i Sprawiedliwości"),
    ("Ministerstwo Sportu i Turystyki", "inst", "Ministerstwem Sportu i Turystyki"),
    # no common noun: the proper noun heads the name
    ("Solidarna Polska", "gen", "Solidarnej Polski"),
])
def test_names_inflect_through_the_agreement_engine(name: str, case: str, expected: str) -> None:
    from newsnlp.morph.inflect import inflect_name

    assert inflect_name(name, case) == expected
    assert inflect_name(expected, "nom", case) == name  # and back, read in that case


@needs_morfeusz
def test_the_head_of_a_name_is_a_common_noun_and_frozen_words_keep_no_lemma() -> None:
    from newsnlp.morph.inflect import parse_name

    head = parse_name("PKP Polskie Linie Kolejowe")
    assert head is not None
    assert (head.lemmas[0], head.lemmas[2], head.number, head.gender) == (None, "linia", "pl", "f")
