"""The page's category: a section's name above the headline, never a byline, a label, a
keyword row or a menu function that the rules took for one (`layout/category.py`)."""

from __future__ import annotations

import pytest

import newsnlp
from newsnlp.layout.blocks import Block
from newsnlp.layout.category import names_a_section
from newsnlp.layout.model import _check_category
from newsnlp.text.lines import split_lines

TITLE = "Strażacy z Sosnowca gasili pożar hali przy ulicy Kasprzaka"
BODY = ("W nocy z piątku na sobotę strażacy z Sosnowca gasili pożar hali magazynowej przy "
        "ulicy Kasprzaka. Na miejsce zadysponowano sześć zastępów straży pożarnej.\n\n"
        "Jak poinformował rzecznik komendy, nikt nie został ranny, a straty oszacowano na "
        "kilkaset tysięcy złotych. Przyczyny pożaru wyjaśnia policja.\n")


def _category(above: str) -> str | None:
    article = newsnlp.parse(f"{above}\n\n{TITLE}\n\n{BODY}")
    assert article.meta.title is not None and article.meta.title.text == TITLE
    return article.meta.category.text if article.meta.category else None


@pytest.mark.parametrize("section", ["Wiadomości", "Na sygnale", "SPRAWY KRYMINALNE",
                                     "Z życia miasta"])
def test_a_sections_name_above_the_headline_is_the_category(section: str) -> None:
    assert _category(section) == section


@pytest.mark.parametrize("line", [
    "Agata Nowakowska",  # the author's name: a byline
    "Ważne:",  # a label that opens a box
    "pożar, straż pożarna, sosnowiec",  # a keyword row
    "Przejdź do treści",  # a menu function
    "Wyślij znajomemu",  # a function: a verb in the imperative
    "Czy hala miała odbiór przeciwpożarowy?",  # another headline
])
def test_a_line_above_the_headline_that_names_no_section_is_no_category(line: str) -> None:
    assert _category(line) is None


def test_a_labelled_category_may_stand_below_the_title() -> None:
    article = newsnlp.parse(f"{TITLE}\n\nKategoria: Bezpieczeństwo\n\n{BODY}")
    assert article.meta.category is not None
    assert article.meta.category.text == "Bezpieczeństwo"


def test_a_bare_line_is_a_category_only_above_the_title_and_never_the_title_itself() -> None:
    assert names_a_section("Region", TITLE, placed=True)
    assert not names_a_section("Region", TITLE, placed=False)
    assert not names_a_section(TITLE.upper(), TITLE, placed=True)


def test_a_trail_of_parts_with_their_separators_glued_on_names_the_section() -> None:
    """A breadcrumb rendered one part a line, each with its separator (`Start /`): the last
    part before the headline; one link with an arrow (`Więcej »`) is no trail."""
    assert _category("Nadleśnictwo Sosnowy Dwór/\nNasze nadleśnictwo/\nAktualności") == (
        "Aktualności")
    assert _category(f"Strona główna »\nZ regionu »\n{TITLE}") == "Z regionu"
    assert _category("Więcej »\nPogoda na weekend") is None
    assert _category("Strona główna »\nZ regionu »") == "Z regionu"  # the label, unglued


@pytest.mark.parametrize(("row", "section"), [
    ("Sport | 14.03.2026, 21:40 | aktualizacja: 15.03.2026", "Sport"),
    ("Klub / 2026-03-27 18:40 / przez Paweł Kręcisz", "Klub"),
    ("Mazury · 12 marca 2026 · 6 min czytania", "Mazury"),
    ("Czwartek | 17 Lis 11, 21:49", None),  # the date's weekday
    ("Dziś | 14.03.2026, 21:40", None),  # the date's own word
    ("PAP | 14.03.2026", None), ("Redakcja | 14.03.2026", None),  # the agency, the newsroom
    ("Anna Kubiak | 21.05.2026, 07:45", None),  # the author
])
def test_the_first_cell_of_the_heads_date_row_may_name_the_section(
        row: str, section: str | None) -> None:
    article = newsnlp.parse(f"Przejdź do treści\nKontakt\n\n{TITLE}\n{row}\n\n{BODY}")
    assert (article.meta.category.text if article.meta.category else None) == section
    assert article.meta.published is not None


def test_a_trail_ending_with_the_headline_shortened_names_the_part_before() -> None:
    """`Jesteś tutaj: Wrocław24h › Zdarzenia › Pożar hali na Psim Polu`: the trail's last
    part is the headline shortened (its words, in order), so the section is the part
    before it; a part that only shares words with the headline stays the section."""
    page = ("Jesteś tutaj: Wrocław24h › Zdarzenia › Pożar hali na Psim Polu\n\n"
            "Pożar hali magazynowej na Psim Polu. Z ogniem walczyło 14 zastępów\n\n"
            "Gęsty czarny dym widoczny był w sobotę z niemal każdej części miasta, a strażacy "
            "walczyli z ogniem do wieczora.\n")
    assert newsnlp.Pipeline(nlp=None).parse(page).to_flat()["category"] == "Zdarzenia"
    other = page.replace("› Pożar hali na Psim Polu", "› Psie Pole na weekend")
    assert newsnlp.Pipeline(nlp=None).parse(other).to_flat()["category"] == (
        "Psie Pole na weekend")


def test_a_labelled_category_wins_over_a_menu_item_above_the_rules_title() -> None:
    """The rules took a menu item for the section over a menu item they took for the
    headline; once the headline is known, the page's own label names the section."""
    text = ("Zadania straży\nMandaty i opłaty\nPodsumowanie działań straży w lutym\n"
            "Kategoria: Aktualności\n")
    menu, rules_title, title, label = split_lines(text)[:4]
    blocks = [Block("category", (menu,), value=(menu.start, menu.end)),
              Block("chrome", (rules_title,), chrome="navigation"),
              Block("title", (title,), value=(title.start, title.end)),
              Block("category", (label,), value=(label.start + 11, label.end))]
    checked = _check_category(blocks)
    assert [b.value_text for b in checked if b.kind == "category"] == ["Aktualności"]


def test_co_authors_names_the_rules_took_for_the_headline_are_the_byline() -> None:
    """The rules read the bare names under the headline as the title; once the headline is
    chosen above them, they are the co-authors' byline, not chrome."""
    from newsnlp.layout.model import _displaced
    text = "Kenijczyk najszybszy w III Maratonie Warmińskim\nEwa Grabowska, Paweł Nowicki\n"
    headline, names = split_lines(text)[:2]
    rules_title = Block("title", (names,), value=(names.start, names.end))
    assert _displaced(rules_title, headline).kind == "byline"
    assert _displaced(rules_title, names).kind == "chrome"  # not below a headline
