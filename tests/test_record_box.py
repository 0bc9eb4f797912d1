"""Shapes of public-office news pages that independently written check pages showed: a back
link between the breadcrumb and the headline, a print/PDF tools row, a record box
(`Metryczka`) whose fields credit the text, and a newsroom's contact line after a byline's
label, a publisher's imprint."""

from __future__ import annotations

import newsnlp
from newsnlp.layout import linetypes as lt

RULES = newsnlp.Pipeline(nlp=None)

TEXT = ("Do oszustwa doszło we wtorek, 2 grudnia, w godzinach popołudniowych. Na telefon "
        "stacjonarny 81-latki zadzwonił mężczyzna, który przedstawił się jako policjant.\n\n"
        "Rozmówca przekonywał seniorkę, że pieniądze trzeba przekazać do zabezpieczenia. "
        "Po dwóch godzinach pod dom kobiety podszedł młody mężczyzna.\n")


def _page(head: str, tail: str = "") -> newsnlp.Article:
    return RULES.parse(
        "Przejdź do treści\nMapa strony\nKontakt\n\n" + head
        + "\nPodawał się za policjanta. Seniorka oddała oszustom 40 tysięcy złotych\n"
        "05.12.2025\n\n" + TEXT + "\n" + tail)


def test_a_back_link_above_the_headline_is_no_category() -> None:
    """`Powrót` between the breadcrumb and the headline is a link of the site; the section
    is the trail's last part."""
    article = _page("Strona główna » Aktualności » Kryminalne\nPowrót")
    assert article.meta.category is not None
    assert article.meta.category.text == "Kryminalne"


def test_the_record_box_credits_its_author_and_its_source() -> None:
    """The record box of a public office's page: `Wytworzył informację` is the BIP
    `Wytworzył` (a source), `Osoba udostępniająca informację` the author (CONVENTIONS)."""
    article = _page("Aktualności", "Metryczka\nData publikacji: 05.12.2025 12:40\n"
                    "Podmiot udostępniający informację: Komenda Powiatowa Policji w Wieluniu\n"
                    "Wytworzył informację: mł. asp. Tomasz Adamczyk\n"
                    "Osoba udostępniająca informację: Anna Mielczarek\n")
    sources = {(s.kind, s.text) for s in article.sources}
    assert ("source", "mł. asp. Tomasz Adamczyk") in sources
    assert ("author", "Anna Mielczarek") in sources
    assert article.meta.published == "2025-12-05T12:40"


def test_a_newsrooms_address_after_its_label_is_no_byline() -> None:
    """`Redakcja: ul. Płocka 21/4, 09-200 Sierpc` in the footer is the newsroom's contact."""
    article = _page("Aktualności", "Autor: Marta Wiśniewska\n\nRedakcja: ul. Płocka 21/4, "
                    "09-200 Sierpc\nRedakcja: tel. 24 275 18 40, redakcja@esierpc.info\n"
                    "Redakcja: redakcja@esierpc.info | Regulamin\n")
    assert [s.text for s in article.sources if s.kind == "author"] == ["Marta Wiśniewska"]
    assert lt.meta_match("Redakcja: Marta Wiśniewska") is not None


def test_a_publishers_imprint_is_the_footer_though_it_reads_as_a_sentence() -> None:
    for line in ("Wydawca: Stowarzyszenie Kultura Lubuska, ul. Chrobrego 31, 66-400 Gorzów Wlkp.",
                 "Redaktor naczelna: Natalia Górecka."):
        assert lt.chrome_kind(line) == "footer" and lt.is_strong_chrome(line), line


def test_a_pdf_tool_is_a_share_button() -> None:
    for tool in ("Generuj PDF", "Zapisz jako PDF", "Drukuj"):
        assert lt.chrome_kind(tool) == "share", tool


def test_a_last_change_line_is_metadata_not_text() -> None:
    """`Ostatnia zmiana:` is the update line (`Ostatnia modyfikacja`, CONVENTIONS), not the
    first paragraph."""
    assert lt.chrome_kind("Ostatnia zmiana: 2025-08-19") == "metadata"
    article = _page("Aktualności\nDodano: 2025-08-18\nOstatnia zmiana: 2025-08-19")
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    assert not any("Ostatnia zmiana" in p for p in paragraphs)


def test_joomlas_last_modified_line_is_metadata() -> None:
    """Joomla's Polish `Poprawiono:` is the update line, never a heading."""
    assert lt.chrome_kind("Poprawiono: czwartek, 21, maj 2026 07:58") == "metadata"


def test_the_bip_field_of_who_entered_the_record_is_its_author() -> None:
    """`Osoba wprowadzająca informację:` is the author (CONVENTIONS); so are the field's
    other wordings (`Informację wprowadził do BIP:`, `Wprowadził:`); a later change is not."""
    for line, name in (("Informację wprowadził do BIP: Anna Pietras", "Anna Pietras"),
                       ("Wprowadził: Katarzyna Lipińska", "Katarzyna Lipińska")):
        m = lt.meta_match(line)
        assert m is not None and m.kind == "author", line
        assert line[m.value_start:m.value_end] == name
    assert lt.meta_match("Ostatnią zmianę wprowadził: Piotr Lis") is None
