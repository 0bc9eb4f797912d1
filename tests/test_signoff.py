"""The closing signature of a news text (`zew, PAP`, `eb, pap`, `(af)`) is its credits, not
article text: the writer's initials its byline, the agencies its source; the same shape
elsewhere on the page (a menu's `LPG/CNG`) is not."""

from __future__ import annotations

import pytest

import newsnlp
from newsnlp.layout.blocks import Block
from newsnlp.layout.closing import signature_end
from newsnlp.layout.signoff import is_signoff, mark_signoffs
from newsnlp.text.lines import Line, split_lines

PARAGRAPHS = [
    ("Chiny wstrzymały import drobiu z trzech prowincji po wykryciu ptasiej grypy u dzikich "
     "ptaków. Władze zapowiedziały kontrole na wszystkich fermach w regionie."),
    ("Ze względu na największą liczbę drobiu na świecie Chiny są uważane za kraj "
     "szczególnego ryzyka, przypominają eksperci Światowej Organizacji Zdrowia."),
]


def _body(article: newsnlp.Article) -> list[str]:
    spans = [article.lead] if article.lead else []
    spans += [p for s in article.sections for p in s.paragraphs]
    return [s.text for s in spans]


@pytest.mark.parametrize(("line", "credits"), [
    ("eb, pap", [("byline", "eb"), ("source", "pap")]),
    ("zew, PAP, \"Rzeczpospolita\"",
     [("byline", "zew"), ("source", "PAP"), ("source", "\"Rzeczpospolita\"")]),
    ("(af)", [("byline", "af")]), ("(RC)", [("byline", "RC")]), ("PAP", [("source", "PAP")]),
    ("kw/PAP.", [("byline", "kw"), ("source", "PAP")]),
    ("pat/ mra/ ana/", [("byline", "pat"), ("byline", "mra"), ("byline", "ana")]),
    ("mw/PAP/kw", [("byline", "mw"), ("source", "PAP"), ("byline", "kw")]),
    ("(KPP)", [("source", "KPP")]),  # an institution's acronym is no writer's initials
    # the editor's label before the initials is no part (`oprac.`: edited by)
    ("(PAP, oprac. pg)", [("source", "PAP"), ("byline", "pg")]),
])
def test_a_signature_after_the_article_becomes_its_credits(
        line: str, credits: list[tuple[str, str]]) -> None:
    lines = split_lines("\n".join([*PARAGRAPHS, line]))
    blocks = [Block("paragraph", (ln,)) for ln in lines]
    marked = mark_signoffs(blocks)
    assert [b.kind for b in marked[:2]] == ["paragraph", "paragraph"]
    assert all(b.lines == (lines[2],) for b in marked[2:])
    assert [(b.kind, page_text(lines[2], b.value)) for b in marked[2:]] == credits


def page_text(line: Line, value: tuple[int, int] | None) -> str:
    start, end = value or (0, 0)
    return line.text[start - line.start:end - line.start]


def test_the_same_shape_after_chrome_or_inside_a_block_stays() -> None:
    """A menu row of two abbreviations after chrome, and a signature-shaped line inside a
    longer block, are not the article's closing signature."""
    lines = split_lines("\n".join(["Kotły i turbiny", "LPG/CNG", PARAGRAPHS[0], "eb, pap"]))
    blocks = [Block("chrome", (lines[0],), chrome="navigation"), Block("paragraph", (lines[1],)),
              Block("paragraph", (lines[2], lines[3]))]
    assert mark_signoffs(blocks) == blocks


@pytest.mark.parametrize("line", ["Tak", "tak", "Tak, ale…", "Kotły i turbiny", "ab",
                                  "Z kolei w pionie wiceprezesa", "2012-01-03 13:50"])
def test_words_and_short_lines_are_no_signature(line: str) -> None:
    assert not is_signoff(line)


def test_a_parsed_page_credits_the_signature_and_leaves_it_out_of_the_body() -> None:
    page = "\n".join(["Ptasia grypa w Chinach. Wstrzymano import drobiu", "03.01.2012, 13:50",
                      *PARAGRAPHS, "eb, pap", "© 2012 Tygodnik. Wszelkie prawa zastrzeżone."])
    article = newsnlp.Pipeline(nlp=None).parse(page)
    assert "eb, pap" not in " ".join(_body(article))
    assert [(s.text, s.kind) for s in article.sources] == [("eb", "author"), ("pap", "source")]
    assert all(article.text[s.start:s.end] == s.text for s in article.sources)


def test_pap_codes_under_the_agencys_credit_are_its_journalists() -> None:
    """PAP closes a text with `(PAP)` and its journalists' codes, each with a slash
    (`akol/ mhr/`): one author per code, none of it article text."""
    page = "\n".join(["Ptasia grypa w Chinach. Wstrzymano import drobiu", "03.01.2012, 13:50",
                      *PARAGRAPHS, "(PAP)", "akol/ mhr/", "© 2012 Tygodnik."])
    article = newsnlp.Pipeline(nlp=None).parse(page)
    assert "akol" not in " ".join(_body(article))
    assert [(s.text, s.kind) for s in article.sources] == [
        ("PAP", "source"), ("akol", "author"), ("mhr", "author")]


def test_a_reporters_name_under_the_text_is_its_byline_and_the_agency_a_source() -> None:
    """`Karolina Mazur (PAP)` under the last paragraph, with a newsletter's pitch (prose) in
    the footer below: the byline and the agency's credit, then PAP's codes."""
    page = "\n".join(["Ptasia grypa w Chinach. Wstrzymano import drobiu", "03.01.2012, 13:50",
                      "", *PARAGRAPHS, "Karolina Mazur (PAP)", "kmz/ pad/", "",
                      "Newsletter – najważniejsze informacje z regionu codziennie o poranku, "
                      "prosto na twoją skrzynkę pocztową.", "© 2012 Tygodnik."])
    article = newsnlp.Pipeline(nlp=None).parse(page)
    assert [(s.text, s.kind) for s in article.sources] == [
        ("Karolina Mazur", "author"), ("PAP", "source"), ("kmz", "author"), ("pad", "author")]


def test_a_signature_of_someone_a_byline_names_already_adds_no_author() -> None:
    """Under the last paragraph, `ks. Jerzy Dudała` is named by `Autor: wnp.pl (Jerzy
    Dudała)` already and stays as it is; `Jan Lis` is not `Jan Lisowski`, so his signature
    is a byline."""
    def signed(byline: str, signature: str) -> list[str]:
        lines = split_lines("\n".join([byline, *PARAGRAPHS, signature, "Stopka"]))
        blocks = [Block("byline", (lines[0],), value=(lines[0].start + 7, lines[0].end)),
                  *(Block("paragraph", (ln,)) for ln in lines[1:4]),
                  Block("chrome", (lines[4],), chrome="footer")]
        return [b.kind for b in mark_signoffs(blocks)]

    assert signed("Autor: wnp.pl (Jerzy Dudała)", "ks. Jerzy Dudała")[3] == "paragraph"
    assert signed("Autor: Jan Lisowski", "Jan Lis")[3] == "byline"


def test_a_signatures_name_ends_before_the_function_and_the_agency() -> None:
    line = split_lines("Anna Wrona, lekarz rodzinny (PAP)")[0]
    assert signature_end(Block("paragraph", (line,))) == len("Anna Wrona")


def test_a_signature_may_name_the_writer_s_office() -> None:
    """`Joanna Pietrzak, Biuro Prasowe` under an office's release: the name, then the
    office a unit's head word opens; a capitalised sentence after a comma is no office."""
    office = split_lines("Joanna Pietrzak, Biuro Prasowe")[0]
    assert signature_end(Block("paragraph", (office,))) == len("Joanna Pietrzak")
    page = ("Nowe ławki w parku miejskim\nData dodania: 2026-03-02 12:15\n"
            "W parku miejskim stanęło dwadzieścia nowych ławek i dziesięć koszy na śmieci. "
            "Inwestycja kosztowała 80 tysięcy złotych.\n"
            "Kolejne ławki pojawią się jesienią na skwerze przy ul. Kościuszki.\n"
            "Joanna Pietrzak, Wydział Promocji\nDrukuj | Udostępnij | Facebook\n"
            "© 2026 Urząd Miasta\n")
    article = newsnlp.Pipeline(nlp=None).parse(page)
    assert [(s.kind, s.text) for s in article.sources] == [("author", "Joanna Pietrzak")]
    sentence = split_lines("Anna Lis, Burmistrz Miasta pogratulował zwycięzcom")[0]
    assert signature_end(Block("paragraph", (sentence,))) is None


def test_a_signature_s_function_may_name_the_institution_that_holds_it() -> None:
    """`Małgorzata Osińska, rzecznik prasowy Szpitala Powiatowego w Sokołowie Podlaskim`:
    the function is short, the institution's name after it may be longer."""
    line = split_lines("Małgorzata Osińska, rzecznik prasowy Szpitala Powiatowego w "
                       "Sokołowie Podlaskim")[0]
    assert signature_end(Block("paragraph", (line,))) == len("Małgorzata Osińska")
    long = split_lines("Anna Lis, która od lat prowadzi w mieście zajęcia dla dzieci i "
                       "młodzieży z Gminnego Ośrodka Kultury")[0]
    assert signature_end(Block("paragraph", (long,))) is None


def test_initials_under_the_photos_credit_are_the_writers_not_a_caption() -> None:
    """`(bk)` under the closing `Zdjęcia:` credit signs the text; no photo's caption."""
    article = newsnlp.Pipeline(nlp=None).parse(
        "Parafia\n\nDroga Krzyżowa przeszła ulicami osiedla\n\n" + "\n\n".join(PARAGRAPHS)
        + "\n\nZdjęcia: Jan Mazur\n(bk)\n\nKomentarze są wyłączone.\n")
    assert [(s.kind, s.text) for s in article.sources] == [("photo", "Jan Mazur"),
                                                           ("author", "bk")]
    assert article.meta.image is not None and article.meta.image.caption is None
