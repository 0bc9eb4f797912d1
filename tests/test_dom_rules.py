"""Markup overrides of HTML pages (`layout.dom_rules`): the article's container."""

from __future__ import annotations

from newsnlp import Pipeline
from newsnlp.layout.blocks import Block
from newsnlp.layout.dom_rules import apply_dom
from newsnlp.page import prepare
from newsnlp.text.htmlmeta import Declared

HTML = """<html><body>
<div class="sidebar"><p>Serwis o zdrowiu dla całej rodziny, z poradami lekarzy.</p></div>
<div class="article-body">
<p>Na oddziale dziecięcym szpitala w Sosnowcu otwarto w poniedziałek nową salę zabaw,
którą wyposażyli wolontariusze z miejscowej fundacji.</p>
<p>TAK</p>
<p>Lista darczyńców:</p>
<p>Udostępnij</p>
<p><a href="/a">Czytaj też: nowy oddział</a></p>
</div>
</body></html>"""


def _blocks() -> list[Block]:
    page = prepare(HTML, 100_000)
    lines = [ln for ln in page.lines if not ln.blank]
    assert page.cues is not None
    sidebar, article, answer, label, share, link = lines
    blocks = [Block("chrome", (sidebar,), chrome="other"), Block("paragraph", (article,)),
              Block("chrome", (answer,), chrome="other"),
              Block("chrome", (label,), chrome="footer"),
              Block("chrome", (share,), chrome="share"), Block("chrome", (link,), chrome="other")]
    out, _ = apply_dom(blocks, page.lines, page.cues, [])
    return out


def test_paragraphs_beside_the_article_set_aside_by_position_are_article_text() -> None:
    kinds = {b.lines[0].text: (b.kind, b.chrome) for b in _blocks()}
    assert kinds["TAK"] == ("paragraph", None)
    assert kinds["Lista darczyńców:"] == ("paragraph", None)


def test_other_containers_labels_and_links_stay_chrome() -> None:
    """A sidebar's paragraph, a share label the lexicon read, a link line: not article."""
    kinds = {b.lines[0].text: b.kind for b in _blocks()}
    assert kinds["Serwis o zdrowiu dla całej rodziny, z poradami lekarzy."] == "chrome"
    assert kinds["Udostępnij"] == "chrome"
    assert kinds["Czytaj też: nowy oddział"] == "chrome"


LIST_PAGE = """<html><body><article>
<h1>Pożar hali magazynowej w Gliwicach. Strażacy gasili ogień przez całą noc</h1>
<p>W nocy z wtorku na środę spłonęła hala magazynowa przy ul. Portowej. Z ogniem walczyło
25 zastępów straży pożarnej, a akcja gaśnicza trwała czternaście godzin.</p>
<p>Podsumowanie akcji:</p>
<ul><li>25 zastępów straży pożarnej,</li><li>ponad 100 strażaków,</li></ul>
<p>Właściciel hali szacuje straty na kilka milionów złotych i zapowiada odbudowę.</p>
<ol><li>Zabezpieczenie terenu.</li><li>Rozbiórka hali.</li></ol>
</article></body></html>"""


def test_li_elements_of_the_article_are_list_items_one_list_per_element() -> None:
    """The text rendering drops the bullets; the markup still says which lines are items."""
    article = Pipeline(nlp=None).parse(LIST_PAGE)
    assert [[item.text for item in lst.items] for lst in article.lists] == [
        ["25 zastępów straży pożarnej,", "ponad 100 strażaków,"],
        ["Zabezpieczenie terenu.", "Rozbiórka hali."]]
    assert [lst.ordered for lst in article.lists] == [False, True]
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    assert "ponad 100 strażaków," not in paragraphs
    assert "Podsumowanie akcji:" in paragraphs


QUOTE_PAGE = """<html><body><article>
<h1>Sejm uchwalił ustawę o ochronie ludności i obronie cywilnej</h1>
<p>Posłowie przyjęli w środę ustawę o ochronie ludności. Za głosowało 410 posłów, nikt nie był
przeciw, a ustawa trafi teraz do Senatu.</p>
<blockquote><p>To ustawa, na którą Polska czekała od czasów zimnej wojny</p></blockquote>
<p>– powiedział w Sejmie szef resortu spraw wewnętrznych, zapowiadając szybkie wdrożenie.</p>
<p>Senatorowie mają na rozpatrzenie ustawy 30 dni, potem podpisze ją prezydent.</p>
</article></body></html>"""


def test_a_blockquote_line_is_no_section_heading() -> None:
    article = Pipeline(nlp=None).parse(QUOTE_PAGE)
    assert [s.heading for s in article.sections] == [None]
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    assert "To ustawa, na którą Polska czekała od czasów zimnej wojny" in paragraphs


HEADING_PAGE = """<html><body><div class="text">
<p>Angina paciorkowcowa to jedna z najczęstszych chorób wieku dziecięcego, zwłaszcza zimą,
gdy lekarze przyjmują codziennie kilkoro małych pacjentów z bólem gardła.</p>
<h2>Leczenie</h2>
<p>O leczeniu decyduje lekarz.</p>
</div><div class="box"><h3>Newsletter</h3></div></body></html>"""


def test_a_section_heading_among_the_articles_paragraphs_is_a_heading_again() -> None:
    """An `<h2>` in the element that holds the article's paragraphs, set aside by position,
    heads a section; an `<h3>` in another element stays chrome."""
    page = prepare(HEADING_PAGE, 100_000)
    assert page.cues is not None
    intro, head, text, other = [ln for ln in page.lines if not ln.blank]
    blocks = [Block("paragraph", (intro,)), Block("chrome", (head,), chrome="other"),
              Block("chrome", (text,), chrome="other"), Block("chrome", (other,), chrome="footer")]
    out, _ = apply_dom(blocks, page.lines, page.cues, [])
    assert [b.kind for b in out] == ["paragraph", "heading", "paragraph", "chrome"]


def test_the_text_is_read_from_its_paragraphs_not_its_lead() -> None:
    """The lead is often the longest paragraph and has a class of its own: the article's
    container is read from the other paragraphs, so a last section's `<h3>` set aside by
    position is a heading again."""
    html = """<html><body><article class="post">
<p class="lead">Legia Warszawa pokonała Lechię Gdańsk 2:1, choć do 90. minuty przegrywała,
a oba gole dla gości padły w doliczonym czasie gry.</p>
<p>Gospodarze objęli prowadzenie w 34. minucie po strzale głową.</p>
<h3>Składy</h3>
</article></body></html>"""
    page = prepare(html, 100_000)
    lead, text, heading = [ln for ln in page.lines if not ln.blank]
    assert page.cues is not None
    blocks = [Block("lead", (lead,)), Block("paragraph", (text,)),
              Block("chrome", (heading,), chrome="footer")]
    out, _ = apply_dom(blocks, page.lines, page.cues, [])
    assert [b.kind for b in out] == ["lead", "paragraph", "heading"]


FOOTERS = """<html><body>
<h1>Nowy most na Warcie otwarty dla ruchu</h1>
<article>
<footer class="node__meta">
<div>Opublikowane przez Ewa Szczepańska, 14.02.2026 - 11:20</div></footer>
<p>Po dwóch latach budowy kierowcy mogą już przejechać nowym mostem na Warcie w Koninie.</p>
<blockquote><p>To najważniejsza inwestycja tej kadencji.</p>
<footer>Anna Lis, prezydent Konina</footer></blockquote>
</article>
<footer><p>Portal mieszkańców Konina – wiadomości z miasta i regionu</p></footer>
</body></html>"""


def _footers() -> dict[str, tuple[str, str | None]]:
    page = prepare(FOOTERS, 100_000)
    assert page.cues is not None
    headline, byline, text, quote, said, site = [ln for ln in page.lines if not ln.blank]
    blocks = [Block("paragraph", (headline,)), Block("paragraph", (byline,)),
              Block("paragraph", (text,)), Block("quote", (quote, said)), Block("title", (site,))]
    out, _ = apply_dom(blocks, page.lines, page.cues,
                       [Declared("Nowy most na Warcie otwarty dla ruchu", "og:title")])
    return {b.lines[0].text: (b.kind, b.chrome) for b in out}


def test_a_footer_inside_the_article_is_not_the_pages_footer() -> None:
    """HTML's sectioning rule: `<article><footer>` holds who wrote the article and when: its
    metadata, not the page's footer."""
    assert _footers()["Opublikowane przez Ewa Szczepańska, 14.02.2026 - 11:20"] == (
        "chrome", "metadata")


def test_a_quotations_footer_is_its_attribution_not_the_articles() -> None:
    assert _footers()["To najważniejsza inwestycja tej kadencji."] == ("quote", None)


def test_a_headline_the_markup_displaces_keeps_the_chrome_it_stands_in() -> None:
    """The segmenter's title below the declared headline is a heading only outside chrome:
    in the page's `<footer>` it is the footer's line."""
    kinds = _footers()
    assert kinds["Nowy most na Warcie otwarty dla ruchu"] == ("title", None)
    assert kinds["Portal mieszkańców Konina – wiadomości z miasta i regionu"] == (
        "chrome", "footer")


SOCIAL_BAR = """<html><head><title>Nowy środkowy w drużynie</title></head><body>
<div class="top"><div class="logo">KS Orły Brzeg</div>
<div class="menu">Aktualności Drużyna Terminarz i wyniki Tabela Bilety Kontakt</div>
<div class="social-links"><a href="https://facebook.com/" aria-label="Facebook">FB</a>
<a href="https://youtube.com/" aria-label="YouTube">YT</a></div></div>
<main><p class="ticker">Najbliższy mecz: sparing z Odrą – 23.08, godz. 18:00, hala miejska</p>
<div class="meta">Transfery 02.07.2025</div>
<h1>Nowy środkowy w drużynie</h1>
<p>Mamy pierwsze wzmocnienie przed sezonem! Do drużyny dołącza Piotr Wrona, który przez dwa
ostatnie lata grał w pierwszej lidze.</p>
<p>Zawodnik podpisał dwuletni kontrakt i już w sierpniu rozpocznie przygotowania z zespołem.</p>
</main></body></html>"""


def test_a_share_bar_above_the_headline_names_no_section() -> None:
    """The rules read the short line over their pick of the headline as its section; in a
    share bar's markup (`social-links`) it is none, whatever the line says (`FB YT`)."""
    article = Pipeline(nlp=None).parse(SOCIAL_BAR)
    assert article.meta.title is not None
    assert article.meta.title.text == "Nowy środkowy w drużynie"
    assert article.meta.category is None
    assert any(c.kind == "share" and c.text == "FB YT" for c in article.chrome)


def test_the_declared_headline_stays_the_title_where_the_rules_read_a_category() -> None:
    """The rules may read a short `<h1>` over a longer `<h2>` as the section's label; the
    headline the page declares (og:title) is its title all the same."""
    page = ('<html><head><meta property="og:title" content="Pożar hali w Kutnie"></head><body>'
            '<h1>Pożar hali w Kutnie</h1><h2>Strażacy przez całą noc walczyli z ogniem, '
            'który objął halę magazynową</h2><p>W nocy z piątku na sobotę spłonęła hala '
            'magazynowa przy ulicy Łąkoszyńskiej w Kutnie, a ogień gasiło dwanaście zastępów.'
            '</p><p>Nikt nie został ranny, a przyczynę pożaru ustala policja.</p></body></html>')
    article = Pipeline(nlp=None).parse(page)
    assert article.meta.title is not None
    assert article.meta.title.text == "Pożar hali w Kutnie"
    assert article.meta.category is None or article.meta.category.text != "Pożar hali w Kutnie"
