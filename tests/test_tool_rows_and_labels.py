"""More shapes of CMS templates, read on pages written here: a link to the comments in the
row of article tools under the lead, a button that saves the article, a legal disclaimer
under the text, an enumeration of names, a photographer and agency joined by a slash, a
field's label alone on its line, Drupal's article footer, Wix's own strings and a skip
link, a breadcrumb trail the markup names, the body element's class names, a consent
notice, a date row split by slashes and an illustrative photo's credit."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsnlp
from newsnlp.extract.sources import _parts
from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import Block
from newsnlp.layout.dateline import row_cells
from newsnlp.layout.dom_roles import mark_named_roles
from newsnlp.layout.enumerations import mark_enumerations
from newsnlp.layout.site_lines import is_bare_label
from newsnlp.layout.title import eligible
from newsnlp.text.dom import DomCues
from newsnlp.text.lines import split_lines

RULES = newsnlp.Pipeline(nlp=None)
PORTALS = Path(__file__).parent / "portals"


def _read(name: str) -> newsnlp.Article:
    return RULES.parse((PORTALS / name).read_text(encoding="utf-8"))


def _body(article: newsnlp.Article) -> list[str]:
    return [p.text for s in article.sections for p in s.paragraphs]


def test_a_link_to_the_comments_under_the_lead_does_not_swallow_the_article() -> None:
    article = _read("tygodnik-narzedzia.txt")
    body = _body(article)
    assert body[0].startswith("Kiedy w czerwcu 2023 roku")
    assert body[-1].startswith("Miasta nad rzekami")
    assert [s.heading.text for s in article.sections if s.heading] == [
        "Trzech gospodarzy, żadnego opiekuna", "Rzeka to nie tylko widok"]
    comments = [c.text for c in article.chrome if c.kind == "comments"]
    assert "Komentarze 17" in comments
    assert any("powislak_88" in c for c in comments)
    assert not any("smutny widok" in p for p in body)


def test_a_button_that_saves_the_article_is_a_tool() -> None:
    article = _read("gielda-sesja.txt")
    assert not any(p.startswith("Zapisz") for p in _body(article))
    assert lt.chrome_kind("Zapisz na później") == "share"
    assert lt.chrome_kind("Dodaj mleko do mąki") is None


def test_a_disclaimer_under_the_text_is_footer_chrome() -> None:
    article = _read("gielda-sesja.txt")
    assert not any("charakter informacyjny" in p for p in _body(article))
    assert any(c.kind == "footer" and c.text.startswith("Artykuł ma charakter")
               for c in article.chrome)
    assert lt.is_strong_chrome("Materiał ma charakter informacyjny i nie zastępuje porady "
                               "lekarza.")
    assert lt.chrome_kind("Spotkanie ma charakter informacyjny.") is None


def test_the_reading_time_and_the_comment_count_on_one_line_are_metadata() -> None:
    article = _read("gielda-sesja.txt")
    assert any(c.kind == "metadata" and c.text == "Czas czytania: 4 min 9 komentarzy"
               for c in article.chrome)


def test_an_enumeration_whose_items_open_with_names_is_a_list() -> None:
    article = _read("gielda-sesja.txt")
    [items] = [[i.text for i in lst.items] for lst in article.lists]
    assert items == ["Energa Północ: +5,2 proc.,", "Elektrownie Śląskie: +4,4 proc.,",
                     "Polska Sieć Gazowa: +3,1 proc."]


def test_capitalised_lines_without_a_label_under_a_colon_line_are_no_enumeration() -> None:
    """Quoted speech goes on under a colon: `Burmistrz powiedział:` / `To nie jest łatwe,` /
    `Ale zrobimy to.` is no list; only a labelled value may open with a capital."""
    text = "Burmistrz powiedział:\nTo nie jest łatwe,\nAle zrobimy to.\n"
    lines = [ln for ln in split_lines(text) if not ln.blank]
    blocks = [Block("paragraph", (ln,)) for ln in lines]
    assert [b.kind for b in mark_enumerations(blocks)] == ["paragraph"] * 3


def test_a_photographer_and_an_agency_joined_by_a_slash_are_two_credits() -> None:
    article = _read("gielda-sesja.txt")
    assert [s.text for s in article.sources if s.kind == "photo"] == [
        "Paweł Sowa", "Agencja Rynek"]
    for whole in ("www.um.pl/Galeria", "GDDKiA O/Katowice",
                  "http://example.com/a/Regiony/Wiadomosci"):
        assert _parts(whole, 0, len(whole)) == [(0, len(whole))]
    credit = "PAP/Leszek Szymański"
    assert [credit[s:e] for s, e in _parts(credit, 0, len(credit))] == ["PAP", "Leszek Szymański"]


def test_a_fields_label_alone_on_its_line_is_no_article_text() -> None:
    article = _read("parafia-drupal.html")
    assert "Kategoria" not in _body(article)
    assert article.lead is not None and article.lead.text.startswith("Trzy nowe dzwony")
    assert is_bare_label("Kategoria") and is_bare_label("Autor:")
    assert not is_bare_label("Kategoria: Parafie")
    assert not is_bare_label("Lista utworów:")


def test_drupals_article_footer_names_the_author() -> None:
    article = _read("parafia-drupal.html")
    assert [s.text for s in article.sources if s.kind == "author"] == ["Ewa Szczepańska"]
    assert article.meta.published == "2026-02-14T11:20"
    found = lt.meta_match("Napisane przez: Anna Grzelak")
    assert found is not None and found.kind == "author"


def test_wix_strings_are_navigation_and_the_post_keeps_its_headline() -> None:
    article = _read("fundacja-wix.txt")
    assert article.meta.title is not None
    assert article.meta.title.text == "Bobry wróciły nad Noteć. Fundacja liczy żeremia"
    assert [s.heading.text for s in article.sections if s.heading] == ["Skąd tyle bobrów?"]
    assert lt.is_strong_chrome("Use tab to navigate through the menu items.")
    assert lt.chrome_kind("bottom of page") == "navigation"


def test_a_skip_link_is_never_the_headline() -> None:
    assert not eligible("Przejdź do głównej treści")
    assert not eligible("Skip to content")
    assert eligible("Powrót do domu - recenzja")  # a film's title, no link back


def _cue(*tokens: str) -> DomCues:
    return DomCues("li", ("html", "body", "ol", "li"), tokens, 0.0, (), 0.0)


def test_the_last_part_of_a_breadcrumb_trail_the_markup_names_is_the_category() -> None:
    """The segmenter read the trail's parts as footer chrome: the class names say they are
    the trail, and its last part, or the one before the headline itself, the section."""
    text = "Strona główna\nPiłka nożna\nIV liga\nSparta wygrywa w Sędziszowie\nObie bramki padły."
    home, sport, league, headline, first = split_lines(text)
    trail = [Block("chrome", (ln,), chrome="footer") for ln in (home, sport, league)]
    blocks = [*trail, Block("title", (headline,)), Block("paragraph", (first,))]
    cues = [_cue("breadcrumb", "item")] * 3 + [_cue("news", "title"), _cue("news", "text")]
    out = mark_named_roles(blocks, cues, ())
    assert [b.kind for b in out] == ["chrome", "chrome", "category", "title", "paragraph"]
    repeated = "Strona główna\nPiłka nożna\nSparta wygrywa\nSparta wygrywa\nObie bramki padły."
    lines = split_lines(repeated)
    blocks = [*(Block("chrome", (ln,), chrome="footer") for ln in lines[:3]),
              Block("title", (lines[3],)), Block("paragraph", (lines[4],))]
    assert [b.kind for b in mark_named_roles(blocks, cues, ())][:3] == [
        "chrome", "category", "chrome"]
    unnamed = [_cue("menu")] * 3 + cues[3:]
    assert mark_named_roles(blocks, unnamed, ()) == blocks


def test_the_bodys_class_names_mark_no_line_as_chrome() -> None:
    """`<body class="… has-sticky-ad">` describes the page's state: every line inherits it,
    the article's too."""
    article = _read("klub-astra.html")
    assert _body(article) == [
        "Siatkarki MKS Wisła zdobyły brązowy medal mistrzostw województwa juniorek. W meczu "
        "o trzecie miejsce pokonały w Kielcach zespół z Ostrowca 3:1.",
        "Turniej finałowy rozegrano w hali przy ul. Krakowskiej. Nasze zawodniczki przegrały "
        "w półfinale z późniejszymi mistrzyniami, ale w niedzielę odrobiły straty."]
    assert article.lead is None  # the post's first `<p>` is set apart by nothing


def test_a_consent_notice_that_names_the_data_controller_first_is_cookies() -> None:
    article = _read("klub-astra.html")
    assert any(c.kind == "cookies" and c.text.startswith("Administratorem Twoich danych")
               for c in article.chrome)


def test_a_date_row_split_by_slashes_names_its_author_after_przez() -> None:
    article = _read("klub-astra.html")
    assert article.meta.published == "2026-03-15"
    assert [s.text for s in article.sources if s.kind == "author"] == ["Ewa Wrona"]
    assert row_cells("Sport / 22 lutego 2026 / Przez Jan Nowak") == [(0, 5), (8, 22), (25, 40)]


def test_an_illustrative_photos_credit_names_the_photographer() -> None:
    for line, name in (("fot. ilustracyjne: Piotr Kamiński", "Piotr Kamiński"),
                       ("Zdjęcie ilustracyjne: Adobe Stock", "Adobe Stock")):
        found = lt.meta_match(line)
        assert found is not None and found.kind == "photo"
        assert line[found.value_start:found.value_end] == name


def test_a_photo_s_zoom_link_is_no_caption() -> None:
    """Police units' sites (policja.gov.pl's template) put `Powiększ zdjęcie` under a photo
    whose caption line carries its credit: the link is the photo's control, not its
    caption."""
    page = ("Pijany kierowca uciekał przed policjantami\nData publikacji 14.03.2026\n"
            "Policjanci zatrzymali 34-letniego kierowcę, który nie zatrzymał się do kontroli "
            "i uciekał przed radiowozem przez kilka kilometrów.\nPowiększ zdjęcie\n"
            "Radiowóz drogówki na miejscu zatrzymania. fot. KPP w Sochaczewie\n"
            "W piątek wieczorem policjanci patrolowali drogę wojewódzką, gdy zauważyli "
            "samochód jadący slalomem.\n")
    article = RULES.parse(page)
    assert article.meta.image is not None and article.meta.image.caption is not None
    assert article.meta.image.caption.text == "Radiowóz drogówki na miejscu zatrzymania."
    assert lt.chrome_kind("Powiększ zdjęcie") == "embed"


def test_a_media_players_leftover_text_is_chrome() -> None:
    """What a browser's text keeps of an audio or video player (its buttons, its clock, the
    pre-roll's countdown, the link to the file) is no article text; a sentence about a
    recording is."""
    for text in ("Pobierz plik audio", "Odtwórz materiał", "Materiał wideo | 01:58",
                 "Reklama · Wideo rozpocznie się za 5 s", "▶ 00:00 / 06:47",
                 "Odtwórz 0:00 / 2:36 Napisy Udostępnij wideo",
                 "Posłuchaj rozmowy z dyrektorką festiwalu"):
        assert lt.chrome_kind(text) == "embed", text
    assert lt.chrome_kind("Materiał wideo pokazuje, jak doszło do wypadku na skrzyżowaniu.") is None


def test_a_share_rows_copy_link_button_alone() -> None:
    """`Kopiuj link` on a line of its own under the share buttons, as `Skopiuj link` is."""
    assert lt.chrome_kind("Kopiuj link") == "share"
    assert lt.chrome_kind("Skopiuj link") == "share"


@pytest.mark.parametrize("line", ["Jesteś tutaj: Strona główna > Programy i projekty",
                                  "Jesteś tutaj: Aktualności"])
def test_a_labelled_trail_is_never_a_headline(line: str) -> None:
    """A trail that opens with its label is the page's path, however few its parts."""
    assert not eligible(line)


@pytest.mark.parametrize("line", ["Wersja dla niedowidzących", "Wersja kontrastowa",
                                  "Powiększ tekst", "Wysoki kontrast"])
def test_accessibility_switches_are_strong_chrome(line: str) -> None:
    """The switches public sites must offer (WCAG) never name the article."""
    assert lt.is_strong_chrome(line) and not eligible(line)


def test_a_trails_label_in_its_other_wording() -> None:
    """BIP templates label the trail `Jesteś w:` as often as `Jesteś tutaj:`."""
    line = "Jesteś w: Strona główna > Rada Gminy > Sesje Rady Gminy"
    assert lt.chrome_kind(line) == "navigation"
    assert lt.breadcrumb_parts(line)[0] != (0, len(line))


@pytest.mark.parametrize(("line", "kind"), [("1/6", "related"), ("1 / 12", "related"),
                                            ("3/4 mieszkańców", None)])
def test_a_gallerys_counter_alone_is_its_pager(line: str, kind: str | None) -> None:
    """`1 / 12` under a gallery's photo counts the photos: the gallery's, never a heading."""
    assert lt.chrome_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Galeria zdjęć (32) »",
    "Galeria meczowa (56 zdjęć) »",
    "Galeria: 47 zdjęć",
    "Galeria zdjęć – 64 fotografie",
    "Galeria zdjęć — 21 fotografii",
    "Galeria: Kiermasz wielkanocny 2026 (22 zdjęcia)",
])
def test_a_gallery_link_with_its_count_of_photos_is_a_link(line: str) -> None:
    """A gallery's link with the number of its photos, however the template writes it
    (in brackets, after a colon or a dash, with an arrow), is chrome, never a heading."""
    assert lt.chrome_kind(line) == "related"


def test_a_gallery_word_without_a_count_stays_a_line_of_text() -> None:
    assert lt.chrome_kind("Galeria okładek") is None
    assert lt.chrome_kind("Galeria Sztuki Współczesnej w Opolu") is None
    assert lt.chrome_kind("Galeria Sztuki – 120 fotografii") is None  # a gallery's own name

