"""Where the article starts and ends on pages that bury it: a headline its breadcrumb trail
names under a column of other articles' teasers, text after an ad set inside it up to the
writer's signature, link boxes over the share row, and lines the rules set aside between
paragraphs the article keeps. Pages and blocks written here."""

from __future__ import annotations

import newsnlp
from newsnlp.layout.blocks import Block
from newsnlp.layout.doubt import _above_credits
from newsnlp.layout.model import _inside_kept_prose, _nothing_above_title, _split_around
from newsnlp.layout.title import trail_named
from newsnlp.text.lines import split_lines

RULES = newsnlp.Pipeline(nlp=None)

HEADLINE = "Nowa kładka nad Słupią otwarta dla pieszych i rowerzystów"
TEASERS = [
    "Radni przyjęli budżet miasta na przyszły rok",
    ("Po burzliwej debacie radni przyjęli budżet, w którym najwięcej pieniędzy trafi na "
     "remonty szkół i dróg w dzielnicach."),
    "Szpital kupił nowy tomograf za trzy miliony złotych",
    ("Dzięki nowemu urządzeniu pacjenci mają czekać na badanie o połowę krócej niż do tej "
     "pory, zapewnia dyrekcja szpitala."),
    "Ogłoszenia",
    "Dodaj ogłoszenie",
]
COLUMN = [line for n in range(4) for line in (
    f"Przetarg numer {n}: miasto szuka wykonawcy kolejnej inwestycji",
    ("Urzędnicy zapowiadają, że prace ruszą wiosną, a potrwają co najmniej do końca "
     "przyszłego roku, jeśli pogoda pozwoli."))]
ARTICLE = [
    ("W piątek po południu mieszkańcy po raz pierwszy przeszli nową kładką nad Słupią, "
     "która łączy park z bulwarem. Budowa trwała półtora roku i kosztowała osiem milionów "
     "złotych."),
    ("Kładka ma sto dwadzieścia metrów długości, oświetlenie i osobny pas dla rowerów. Jak "
     "mówią urzędnicy, dzięki niej droga z osiedla do centrum skróci się o kilometr."),
    ("Mieszkańcy, z którymi rozmawialiśmy, chwalą inwestycję, choć narzekają, że prace "
     "przeciągnęły się o kilka miesięcy i przez całe lato trzeba było chodzić objazdem."),
]


def test_the_trail_names_the_headline_over_its_date_line() -> None:
    """A line that ends the line above it (the breadcrumb's last part names the page, its
    separators lost with the HTML) and stands right over a date line is the headline; a
    line ending another line elsewhere, or with nothing dated under it, is not."""
    texts = ["Kurier Wiadomości Miasto " + HEADLINE, HEADLINE, "Data dodania: 2026-03-04",
             "tekst"]
    assert trail_named(texts, lambda i: i == 2) == 1
    assert trail_named(texts, lambda i: False) is None
    blank = [texts[0], "", HEADLINE, "", texts[2]]  # blank lines between are passed over
    assert trail_named(blank, lambda i: i == 4) == 2
    menu = ["Praca Wrocław Praca Kraków", "Praca Kraków", "Data dodania: 2026-03-04"]
    assert trail_named(menu, lambda i: i == 2) is None  # two words: a wrapped menu's item


def test_a_headline_named_by_its_trail_under_teasers_and_only_its_article_is_the_body() -> None:
    """A portal prints a column of other articles' teasers above the article; the trail
    that names the page and the date line under the headline mark where the article starts,
    and the teasers above it are no part of it."""
    page = "\n".join([
        "Strona główna | Wiadomości | Sport | Kultura", *COLUMN, *TEASERS,
        "Kurier Słupski Wiadomości " + HEADLINE, HEADLINE,
        "Data dodania: 2026-03-04 10:15 Ostatnia aktualizacja: 2026-03-04 12:40",
        *ARTICLE, "Podziel się", "Komentarze (0)", "Regulamin | Polityka prywatności",
    ])
    article = RULES.parse(page)
    assert article.meta.title is not None and article.meta.title.text == HEADLINE
    body = [p.text for s in article.sections for p in s.paragraphs]
    assert article.lead is not None and article.lead.text == ARTICLE[0]
    assert body == ARTICLE[1:]


def _blocks(text: str, kinds: list[str]) -> list[Block]:
    """One block a line: a kind, or `chrome:<kind>`."""
    lines = [ln for ln in split_lines(text) if not ln.blank]
    return [Block("chrome", (ln,), chrome=kind[7:]) if kind.startswith("chrome:")  # type: ignore[arg-type]
            else Block(kind, (ln,)) for kind, ln in zip(kinds, lines, strict=True)]  # type: ignore[arg-type]


def test_text_above_the_headline_goes_unless_the_headline_may_be_a_line_inside_it() -> None:
    """Article text above the headline is set aside; when the ranker chose the headline
    (no trail named it), not if the lead stands above it (the line chosen is a caption
    inside the article) nor if less text stands under it than over it (a comment thread's
    header under the article)."""
    text = "\n".join([TEASERS[1], HEADLINE, *ARTICLE])
    blocks = _blocks(text, ["paragraph", "title", "lead", "paragraph", "paragraph"])
    assert [b.kind for b in _nothing_above_title(blocks, named=False)][:2] == ["chrome", "title"]
    led = _blocks(text, ["lead", "title", "paragraph", "paragraph", "paragraph"])
    assert _nothing_above_title(led, named=False) == led
    assert _nothing_above_title(led, named=True)[0].kind == "chrome"
    end = "\n".join([*ARTICLE, "Odpowiedzi: 3 to „" + HEADLINE + "”", "Świetny pomysł!"])
    thread = _blocks(end, ["lead", "paragraph", "paragraph", "title", "paragraph"])
    assert _nothing_above_title(thread, named=False) == thread


SIGNED = "\n".join([
    ARTICLE[0],
    "Skocz do tekstu",
    "REKLAMA",
    ARTICLE[1],
    "Kładkę zaprojektowało słupskie biuro architektów.",
    "eb, pap",
    "Podziel się",
])


def test_text_after_an_ad_inside_the_article_stays_up_to_the_writers_signature() -> None:
    """Between an ad set inside the article (its skip link `Skocz do tekstu` above it) and
    the writer's initials with the agency (`eb, pap`), a long paragraph and a short sentence
    the model doubts are the article's last paragraphs; without the signature (a footer
    line there) the short one is too short to tell from a teaser under the box."""
    kinds = ["paragraph", "paragraph", "chrome:ad", "paragraph", "paragraph", "paragraph",
             "chrome:share"]
    for signature in ("eb, pap", "(ak)", "pat/ mra/"):
        signed = SIGNED.replace("eb, pap", signature)
        assert _above_credits(_blocks(signed, kinds), {1, 3, 4, 5}) == {3, 4}, signature
    # a link box may stand between the text and the signature, read as a footer line
    boxed = SIGNED.replace("eb, pap", "Zobacz też: Nowy most na Wiśle\n(ak)")
    box_kinds = [*kinds[:5], "chrome:related", "chrome:footer", "chrome:share"]
    assert _above_credits(_blocks(boxed, box_kinds), {1, 3, 4}) == {3, 4}
    unsigned = SIGNED.replace("eb, pap", "Regulamin serwisu")
    footer = [*kinds[:5], "chrome:footer", "chrome:share"]
    assert _above_credits(_blocks(unsigned, footer), {1, 3, 4}) == set()
    # the same run with a long last paragraph stays under the footer too: the short
    # sentence, not the footer, is what the signature vouches for
    long_last = unsigned.replace("Kładkę zaprojektowało słupskie biuro architektów.", ARTICLE[2])
    assert _above_credits(_blocks(long_last, footer), {1, 3, 4}) == {3, 4}
    # initials alone in a signature's shape may be a menu's pair: a teaser under a link
    # box over `FAQ / RODO` stays doubted
    menu = "\n".join([ARTICLE[0], "Zobacz także", TEASERS[1], "FAQ / RODO", "Podziel się"])
    menu_kinds = ["paragraph", "chrome:related", "paragraph", "paragraph", "chrome:share"]
    assert _above_credits(_blocks(menu, menu_kinds), {2, 3}) == set()


def test_a_chrome_block_holding_the_headline_is_cut_around_it() -> None:
    """The rules' link list that ran on into the headline keeps its lines above and below
    as its own kind; the headline becomes the title."""
    text = "\n".join(["Praca Kraków", "Dodaj ogłoszenie", HEADLINE, "Podziel się"])
    lines = [ln for ln in split_lines(text) if not ln.blank]
    block = Block("chrome", tuple(lines), chrome="related")
    cut = _split_around(block, lines[2])
    assert [(b.kind, b.chrome, [ln.text for ln in b.lines]) for b in cut] == [
        ("chrome", "related", ["Praca Kraków", "Dodaj ogłoszenie"]),
        ("title", None, [HEADLINE]), ("chrome", "related", ["Podziel się"])]
    assert [b.kind for b in _split_around(block, lines[0])] == ["title", "chrome"]


def test_a_long_link_box_between_the_text_and_the_share_row_is_passed_over() -> None:
    """A section's heading and its paragraph the model doubts, under the article's kept
    text and over `Zobacz także:` with its headlines and the share row, are the article's;
    the box may hold any number of headlines."""
    text = "\n".join([ARTICLE[0], "Co dalej z bulwarem?", ARTICLE[1], "Zobacz także:",
                      *TEASERS[::2], "Remont dworca potrwa do jesieni", "Nowe autobusy",
                      "Zobacz więcej na temat:", "kładka", "Podziel się"])
    kinds = ["paragraph", "heading", "paragraph", *["chrome:related"] * 8, "chrome:share"]
    assert _above_credits(_blocks(text, kinds), {1, 2}) == {1, 2}


def test_a_line_the_rules_set_aside_between_kept_paragraphs_is_the_articles() -> None:
    """A one-line footer the rules read between two paragraphs of running prose that stay
    (a section's heading after a share row they took for the page's end) is taken back; a
    section break without a word, a link with its arrow, or a line next to a paragraph the
    model sets aside is not."""
    for line, taken in (("Co dalej z bulwarem?", True), ("❀", False),
                        ("Przeczytaj o innych inwestycjach »", False)):
        text = "\n".join([ARTICLE[0], line, ARTICLE[1]])
        blocks = _blocks(text, ["paragraph", "chrome:footer", "paragraph"])
        assert _inside_kept_prose(blocks, set()) == ({1} if taken else set())
    text = "\n".join([ARTICLE[0], "Co dalej z bulwarem?", ARTICLE[1]])
    blocks = _blocks(text, ["paragraph", "chrome:footer", "paragraph"])
    assert _inside_kept_prose(blocks, {2}) == set()

