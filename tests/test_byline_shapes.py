"""Bylines in the shapes that independently written check pages showed: an author's label
(or the category's) after the date's in one meta row, an author's field split over two
lines (its label alone above the name, an author box's name above the writer's role),
Joomla's `createdby` field, and what a byline's parts are not (the row's reading time or
counts, the writer's role after the name)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsnlp
from newsnlp.extract.sources import _parts
from newsnlp.layout import linetypes as lt

RULES = newsnlp.Pipeline(nlp=None)
PORTALS = Path(__file__).parent / "portals"


def _authors(article: newsnlp.Article) -> list[str]:
    return [s.text for s in article.sources if s.kind == "author"]


def _with_row(row: str) -> newsnlp.Article:
    """A short article with `row` under its headline."""
    return RULES.parse(
        "Aktualności\n\nNowe rondo w Czarnej Wsi otwarte dla kierowców\n" + row + "\n\n"
        "W czwartek kierowcy po raz pierwszy przejechali przez nowe rondo na skrzyżowaniu "
        "dróg powiatowych w Czarnej Wsi.\n\nBudowa trwała siedem miesięcy i kosztowała "
        "4,6 mln zł, a przy rondzie powstały też chodniki.\n")


def test_an_authors_label_after_the_dates_opens_the_byline() -> None:
    for row, author, published in (
            ("Dodano: 17.03.2026 r. · Opracowała: Agnieszka Pawlak", "Agnieszka Pawlak",
             "2026-03-17"),
            ("Dodano: niedziela, 15 marca 2026, 19:40 · Opublikowane przez: Dawid Pająk",
             "Dawid Pająk", "2026-03-15T19:40"),
            ("Opublikowano: 24/03/2026 10:05 | Tekst i zdjęcia: Katarzyna Lis | odsłon: 1 942",
             "Katarzyna Lis", "2026-03-24T10:05"),
            ("Dodano: 2026-04-12 21:37 oprac. Krzysztof Mazur 3412 23", "Krzysztof Mazur",
             "2026-04-12T21:37")):
        article = _with_row(row)
        assert _authors(article) == [author], row
        assert article.meta.published == published, row


def test_a_category_label_after_the_dates_in_a_meta_row() -> None:
    article = RULES.parse(
        "Nowe rondo w Czarnej Wsi otwarte dla kierowców\n"
        "Data dodania: 2025-11-14 15:20 | Kategoria: Budżet obywatelski\n\n"
        "W czwartek kierowcy po raz pierwszy przejechali przez nowe rondo na skrzyżowaniu "
        "dróg powiatowych w Czarnej Wsi.\n\nBudowa trwała siedem miesięcy i kosztowała "
        "4,6 mln zł, a przy rondzie powstały też chodniki.\n")
    assert article.meta.published == "2025-11-14T15:20"
    assert article.meta.category is not None
    assert article.meta.category.text == "Budżet obywatelski"


def test_a_bylines_parts_are_people_not_the_rows_metadata_nor_the_role() -> None:
    assert _authors(_with_row("12 marca 2026, 10:15 / Autor: Katarzyna Lis / Czas czytania: "
                              "3 min")) == ["Katarzyna Lis"]
    assert _authors(_with_row("Opublikowano: 28.11.2025 • Autor: Łukasz Jabłoński, "
                              "rzecznik prasowy")) == ["Łukasz Jabłoński"]
    assert _authors(_with_row("Autor: mw")) == ["mw"]  # initials alone are the author
    assert _authors(_with_row("Autor: mw, kp")) == ["mw", "kp"]  # and co-authors
    assert _authors(_with_row("Autor: Radio 90")) == ["Radio 90"]  # one number: a name's
    assert _authors(_with_row("13 października 2025 Tekst: Zuzanna Kaczmarek, Mikołaj "
                              "Ostrowski 5 min czytania")) == ["Zuzanna Kaczmarek",
                                                               "Mikołaj Ostrowski"]


@pytest.mark.parametrize(("credit", "parts"), [
    ("Marta Zielińska /PAP", ["Marta Zielińska", "PAP"]),  # an agency after a spaced slash
    ("Jan Nowak /www.foto.pl", ["Jan Nowak /www.foto.pl"]),
    ("Anna Lis (Kraków)", ["Anna Lis (Kraków)"]),  # a bracket is no second credit
])
def test_an_agency_after_the_name_is_a_credit_of_its_own(credit: str, parts: list[str]) -> None:
    assert [credit[a:b] for a, b in _parts(credit, 0, len(credit))] == parts


def test_joomlas_created_by_field_names_the_author() -> None:
    """Joomla's article info prints the author in `<dd class="createdby">`: a byline the
    markup names, as `author` and `byline` are."""
    article = RULES.parse((PORTALS / "szkola-joomla.html").read_text(encoding="utf-8"))
    assert _authors(article) == ["Beata Nowicka"]


def test_a_name_opening_a_row_ends_before_a_third_word_that_is_no_name() -> None:
    assert lt.opening_name_end("Jan Maria Rokita 12.03.2026") == len("Jan Maria Rokita")
    assert lt.opening_name_end("Anna Kubiak Aktualności 05 marzec 2026") == len("Anna Kubiak")


def test_an_authors_label_alone_above_the_name() -> None:
    """Drupal prints a field's label and value in elements of their own: `Autor` alone is
    set aside, the name under it is the byline (split at its comma like any byline)."""
    article = RULES.parse((PORTALS / "powiat-wiersz-metryki.html").read_text(encoding="utf-8"))
    assert _authors(article) == ["Joanna Cieślak", "Wydział Promocji"]  # split at the comma
    body = [p.text for s in article.sections for p in s.paragraphs]
    assert not any(p.startswith(("Autor", "Joanna")) for p in body)


def test_an_author_boxs_name_above_the_writers_role() -> None:
    article = RULES.parse((PORTALS / "dziennik-autor-box.txt").read_text(encoding="utf-8"))
    assert _authors(article) == ["Piotr Marczak"]
    body = [p.text for s in article.sections for p in s.paragraphs]
    assert not any(p.startswith(("Piotr Marczak", "Dziennikarz")) for p in body)
    assert any(c.kind == "metadata" and c.text.startswith("Dziennikarz") for c in article.chrome)


def test_napisal_is_an_authors_label() -> None:
    """`Napisał:`/`Napisała:` (wrote) labels a byline, alone or in a meta row."""
    assert _authors(_with_row("Napisała: Karolina Pawlak")) == ["Karolina Pawlak"]
    assert _authors(_with_row("8 marca 2026 o 21:37 / Napisał: Kamil Wróbel / 2 komentarze")
                    ) == ["Kamil Wróbel"]



INTERVIEW = """Pszczoły nie są od miodu. Rozmowa z pszczelarzem z Wąwolnicy

Opublikowano 7 czerwca 2025

Rozmawiała: Ewa Sowa

Jan Kruk od trzydziestu lat prowadzi pasiekę pod Nałęczowem i mówi, że bez pszczół nie byłoby sadów.

Jak to się zaczęło?

Od ula po dziadku, drewnianego, z łuszczącą się farbą. Miałem wtedy dwanaście lat.

A dziś?

Dziś mam sześćdziesiąt uli i uczę dzieci w szkołach, jak odróżnić pszczołę od osy.

Tagi: pszczelarstwo, rozmowa
"""

ARTICLE = INTERVIEW.replace("Rozmawiała: Ewa Sowa", "Autor: Ewa Sowa")


def test_an_interview_s_questions_are_its_text_not_headings() -> None:
    """`Rozmawiała:` signs an interview: its short questions are the interviewer's words,
    kept as text; the same lines under an ordinary byline head sections."""
    interview = newsnlp.Pipeline(nlp=None).parse(INTERVIEW)
    assert [s.heading for s in interview.sections] == [None]
    paragraphs = [p.text for s in interview.sections for p in s.paragraphs]
    assert "Jak to się zaczęło?" in paragraphs and "A dziś?" in paragraphs
    article = newsnlp.Pipeline(nlp=None).parse(ARTICLE)
    assert [s.heading.text for s in article.sections if s.heading] == [
        "Jak to się zaczęło?", "A dziś?"]


def test_a_live_reports_hosts_are_its_authors() -> None:
    """`Relację prowadzą: X, Y` (live reports of two check sets' portals) names the
    reporters, alone or after the publication date in one meta row."""
    found = lt.meta_match("Relację prowadzą: Joanna Kierzek, Tomasz Bąk")
    assert found is not None and found.kind == "author"
    article = _with_row("Opublikowano: 07.10.2025, 09:02 Relację prowadzi: Kamil Sikora")
    assert _authors(article) == ["Kamil Sikora"]


def test_an_authors_label_after_an_update_date_in_one_meta_row() -> None:
    """`Opublikowano: … Aktualizacja: … Autor: X` on one line (a live report's header in
    HTML): the update label opens no item of its own, so the row goes on to the author."""
    article = _with_row("Opublikowano: 07.10.2025, 09:02 Aktualizacja: 07.10.2025, 13:20 "
                        "Autor: Joanna Kierzek")
    assert _authors(article) == ["Joanna Kierzek"]
    assert article.meta.published == "2025-10-07T09:02"


@pytest.mark.parametrize(("row", "authors", "published"), [
    ("12.10.2025 20:15 Michał Dudek", ["Michał Dudek"], "2025-10-12T20:15"),
    ("13 października 2025, 09:40 Paweł Zieliński / Redakcja",
     ["Paweł Zieliński", "Redakcja"], "2025-10-13T09:40"),
    ("22.10.2025 r. | godz. 11:15 Anna Kaczorowska / Biuro Prasowe",
     ["Anna Kaczorowska", "Biuro Prasowe"], "2025-10-22T11:15"),
])
def test_the_authors_name_after_the_date_in_one_row(row: str, authors: list[str],
                                                     published: str) -> None:
    """A meta row's date and the author's name printed after it with no label (the
    markup's `<time>` and author span flattened into one line): the date, and the byline
    split on `/` as a labelled one is (CONVENTIONS)."""
    article = _with_row(row)
    assert _authors(article) == authors
    assert article.meta.published == published
    assert article.meta.title is not None
    assert article.meta.title.text == "Nowe rondo w Czarnej Wsi otwarte dla kierowców"


def test_a_role_after_the_name_is_no_co_author_but_a_rank_before_a_name_is() -> None:
    """After the first part of a byline, a role opened by a lower-case word names nobody
    (`kierownik Działu Sieci`); a rank written out before a name is a co-author's."""
    assert _authors(_with_row("Autor: Jan Nowak, kierownik Działu Sieci")) == ["Jan Nowak"]
    assert _authors(_with_row("Autor: Jan Nowak / aspirant Anna Lis")) == [
        "Jan Nowak", "aspirant Anna Lis"]


@pytest.mark.parametrize(("credit", "parts"), [
    ("Lubtex sp. z o.o.", ["Lubtex sp. z o.o."]),
    ("Jan Lis / Zakłady Azotowe S.A.", ["Jan Lis", "Zakłady Azotowe S.A."]),
    ("oprac. red.", ["oprac. red."]),
    ("Anna Nowak.", ["Anna Nowak"]),
])
def test_a_credits_closing_full_stop_stays_when_it_ends_a_name(
        credit: str, parts: list[str]) -> None:
    """A legal form's or an abbreviation's full stop is part of the credited name; a
    sentence's full stop after a name is not."""
    assert [credit[s:e] for s, e in _parts(credit, 0, len(credit))] == parts


def test_a_web_address_or_a_date_closing_a_credit_keeps_no_full_stop() -> None:
    for credit, parts in (("Źródło money.pl.", ["Źródło money.pl"]),
                          ("Anna Nowak, 12.03.2026.", ["Anna Nowak", "12.03.2026"])):
        assert [credit[s:e] for s, e in _parts(credit, 0, len(credit))] == parts


def test_a_broadcasters_credits_reporter_material_and_camera() -> None:
    """A radio or TV site credits its reporter (`Reporter:`, the byline), the programme the
    material comes from (`Materiał:`, GOLD_FORMAT's source label) and the camera operator
    or the photos and video (`Operator kamery:`, `Zdjęcia i wideo:`, a photo credit; a bare
    `Operator:` may name a telecom operator)."""
    article = _with_row("Reporter: Kamil Sadowski\nMateriał: Panorama Lubelska\n"
                        "Operator kamery: Piotr Baran")
    got = {(s.kind, s.text) for s in article.sources}
    assert {("author", "Kamil Sadowski"), ("source", "Panorama Lubelska"),
            ("photo", "Piotr Baran")} <= got
    assert ("photo", "Krzysztof Wilk") in {
        (s.kind, s.text) for s in _with_row("Zdjęcia i wideo: Krzysztof Wilk").sources}


def test_a_titled_name_under_the_date_is_the_byline() -> None:
    """`ks. Marek Sadowski` (a priest's title; `dr`, `prof.` alike) on its own line under
    the date signs the article."""
    assert _authors(_with_row("12 marca 2026 r.\nks. Marek Sadowski")) == ["ks. Marek Sadowski"]
