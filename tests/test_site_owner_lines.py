"""A site owner's company name over the menu, bare list items that close a bracket, a byline
beside the share row, press officers' signatures with an acronym, and the text lines the
markup's article container is found by: shapes that independently written check pages
showed, read on pages written here."""

from __future__ import annotations

from pathlib import Path

import newsnlp
from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import Block
from newsnlp.layout.closing import name_end
from newsnlp.layout.company_line import is_company_name
from newsnlp.layout.dom_rules import _text_lines
from newsnlp.text.lines import split_lines

RULES = newsnlp.Pipeline(nlp=None)
PORTALS = Path(__file__).parent / "portals"


def _authors(article: newsnlp.Article) -> list[str]:
    return [s.text for s in article.sources if s.kind == "author"]


def test_a_company_name_alone_is_no_sentence() -> None:
    """The full stop of `Sp. z o.o.` or `S.A.` ends a name, not a sentence: such a line is
    no running text, while a sentence that ends on a company's name is."""
    assert is_company_name("Szpital Miejski w Kutnie Sp. z o.o.")
    assert is_company_name("Kujawskie Zakłady Przetwórstwa Owocowego S.A.")
    assert not lt.is_prose("Szpital Miejski w Kutnie Sp. z o.o.")
    assert not is_company_name("Umowę na budowę drogi podpisano ze spółką Budimex S.A.")
    assert lt.is_prose("Umowę na budowę drogi podpisano ze spółką Budimex S.A.")
    assert not is_company_name("Sp. z o.o.")  # a legal form alone names nobody


def test_the_site_owners_name_over_the_menu_leaves_the_article_whole() -> None:
    """Read as a sentence, the owner's name over the menu made the menu the article's end:
    its headings and list went to the footer."""
    article = RULES.parse((PORTALS / "szpital-rezonans.txt").read_text(encoding="utf-8"))
    assert article.meta.title is not None
    assert article.meta.title.text == "Rezonans magnetyczny już przyjmuje pacjentów"
    headings = [s.heading.text for s in article.sections if s.heading is not None]
    assert headings == ["Jak zapisać się na badanie?", "Godziny pracy pracowni"]
    assert [i.text for i in article.lists[0].items] == [
        "skierowanie od lekarza specjalisty (także e-skierowanie)", "dowód osobisty",
        "wyniki wcześniejszych badań", "zgoda na podanie kontrastu"]
    body = [p.text for s in article.sections for p in s.paragraphs]
    assert body[-1].startswith("Badania planowe")
    assert not any("Kontakt" in p or "Sp. z o.o." in p for p in body)


def test_a_name_beside_the_share_row_under_the_lead_is_the_byline() -> None:
    """With the date under the headline, the writer's name may stand under the lead, over
    the share row: a byline, not the text's first paragraph."""
    article = RULES.parse(
        "Gospodarka\n\nMleczarnia z Kutna sprzedaje więcej serów za granicą\n\n"
        "14.11.2025, 08:45\n\nPrzychody spółdzielni wzrosły w trzecim kwartale do 212 mln zł, "
        "a zarząd zapowiada nowe inwestycje w zakładzie.\n\nTeresa Wilk\n\n"
        "Udostępnij: Facebook | X | E-mail\n\n"
        "Spółdzielnia sprzedała w ciągu trzech miesięcy o 12 proc. więcej serów i jogurtów "
        "niż przed rokiem, głównie za granicę.\n\nEksport stanowi już 40 proc. sprzedaży, "
        "a najwięcej produktów trafia do Niemiec i Czech.\n")
    assert _authors(article) == ["Teresa Wilk"]
    body = [p.text for s in article.sections for p in s.paragraphs]
    assert body[0].startswith("Spółdzielnia sprzedała")


def test_a_press_officers_signature_with_an_acronym_office() -> None:
    """`Joanna Pietrzak, PZDR Zamość`, `st. asp. Anna Nowak, KPP Łowicz`: the name ends at
    the comma before the office's acronym (and its town)."""
    assert name_end("Monika Lis, PZDR Zamość") == len("Monika Lis")
    assert name_end("st. asp. Anna Nowak, KPP Łowicz") == len("st. asp. Anna Nowak")
    assert name_end("Monika Lis, Wielka Brytania") is None  # no office


def test_the_article_container_is_read_from_the_text_under_the_title() -> None:
    """The longest paragraph under the headline shows where the article's `<p>` siblings
    stand (teasers kept above the headline do not); with none kept there, its prose lines
    the model set aside by position do."""
    text = ("Pożar hali w Kutnie. Z ogniem walczyło dziewięć zastępów straży pożarnej przez "
            "całą noc i część poranka.\nRemont mostu w Łęczycy\nW nocy z piątku na sobotę "
            "spłonęła hala magazynowa przy ul. Sklęczkowskiej.\nStrażacy gasili ogień do rana.\n")
    teaser, title, first, second = [ln for ln in split_lines(text) if not ln.blank]
    kept = [Block("paragraph", (teaser,)), Block("title", (title,)),
            Block("paragraph", (first,)), Block("chrome", (second,), chrome="other")]
    assert _text_lines(kept) == [first]
    aside = [Block("paragraph", (teaser,)), Block("title", (title,)),
             Block("chrome", (first,), chrome="other"), Block("chrome", (second,), chrome="other")]
    assert _text_lines(aside) == [first]
    untitled = [Block("paragraph", (teaser,)), Block("chrome", (first,), chrome="other")]
    assert _text_lines(untitled) == [teaser]
    none_kept = [Block("chrome", (teaser,), chrome="related"), Block("title", (title,)),
                 Block("chrome", (first,), chrome="other"),
                 Block("chrome", (second,), chrome="footer")]
    assert _text_lines(none_kept) == [first]


def test_a_newsrooms_tip_prompt_is_the_pages_footer() -> None:
    """`Masz temat? Napisz do nas: …` under the text asks readers for news: chrome, while a
    sentence of the text that asks the reader something is not."""
    assert lt.chrome_kind("Masz temat? Napisz do nas: redakcja@kurierkutnowski.pl") == "footer"
    assert lt.chrome_kind("Masz informacje o wypadku? Napisz: alarm@kutno24.pl") == "footer"
    assert lt.chrome_kind("Masz temat, który chcesz poruszyć na sesji rady?") is None
    # a police appeal in the text asks for a call: the article's
    assert lt.chrome_kind("Masz informacje o sprawcy? Zadzwoń na numer 112.") is None


def test_an_archive_photos_credit_after_its_caption() -> None:
    """`fot. arch. X`: the credit of a photo from X's archive, after the caption's full
    stop."""
    found = lt.meta_match("Szyb wentylacyjny kopalni. fot. arch. Polska Grupa Górnicza")
    assert found is not None and found.kind == "photo"
    text = "Szyb wentylacyjny kopalni. fot. arch. Polska Grupa Górnicza"
    assert text[found.value_start:found.value_end] == "arch. Polska Grupa Górnicza"
