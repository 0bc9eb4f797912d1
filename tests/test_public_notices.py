"""A public office's notice (BIP) read on a page written here: an enumeration written as
lines of a sentence, the sections under it up to the page's tools, the tools' row with its
error report link, a list of other notices under a label with a colon, the record box's
names stamped with dates, and the editors' page that every BIP links to."""

from __future__ import annotations

from pathlib import Path

import newsnlp
from newsnlp.extract.sources import _parts
from newsnlp.layout import linetypes as lt

RULES = newsnlp.Pipeline(nlp=None)
PAGE = Path(__file__).parent / "portals" / "bip-nabor-stypendia.txt"


def _article() -> newsnlp.Article:
    return RULES.parse(PAGE.read_text(encoding="utf-8"))


def test_the_sections_under_an_enumeration_are_the_notice_s_text() -> None:
    """The enumeration's last item closes with a full stop (Polish punctuation), so the line
    under it heads a section; the sections run to the page's tools, however the model reads
    the text after a run of short lines."""
    article = _article()
    assert [s.heading.text for s in article.sections if s.heading] == [
        "Wysokość stypendium", "Termin składania wniosków"]
    body = [p.text for s in article.sections for p in s.paragraphs]
    assert body[-1].startswith("Rozstrzygnięcie naboru")
    assert any(p.startswith("Stypendium wynosi") for p in body)
    assert [i.text for i in article.lists[0].items][-1] == "szachy i brydż sportowy."


def test_the_tools_row_and_the_other_notices_are_chrome() -> None:
    article = _article()
    kinds = {c.text.splitlines()[0]: c.kind for c in article.chrome}
    assert kinds["Drukuj | Udostępnij | Zgłoś błąd na stronie"] == "share"
    assert kinds["Inne komunikaty:"] == "related"
    assert lt.chrome_kind("Drukuj • Zgłoś błąd") == "share"
    assert lt.header_kind("Inne aktualności:") == "related"
    assert lt.header_kind("Inne terminy:") is None


def test_the_record_box_names_without_their_date_stamps() -> None:
    """`Informację wytworzył: Marek Zawadzki (2026-01-09)`: the date in brackets is the
    record's, not part of the name; the BIP's `Redakcja Biuletynu` menu item is no byline."""
    article = _article()
    assert [(s.kind, s.text) for s in article.sources] == [
        ("source", "Marek Zawadzki"), ("author", "Ewa Lis")]
    text = "Anna Lis (12.03.2026 14:05)"
    assert [text[s:e] for s, e in _parts(text, 0, len(text))] == ["Anna Lis"]
    text = "Studio Foto (2025)"  # a year alone in brackets is a stamp too
    assert [text[s:e] for s, e in _parts(text, 0, len(text))] == ["Studio Foto"]
    text = "Anna Lis (PAP)"  # an agency in brackets is no stamp
    assert [text[s:e] for s, e in _parts(text, 0, len(text))] == ["Anna Lis (PAP)"]


NOTICE = """Komunikat w sprawie przerwy w dostawie wody
Data publikacji: 2026-02-03 10:15
Gminny Zakład Wodociągów informuje, że w czwartek 5 lutego w godzinach 8-14 nastąpi przerwa
w dostawie wody na ulicach Polnej i Leśnej. Za utrudnienia przepraszamy.
Mieszkańcy mogą korzystać z beczkowozu ustawionego przy szkole podstawowej.
{signed}
Liczba odsłon: 112
"""


def test_who_drew_up_a_notice_is_its_author() -> None:
    """`Sporządził:` under an official notice names who drew it up, as `Opracował:` does: the
    author (with the role after the name cut off); BIP's `Wytworzył:` stays a source, a
    person's name too (CONVENTIONS)."""
    def credits(signed: str) -> list[tuple[str, str]]:
        article = RULES.parse(NOTICE.format(signed=signed))
        return [(s.kind, s.text) for s in article.sources]

    assert credits("Sporządził: Andrzej Wiśniewski, kierownik Działu Sieci") == [
        ("author", "Andrzej Wiśniewski")]
    assert credits("Sporządziła: Anna Wiśniewska") == [("author", "Anna Wiśniewska")]
    assert credits("Wytworzył: Tomasz Bąk\nOpublikował: Ewa Grabowska") == [
        ("source", "Tomasz Bąk"), ("author", "Ewa Grabowska")]
