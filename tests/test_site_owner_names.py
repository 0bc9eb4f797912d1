"""The site's owner as its own chrome names it: a company's or an institution's pages write
its registered name (legal form, seat, patron) in the header or footer and its type name or
acronym in the article; a shared acronym stands for the type the chrome names."""

from __future__ import annotations

import pytest

from newsnlp.extract.institutions import extract_institutions
from newsnlp.layout.blocks import Block
from newsnlp.models import Institution
from newsnlp.text.lines import split_lines

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def page(*rows: tuple[str, str]) -> tuple[str, list[Block]]:
    """The text of `rows` (kind, line) and their blocks: `chrome` rows are the site's own
    chrome (`other`), the rest article paragraphs."""
    text = "\n".join(line for _, line in rows)
    lines = [ln for ln in split_lines(text) if not ln.blank]
    blocks = [Block("chrome", (ln,), chrome="other") if kind == "chrome"
              else Block("paragraph", (ln,)) for (kind, _), ln in zip(rows, lines, strict=True)]
    return text, blocks


def canonicals(text: str, blocks: list[Block]) -> dict[str, Institution]:
    insts = extract_institutions(text, blocks)
    for inst in insts:  # the offsets invariant: every mention is article text
        for m in inst.mentions:
            assert text[m.start:m.end] == m.text
    return {i.canonical: i for i in insts}


TRANSPORT = (
    ("chrome", "Miejski Zakład Komunikacji w Koninie Sp. z o.o."),
    ("paragraph", "Od poniedziałku MZK zmienia trasy linii 50 i 55. Szczegóły przygotował "
                  "Dział Przewozów MZK, a pytania przyjmuje infolinia."),
    ("chrome", "© 2026 Miejski Zakład Komunikacji w Koninie Sp. z o.o. Wszelkie prawa "
               "zastrzeżone."),
)


def test_an_acronym_takes_the_registered_name_of_the_site_s_owner() -> None:
    c = canonicals(*page(*TRANSPORT))
    owner = c["Miejski Zakład Komunikacji w Koninie sp. z o.o."]
    assert {m.text for m in owner.mentions} == {"MZK"}  # the chrome gives no mention
    assert owner.locality == "Konin"
    assert "Dział Przewozów Miejskiego Zakładu Komunikacji w Koninie sp. z o.o." in c


@pytest.mark.parametrize(("chrome", "article", "expected"), [
    # a registered name without a town puts the article's town after its form
    ("Miejskie Przedsiębiorstwo Energetyki Cieplnej Sp. z o.o.",
     "MPEC Zamość podnosi ceny ciepła od kwietnia. Zarząd MPEC tłumaczy to kosztami węgla.",
     "Miejskie Przedsiębiorstwo Energetyki Cieplnej sp. z o.o. w Zamościu"),
    # a patron comes from the school's own header
    ("Zespół Szkół Ponadpodstawowych nr 2 im. Jana Pawła II w Kutnie",
     "Uczniowie ZSP nr 2 w Kutnie zdobyli trzy nagrody w konkursie wiedzy o regionie.",
     "Zespół Szkół Ponadpodstawowych nr 2 im. Jana Pawła II w Kutnie"),
])
def test_the_header_completes_the_article_s_name(chrome: str, article: str,
                                                 expected: str) -> None:
    assert expected in canonicals(*page(("chrome", chrome), ("paragraph", article)))


def test_no_registered_name_without_one_owner() -> None:
    """A footer naming two companies of one type, a seat that contradicts the article's,
    and a name in the article itself: each keeps the article's own name."""
    two = page(
        ("paragraph", "Awarię usuwa MPWiK, a wodę dowożą beczkowozy."),
        ("chrome", "Partnerzy: Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji Sp. z o.o. w "
                   "Siedlcach, Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji S.A. w Łodzi"))
    assert "Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji" in canonicals(*two)
    elsewhere = page(
        ("chrome", "Miejski Zakład Komunikacji w Koninie Sp. z o.o."),
        ("paragraph", "Autobusy Miejskiego Zakładu Komunikacji w Gnieźnie kursują bez zmian."))
    assert "Miejski Zakład Komunikacji w Gnieźnie" in canonicals(*elsewhere)


def test_a_shared_acronym_stands_for_the_type_the_site_names() -> None:
    """`UMWŚ` is the Śląskie and the Świętokrzyskie marshal's office; on the latter's site,
    whose header names it in full, it is that one, and so are its units."""
    text, blocks = page(
        ("chrome", "Urząd Marszałkowski Województwa Świętokrzyskiego"),
        ("paragraph", "Umowy podpisano w sali obrad. Nabór ocenił Departament Rolnictwa "
                      "UMWŚ, a zdjęcia przygotowało Biuro Prasowe UMWŚ."))
    c = canonicals(text, blocks)
    assert "Urząd Marszałkowski Województwa Świętokrzyskiego" in c
    assert "Biuro Prasowe Urzędu Marszałkowskiego Województwa Świętokrzyskiego" in c
    assert not any("Śląskiego" in name for name in c)
