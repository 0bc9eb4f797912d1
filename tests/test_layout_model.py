"""The layout model: the shipped CRF loads, reads a page's lines, and overrides the rules."""

from __future__ import annotations

import pytest

import newsnlp
from newsnlp.layout.blocks import Block
from newsnlp.layout.features import line_features
from newsnlp.layout.model import LABELS, LayoutModel, refine, shipped_model
from newsnlp.layout.site_lines import cut_by_a_template, is_account_prompt, is_keyword_row
from newsnlp.layout.title import TitleRanker, eligible, is_candidate, ranker_rows, trusted
from newsnlp.text.lines import split_lines

PAGE = "\n".join([
    'Portal Regionalny',
    'Strona główna | Wiadomości | Sport | Kultura | Ogłoszenia | Kontakt',
    'Zaloguj się',
    'Szukaj',
    'Wiadomości » Powiat',
    '',
    'Nowy most na Wiśle otwarty po dwóch latach budowy',
    '',
    'Dodano: 12.05.2026, 14:20',
    'Autor: Anna Kowalska',
    '',
    ('W sobotę po południu kierowcy po raz pierwszy przejechali nowym mostem, który '
     'łączy oba brzegi rzeki w centrum miasta. Budowa trwała dwa lata i kosztowała '
     'ponad sto milionów złotych.'),
    '',
    ('Most ma cztery pasy ruchu, ścieżkę rowerową i szerokie chodniki. Jak mówią '
     'urzędnicy, ruch w centrum powinien się zmniejszyć o jedną trzecią, bo ciężarówki'
     ' ominą stare miasto.'),
    '',
    ('Mieszkańcy, z którymi rozmawialiśmy, cieszą się z inwestycji, choć narzekają na '
     'korki, które przez ostatnie miesiące tworzyły się na objazdach. Niektórzy '
     'przyszli na otwarcie z całymi rodzinami.'),
    '',
    'Udostępnij',
    'Facebook Twitter WhatsApp',
    'Czytaj także',
    'Remont dworca potrwa do jesieni',
    'Nowe autobusy na liniach podmiejskich',
    'Komentarze (0)',
    'Regulamin | Polityka prywatności | Reklama',
    '© 2026 Portal Regionalny. Wszelkie prawa zastrzeżone.',
    '',
])


def test_features_are_shape_only_and_one_row_per_non_blank_line() -> None:
    lines = split_lines(PAGE)
    rows = line_features(lines, [])
    assert len(rows) == sum(not ln.blank for ln in lines)
    words = {w.lower() for w in PAGE.split() if len(w) > 3}
    values = {f.split("=", 1)[1] for row in rows for f in row if "=" in f}
    assert not values & words  # no word of the page is a feature


def test_shipped_model_gives_a_distribution_per_line() -> None:
    lines = split_lines(PAGE)
    probs = shipped_model().marginals(line_features(lines, []))
    assert len(probs) == sum(not ln.blank for ln in lines)
    for p in probs:
        assert set(p) == set(LABELS)
        assert abs(sum(p.values()) - 1.0) < 1e-6


def test_prose_is_body_and_the_headline_is_the_title() -> None:
    article = newsnlp.parse(PAGE)
    assert article.meta.title is not None
    assert article.meta.title.text == "Nowy most na Wiśle otwarty po dwóch latach budowy"
    body = " ".join(p.text for s in article.sections for p in s.paragraphs)
    body += article.lead.text if article.lead else ""
    assert "ścieżkę rowerową" in body and "całymi rodzinami" in body
    assert "Facebook" not in body and "Regulamin" not in body


def test_confidences_are_probabilities() -> None:
    article = newsnlp.parse(PAGE)
    conf = article.confidence
    assert conf.title is not None and conf.layout is not None
    for value in (conf.title, conf.lead, conf.published, conf.layout):
        assert value is None or 0.0 <= value <= 1.0
    assert newsnlp.parse(PAGE, published="2026-05-12").confidence.published == 1.0


def test_a_content_block_the_model_is_sure_of_as_chrome_is_set_aside() -> None:
    lines = split_lines(PAGE)
    # the rules (here: a bad guess) call the navigation bar a paragraph; they read the share
    # row as chrome, so this is a page, not an article alone
    nav = next(ln for ln in lines if ln.text.startswith("Strona główna"))
    body = next(ln for ln in lines if ln.text.startswith("W sobotę po południu"))
    share = next(ln for ln in lines if ln.text == "Udostępnij")
    reading = refine(lines, [Block("paragraph", (nav,)), Block("paragraph", (body,)),
                             Block("chrome", (share,), chrome="share")], shipped_model())
    kinds = {line.text[:6]: b.kind for b in reading.blocks for line in b.lines}
    # the navigation bar first had kept the page from a lead: set aside, the text leads
    assert (kinds[nav.text[:6]], kinds[body.text[:6]]) == ("chrome", "lead")


def test_the_model_never_sets_a_whole_body_aside() -> None:
    lines = split_lines(PAGE)
    nav = next(ln for ln in lines if ln.text.startswith("Strona główna"))
    reading = refine(lines, [Block("paragraph", (nav,))], shipped_model())
    # the rules' body stands
    assert {b.kind for b in reading.blocks if nav in b.lines} == {"paragraph"}


ARTICLE_ONLY = "\n".join([
    "Remont mostu na Warcie potrwa do jesieni",
    ("Drogowcy rozpoczęli w poniedziałek remont mostu na Warcie. Kierowcy muszą się liczyć z "
     "utrudnieniami przez kilka miesięcy, a autobusy pojadą objazdem."),
    "Zarząd dróg wymienia trzy rzeczy, które się zmienią:",
    "1. ruch na moście będzie wahadłowy,",
    "2. autobusy linii 5 pojadą ulicą Mostową,",
    "3. piesi przejdą kładką obok mostu.",
    "Prace mają się zakończyć we wrześniu, jeśli pogoda pozwoli.",
])


def test_a_text_that_ends_with_the_article_keeps_its_last_sentence() -> None:
    """Without a footer, the short closing paragraph is article text, not chrome."""
    article = newsnlp.parse(ARTICLE_ONLY)
    last = article.sections[-1].paragraphs[-1].text
    assert last == "Prace mają się zakończyć we wrześniu, jeśli pogoda pozwoli."
    assert [c.text for c in article.chrome] == []
    # with a footer after it, the page has its chrome and the footer is set aside
    footed = newsnlp.parse(ARTICLE_ONLY + "\nRegulamin | Polityka prywatności | Reklama\n")
    assert "Regulamin" not in " ".join(p.text for s in footed.sections for p in s.paragraphs)


def test_the_title_ranker_keeps_the_best_headline_sized_line() -> None:
    rows = [["words=1", "len=2"], ["words=6", "len=7"], ["words=3", "len=5"],
            ["words=3", "len=5"]]
    ranker = TitleRanker({"len=5": 1.0, "len=7": 9.0}, -1.0)
    assert ranker.best(rows) == 2  # the 25-word line is no candidate; ties go to the first
    assert [is_candidate(r) for r in rows] == [True, False, True, True]
    assert ranker.best([["words=6"]]) is None


def test_a_sentence_closed_by_a_full_stop_is_never_the_title() -> None:
    """Polish headlines carry no closing full stop: a text of sentences gets no title."""
    assert not trusted("Jury przyznało nagrody.") and not trusted("W kategorii reportażu:")
    assert trusted("Nowy most otwarty") and trusted("Co dalej z mostem?")
    text = ("Fundacja zaprasza na sesję o roli mediów w sprawach lokalnych.\n"
            "Spotkanie odbędzie się w sali konferencyjnej przy ulicy Foksal w czwartek.\n")
    assert newsnlp.parse(text).meta.title is None


def test_the_ranker_decides_the_title_and_the_rules_title_is_set_aside() -> None:
    """A ranker that favours navigation rows makes the first eligible one the title (never
    the breadcrumb trail); the headline the rules chose is no longer the title (the ranker,
    not a bar on P(title), decides)."""
    rules = newsnlp.parse(PAGE).meta.title
    assert rules is not None and rules.text.startswith("Nowy most")
    crumb = TitleRanker({"rule=chrome:navigation": 5.0, "sep=1": 5.0}, 0.0)
    pipeline = newsnlp.Pipeline(nlp=None, layout_model=LayoutModel(title=crumb))
    title = pipeline.parse(PAGE).meta.title
    assert title is not None and title.text == "Portal Regionalny"


def test_a_headline_repeated_among_section_labels_beats_them_and_the_date() -> None:
    page = "\n".join([
        "Kultura", "Teatr", "Literatura", "Felietony", "Polecamy",
        "Wkrocz ze swoim dzieckiem do świata baletu!", "Polecamy", "20 Lis 2011", "kom. (0)",
        "Materiały prasowe", "Wkrocz ze swoim dzieckiem do świata baletu!",
        ("Książka o balecie udowadnia, że taniec to wspaniała przygoda dla dzieci i dorosłych,"
         " i że warto poznać jego tajniki, bo nie jest to wcale trudne."),
        ("Autorka opowiada o najsłynniejszych baletach, a ilustracje pokazują kroki, które "
         "dziecko może powtórzyć w domu przed lustrem."),
        "Zobacz także", "Nowe spektakle w operze",
    ])
    title = newsnlp.parse(page).meta.title
    assert title is not None and title.text == "Wkrocz ze swoim dzieckiem do świata baletu!"


def test_a_timeline_row_the_rules_read_is_never_set_aside() -> None:
    page = split_lines("\n".join([
        "Pożar stodoły w Łącku",
        "",
        ("W sobotę o godz. 16:12 nasza jednostka została zadysponowana do pożaru stodoły "
         "przy ul. Polnej. Na miejscu działały trzy zastępy straży pożarnej."),
        "",
        "- 16:12 – zadysponowanie OSP Łącko",
        "- 16:19 – wyjazd zastępu do zdarzenia",
    ]))
    rows = [ln for ln in page if ln.text.startswith("- 16")]
    blocks = [Block("paragraph", (page[2],)), *(Block("list_item", (ln,)) for ln in rows)]

    class SureChrome:  # a model sure that every line is chrome
        title = shipped_model().title

        def marginals(self, feats: list[list[str]]) -> list[dict[str, float]]:
            return [{"title": 0.0, "body": 0.0, "meta": 0.0, "chrome": 1.0} for _ in feats]

    reading = refine(page, blocks, SureChrome())  # type: ignore[arg-type]
    assert [b.kind for b in reading.blocks if b.lines[0] in rows] == ["list_item", "list_item"]


@pytest.mark.parametrize(("text", "ok"), [
    ("Nowy most na Wiśle otwarty po dwóch latach budowy", True),
    ("PiS i PSL podpisały umowę koalicyjną", True),  # one capital inside a word is a name
    ("Strona główna » Zdrowie » Odżywianie", False),  # a breadcrumb trail
    ("Wiadomości › Kraj", False),  # two parts and an arrow glyph: a trail too
    ("Wybory 2026 / Kto wygra w Sosnowcu?", True),  # a slash may join a headline's parts
    ("Portal.plWiadomościKraj", False),  # link texts run together
    ("3 sty 12 13:48 , GK | PAP", False),  # a date line
    ("Mecz o 20:45 na Stadionie Śląskim", True),  # a time inside a headline
    ("Szukaj w serwisie. Ponad 2 800 artykułów o zdrowiu", False),  # a search box's prompt
    ("Wyszukaj", False),
    ("© 2026 Portal Regionalny. Wszelkie prawa zastrzeżone", False),  # a copyright line
    ("Powrót do domu - recenzja", True),  # reads like a menu's `Powrót do…`, a film's title
    ("Szukaj, a znajdziesz: poradnik dla bezrobotnych", True),  # `szukaj` as a word
])
def test_lines_the_title_ranker_may_pick(text: str, ok: bool) -> None:
    assert eligible(text) is ok


class NoHeadline:
    """A title ranker that picks no line (the rules' title stands)."""

    def best(self, rows: object, ok: object) -> None:
        return None


class Scripted:
    """A model that reads P(chrome) per non-blank line from a script (P(body) the rest)."""

    title = NoHeadline()

    def __init__(self, chrome: list[float]) -> None:
        self.chrome = chrome

    def marginals(self, feats: list[list[str]]) -> list[dict[str, float]]:
        assert len(feats) == len(self.chrome)
        return [{"title": 0.0, "body": 1.0 - c, "meta": 0.0, "chrome": c} for c in self.chrome]


INTRO = ("Dzwonię do znajomej laryngolożki z kliniki w Warszawie, która od lat leczy "
         "śpiewaków i aktorów, i pytam o chorobę piosenkarki.")


FOOTER = "Regulamin | Polityka prywatności | Reklama"
# a second paragraph: the article's end comes after two the model reads as article text
MORE = ("Laryngolożka tłumaczy, że chrypka trwająca dłużej niż trzy tygodnie zawsze wymaga "
        "wizyty u specjalisty, a śpiewacy powinni badać struny głosowe co pół roku.")


NAV = "Strona główna | Wiadomości | Sport | Kultura"


def _kinds(text: str, kinds: list[str], chrome: list[float]) -> list[str]:
    """The block kinds after `refine` of one block per line of `text` (rules' `kinds`),
    under a navigation bar the rules read as chrome (a page, not an article alone)."""
    lines = split_lines(f"{NAV}\n{text}")
    blocks = [Block("chrome", (lines[0],), chrome="navigation")] + [
        Block(kind, (ln,)) for kind, ln in zip(kinds, lines[1:], strict=True)]
    reading = refine(lines, blocks, Scripted([1.0, *chrome]))  # type: ignore[arg-type]
    by_line = {ln.index: b.kind for b in reading.blocks for ln in b.lines}
    return [by_line[ln.index] for ln in lines[1:]]


def test_dialogue_turns_after_kept_text_stay_and_teasers_do_not() -> None:
    turns = ["- Znasz tę piosenkarkę?", "- No pewnie.", "- A wiesz coś o jej chorobie?",
             "- Ma guzki na strunach głosowych. (Więcej na ten temat)", "- A nie raka?"]
    text = "\n".join([INTRO, *turns])
    kinds = ["paragraph", *["list_item"] * len(turns)]
    sure_chrome = [0.0, *[1.0] * len(turns)]
    assert _kinds(text, kinds, sure_chrome)[1:] == ["list_item"] * len(turns)
    # teasers cut short by an ellipsis are no dialogue
    teasers = ["- Wypadek pod miastem. Kierowca w ciężkim...", "- Nowy most otwarty. Zobacz…"]
    assert _kinds("\n".join([INTRO, *teasers, FOOTER]), [
        "paragraph", "list_item", "list_item", "chrome"], [0.0, 1.0, 1.0, 1.0])[1:3] == [
        "chrome", "chrome"]
    # a chrome block between the article and the turns: they do not carry on its text
    text = "\n".join([INTRO, "Komentarze", *turns, FOOTER])
    assert set(_kinds(text, ["paragraph", "chrome", *kinds[1:], "chrome"],
                      [0.0, 1.0, *sure_chrome[1:], 1.0])[2:]) == {"chrome"}


def test_an_enumeration_between_kept_text_stays_whatever_its_length() -> None:
    items = ["rezonans magnetyczny lub tomografia komputerowa,", "ultrasonografia nerek,",
             "badanie neurologiczne,", "badanie okulistyczne,", "EKG serca,",
             "inne, w zależności od potrzeb."]
    after = ("Choroba jest niewyleczalna, ale lekarze łagodzą jej objawy, a chorzy prowadzą "
             "normalne życie.")
    text = "\n".join([INTRO, "Pomocne są wówczas następujące badania:", *items, after])
    kinds = ["paragraph"] * (len(items) + 3)
    chrome = [0.0, *[1.0] * (len(items) + 1), 0.0]
    assert set(_kinds(text, kinds, chrome)) == {"paragraph"}
    # five related headlines between the same paragraphs are set aside
    heads = ["Zespół Marfana i jego objawy", "Profilaktyka chorób gardła",
             "Czy plastik szkodzi zdrowiu", "Nowe leki na serce", "Jak dbać o włosy"]
    text = "\n".join([INTRO, *heads, after])
    assert _kinds(text, ["paragraph"] * 7, [0.0, *[1.0] * 5, 0.0])[1:6] == ["chrome"] * 5


def test_a_heading_between_kept_paragraphs_heads_its_section() -> None:
    body = ("Co miesiąc badaj piersi, co pół roku idź do dentysty, a co rok zrób sobie "
            "morfologię i badanie moczu.")
    text = "\n".join([INTRO, "Zrobię badania kontrolne", body])
    kinds = ["paragraph", "heading", "paragraph"]
    # the model doubts the whole page; its prose stays, and so does the heading between
    assert _kinds(text, kinds, [0.8, 0.95, 0.8]) == kinds
    # a heading after the article's last kept text, before chrome, goes with the chrome
    text = "\n".join([INTRO, "Zrobię badania kontrolne", FOOTER])
    assert _kinds(text, ["paragraph", "heading", "chrome"], [0.8, 0.95, 1.0])[1] == "chrome"


def test_an_enumeration_the_article_opens_with_a_colon_stays_to_its_full_stop() -> None:
    items = ["objawy płucne: bardzo rzadko, u kobiet odma opłucnej;",
             "objawy oczne: zwyrodnienia siatkówki;",
             "objawy ze strony wątroby: guzki, zwykle u nastolatków."]
    intro = "Choroba daje też objawy w innych narządach, a są to:"
    text = "\n".join([INTRO, intro, *items, FOOTER])
    kinds = ["paragraph", "paragraph", *["list_item"] * 3, "chrome"]
    # the model keeps the article's first paragraph and doubts the rest, as a footer
    assert _kinds(text, kinds, [0.0, 0.95, 0.95, 0.95, 0.95, 1.0]) == kinds
    # items that end like headlines, not like an enumeration's items, are set aside
    heads = ["Objawy płucne", "Objawy oczne", "Objawy ze strony wątroby"]
    text = "\n".join([INTRO, intro, *heads, FOOTER])
    assert _kinds(text, kinds, [0.0, 0.95, 0.95, 0.95, 0.95, 1.0])[2:5] == ["chrome"] * 3


class Picks:
    """A title ranker that picks the non-blank line `k`."""

    def __init__(self, k: int) -> None:
        self.k = k

    def best(self, rows: object, ok: object) -> int:
        return self.k


def test_the_text_under_the_rankers_headline_stays_up_to_sure_article_text() -> None:
    headline = "Fakty i mity o zakażeniach układu moczowego"
    first = ("Zakażenie układu moczowego to dolegliwość, z którą przynajmniej raz w życiu "
             "zmaga się co druga Polka.")
    second = ("Narosło wokół niego wiele mitów, a niektóre z nich wręcz utrudniają leczenie, "
              "o czym mówią lekarze.")
    text = "\n".join(["Strona główna | Zdrowie", headline, first, second, INTRO, FOOTER])
    lines = split_lines(text)
    kinds = ["chrome", "chrome", "paragraph", "paragraph", "paragraph", "chrome"]
    blocks = [Block(kind, (ln,)) for kind, ln in zip(kinds, lines, strict=True)]
    model = Scripted([1.0, 1.0, 0.9, 0.9, 0.0, 1.0])
    model.title = Picks(1)  # type: ignore[assignment]
    reading = refine(lines, blocks, model)  # type: ignore[arg-type]
    assert [b.kind for b in reading.blocks] == [
        "chrome", "title", "paragraph", "paragraph", "paragraph", "chrome"]


def test_when_the_model_doubts_all_prose_the_article_run_stays_and_far_teasers_do_not() -> None:
    """All prose set aside: the prose up to the first chrome that ends an article (a
    newsletter box, comments) is kept; teaser paragraphs far below it are not."""
    teaser = ("Po naukę do Ząbek. Ząbki to typowe podwarszawskie miasteczko, w którym ludzie "
              "są pracowici, a miejscowi piłkarze grają w trzeciej lidze od lat.")
    text = "\n".join([INTRO, INTRO.replace("Dzwonię", "Piszę"),
                      "Zamów bezpłatny newsletter", teaser, FOOTER])
    kinds = ["paragraph", "paragraph", "chrome", "paragraph", "chrome"]
    lines = split_lines(text)
    blocks = [Block(kind, (ln,), chrome="newsletter" if kind == "chrome" and k == 2 else
                    ("footer" if kind == "chrome" else None))
              for k, (kind, ln) in enumerate(zip(kinds, lines, strict=True))]
    reading = refine(lines, blocks, Scripted([0.95] * 5))  # type: ignore[arg-type]
    assert [b.kind for b in reading.blocks] == [
        "paragraph", "paragraph", "chrome", "chrome", "chrome"]


def test_a_list_the_article_introduces_with_a_colon_stands_or_falls_as_one() -> None:
    """The model keeps the first two dated items and doubts the last two: all four stay
    when the article introduces the list with a colon or heads it with a section heading;
    under a paragraph of a headline's shape (a teaser over a list of others), item by
    item."""
    items = ["- 14.03.2026, godz. 10:00 – Dzień Otwarty", "- 16–27.03.2026 – składanie wniosków",
             "- 20.03.2026, godz. 9:00 – koncert", "- 27.03.2026, godz. 17:00 – gala"]
    chrome = [0.0, 0.1, 0.1, 0.1, 0.95, 0.95, 1.0]
    for intro, kind, kept in (("Najważniejsze terminy:", "paragraph", "list_item"),
                              ("Najważniejsze terminy w marcu", "heading", "list_item"),
                              ("Najważniejsze terminy w marcu", "paragraph", "chrome")):
        kinds = ["paragraph", kind, *["list_item"] * 4, "chrome"]
        lines = split_lines("\n".join([INTRO, intro, *items, FOOTER]))
        blocks = [Block(kind, (ln,), list_id=0 if kind == "list_item" else -1)
                  for kind, ln in zip(kinds, lines, strict=True)]
        reading = refine(lines, blocks, Scripted(chrome))  # type: ignore[arg-type]
        assert [b.kind for b in reading.blocks][4:6] == [kept, kept], intro


def test_a_run_a_colon_line_opens_between_kept_text_stays() -> None:
    """An event's programme (`Program:` and clock-time rows) that the model sets aside
    between kept paragraphs is article text; the same rows with no kept text after them,
    or without the colon line, stay set aside."""
    rows = ["14:00 – otwarcie jarmarku", "15:30 – występ zespołu Mali Wadowiczanie",
            "17:00 – przyjazd Świętego Mikołaja", "18:00 – rozświetlenie choinki"]
    after = "Organizatorzy proszą o korzystanie z parkingu przy ul. Lwowskiej."
    for intro, last, kept in (("Program:", after, "paragraph"),
                              ("Program imprezy", after, "chrome"),
                              ("Program:", FOOTER, "chrome")):
        text = "\n".join([INTRO, intro, *rows, last])
        kinds = ["paragraph"] * 6 + ["paragraph" if last == after else "chrome"]
        got = _kinds(text, kinds, [0.0, 0.98, 0.91, 0.91, 0.9, 0.89, 0.1 if last == after
                                   else 1.0])
        assert got[1:6] == [kept] * 5, (intro, last)


def test_a_short_run_between_prose_the_page_keeps_stays() -> None:
    """A page the model doubts throughout keeps its prose (`_kept_body`), and a short line
    between two kept prose paragraphs (a refrain, a row) stays with them; after the last
    kept prose, with no prose after it, it does not."""
    refrain = "Płynie Wisła, płynie."
    text = "\n".join([INTRO, refrain, INTRO.replace("Dzwonię", "Piszę"), FOOTER])
    kinds = ["paragraph", "paragraph", "paragraph", "chrome"]
    assert _kinds(text, kinds, [0.9, 0.93, 0.6, 1.0])[:3] == ["paragraph"] * 3
    text = "\n".join([INTRO, refrain, FOOTER])
    assert _kinds(text, ["paragraph", "paragraph", "chrome"], [0.9, 0.93, 1.0])[1] == "chrome"
    # an unlabelled row there (`Tagi`) is not running text: it stays aside
    text = "\n".join([INTRO, "Tagi", INTRO.replace("Dzwonię", "Piszę"), FOOTER])
    assert _kinds(text, kinds, [0.9, 0.93, 0.6, 1.0])[1] == "chrome"


def test_sentences_above_the_credit_that_closes_the_article_stay() -> None:
    """`Wartość rezerw wyniosła 1 061,2 mld zł.` between kept text and `(ISBnews)`: the
    credit ends the article, so the sentence above it is article text; a teaser without a
    full stop there, or a sentence above a credit with chrome between, is not kept."""
    last = "Wartość rezerw w złotych wyniosła 1 061,2 mld zł."
    text = "\n".join([INTRO, last, "(ISBnews)", FOOTER])
    kinds = ["paragraph", "paragraph", "source", "chrome"]
    assert _kinds(text, kinds, [0.0, 0.8, 0.9, 1.0])[1] == "paragraph"
    teaser = "Kurs euro najniżej od miesiąca"
    text = "\n".join([INTRO, teaser, "(ISBnews)", FOOTER])
    assert _kinds(text, kinds, [0.0, 0.8, 0.9, 1.0])[1] == "chrome"
    text = "\n".join([INTRO, FOOTER, last, "(ISBnews)"])
    assert _kinds(text, ["paragraph", "chrome", "paragraph", "source"],
                  [0.0, 1.0, 0.8, 0.9])[2] == "chrome"


def test_the_line_that_leads_into_an_interview_and_its_turns_stay() -> None:
    """`Dzwonię do znajomej laryngolożki, dr Ewy Wilk z kliniki w Warszawie` (read as a
    heading, doubted) before dashed turns, right after kept text: the line and the turns
    stay; a doubted heading before a single turn does not lead into a dialogue."""
    turns = ["- Znasz Adelę?", "- No pewnie.", "- A wiesz coś o jej chorobie?",
             "- Ma guzki na strunach głosowych."]
    lead = "Dzwonię do znajomej laryngolożki, dr Ewy Wilk z kliniki w Warszawie"
    text = "\n".join([INTRO, lead, *turns])
    kinds = ["paragraph", "heading", *["list_item"] * len(turns)]
    got = _kinds(text, kinds, [0.0, 0.51, *[1.0] * len(turns)])
    assert got[1:] == ["heading", *["list_item"] * len(turns)]
    text = "\n".join([INTRO, lead, turns[0], FOOTER])
    got = _kinds(text, ["paragraph", "heading", "list_item", "chrome"], [0.0, 0.51, 1.0, 1.0])
    assert got[1:3] == ["chrome", "chrome"]


def test_the_last_sentence_before_the_pages_closing_chrome_stays() -> None:
    """A sentence of six words or more between kept text and the footer ends the article;
    a headline without a full stop there, or a three-word sentence, does not."""
    last = "W następnej kolejce Stal zagra na wyjeździe z Legią w sobotę o godz. 17:30."
    for line, kept in ((last, "paragraph"), ("Stal zagra z Legią w sobotę", "chrome"),
                       ("Zapraszamy do lektury.", "chrome")):
        lines = split_lines("\n".join([INTRO, line, FOOTER]))
        blocks = [Block("paragraph", (lines[0],)), Block("paragraph", (lines[1],)),
                  Block("chrome", (lines[2],), chrome="footer")]
        reading = refine(lines, blocks, Scripted([0.0, 0.6, 1.0]))  # type: ignore[arg-type]
        assert reading.blocks[1].kind == kept, line


def test_after_the_share_row_only_prose_is_taken_back() -> None:
    """A footer line the model reads as body (`Szkoła Podstawowa nr 12, ul. Harcerska 5,
    43-100 Tychy`) after a share row under the article stays chrome; a prose paragraph there
    is taken back."""
    address = "Szkoła Podstawowa nr 12 im. Jana Pawła II, ul. Harcerska 5, 43-100 Tychy"
    for line, kind in ((address, "chrome"), (INTRO.replace("Dzwonię", "Piszę"), "paragraph")):
        lines = split_lines("\n".join([INTRO, MORE, "Udostępnij", line]))
        blocks = [Block("paragraph", (lines[0],)), Block("paragraph", (lines[1],)),
                  Block("chrome", (lines[2],), chrome="share"),
                  Block("chrome", (lines[3],), chrome="footer")]
        reading = refine(lines, blocks, Scripted([0.0, 0.0, 1.0, 0.3]))  # type: ignore[arg-type]
        assert reading.blocks[3].kind == kind, line


RANKING = ["1. Polskie górnictwo skazane na porażkę?",
           "2. Związkowcy spotkają się z zarządem spółki ws. umowy społecznej",
           "3. Ranking kopalń pochopnie zlikwidowanych"]


def _after(head: list[str], chrome_kind: str | None, middle: list[str], kind: str,
           p_chrome: float) -> list[str]:
    """Block kinds after `refine` of `head` (paragraphs the model reads as article text),
    one chrome line of `chrome_kind` (none if None), `middle` (blocks of `kind` the model
    reads at `p_chrome`) and a footer."""
    mark = [f"{chrome_kind.capitalize()}: Facebook Twitter"] if chrome_kind else []
    lines = split_lines("\n".join([*head, *mark, *middle, FOOTER]))
    kinds = ["paragraph"] * len(head) + ["chrome"] * len(mark) + [kind] * len(middle)
    blocks = [Block(k, (ln,), list_id=0 if k == "list_item" else -1,
                    chrome=chrome_kind if k == "chrome" else None)
              for k, ln in zip(kinds, lines, strict=False)]
    blocks.append(Block("chrome", (lines[-1],), chrome="footer"))
    chrome = [0.0] * len(head) + [1.0] * len(mark) + [p_chrome] * len(middle) + [1.0]
    reading = refine(lines, blocks, Scripted(chrome))  # type: ignore[arg-type]
    by_line = {ln.index: b.kind for b in reading.blocks for ln in b.lines}
    return [by_line[ln.index] for ln in lines[len(head) + len(mark):-1]]


def test_after_the_articles_end_a_list_needs_no_more_than_a_paragraph_to_be_set_aside() -> None:
    """A ranking of related headlines below the tags: the model reads its items as chrome
    (0.7), short of the bar a list inside the article needs; after chrome that ends an
    article the ordinary bar holds, so they are set aside. The same items with no end above
    them (a numbered list of the article, as the model reads them) stay."""
    assert _after([INTRO, MORE], "tags", RANKING, "list_item", 0.7) == ["chrome"] * 3
    assert _after([INTRO, MORE], None, RANKING, "list_item", 0.7) == ["list_item"] * 3


def test_after_the_articles_end_a_teaser_cut_short_by_an_ellipsis_is_set_aside() -> None:
    """Below the share row, a paragraph cut short (`…` or `...`) is another article's
    teaser even where the model reads it as article text; with no end above it, an ellipsis
    is the article's own (a trailing thought) and the paragraph stays."""
    teasers = ["Specjaliści szacują, że tegoroczne koszty grypy w Polsce sięgną 5 miliardów "
               "złotych. Badania przeprowadziła firma...",
               "Kobiety też chorują na zawał serca. Tego nie można…"]
    assert _after([INTRO, MORE], "share", teasers, "paragraph", 0.1) == ["chrome"] * 2
    assert _after([INTRO, MORE], None, teasers, "paragraph", 0.1) == ["paragraph"] * 2


def test_a_share_row_under_the_lead_does_not_end_the_article() -> None:
    """Share buttons under the headline or the lead stand above the text: the article's end
    comes after two paragraphs the model reads as article text, so a list and a trailing
    thought under such a row keep the article's bar."""
    own = ["Można kijem, można marchewką…", "Wybór należy do rodziców…"]
    assert _after([INTRO], "share", RANKING, "list_item", 0.7) == ["list_item"] * 3
    assert _after([INTRO], "share", own, "paragraph", 0.1) == ["paragraph"] * 2


def test_a_series_of_signed_comments_is_set_aside_and_a_single_dateline_is_not() -> None:
    """Readers' comments the rules read as paragraphs (a nickname, a date and a time alone
    on a line, the comment below) go when two or more stand in a series, however the model
    reads them; one such line over the article's text is its dateline."""
    comments = ["leon 03.01.2012, 19:43",
                "Nie rozumiem, dlaczego nie można tego wprowadzić w całej Polsce.",
                "Gość 03.01.2012 20:05 Odpowiedz Zgłoś",
                "A kto za to zapłaci? Jak zwykle pacjent."]
    lines = split_lines("\n".join([INTRO, *comments, FOOTER]))
    kinds = ["paragraph"] * 5 + ["chrome"]
    blocks = [Block(kind, (ln,), chrome="footer" if kind == "chrome" else None)
              for kind, ln in zip(kinds, lines, strict=True)]
    reading = refine(lines, blocks, Scripted([0.0, 0.2, 0.2, 0.2, 0.2, 1.0]))  # type: ignore[arg-type]
    assert [b.kind for b in reading.blocks][1:5] == ["chrome"] * 4
    # one signed line: the article's dateline and text stay
    lines = split_lines("\n".join([comments[0], INTRO, FOOTER]))
    blocks = [Block(kind, (ln,), chrome="footer" if kind == "chrome" else None)
              for kind, ln in zip(["paragraph", "paragraph", "chrome"], lines, strict=True)]
    reading = refine(lines, blocks, Scripted([0.2, 0.0, 1.0]))  # type: ignore[arg-type]
    assert [b.kind for b in reading.blocks][:2] == ["paragraph", "paragraph"]
    # an event's rows say `godz.`: a programme of the article, no signatures
    events = ["Koncert 14.03.2026, godz. 18:00", "W sali widowiskowej MOK wystąpi chór.",
              "Warsztaty 15.03.2026, godz. 10:00", "Zajęcia dla dzieci w wieku 6-10 lat."]
    lines = split_lines("\n".join([INTRO, *events, FOOTER]))
    blocks = [Block(kind, (ln,), chrome="footer" if kind == "chrome" else None)
              for kind, ln in zip(kinds, lines, strict=True)]
    reading = refine(lines, blocks, Scripted([0.0, 0.2, 0.2, 0.2, 0.2, 1.0]))  # type: ignore[arg-type]
    assert [b.kind for b in reading.blocks][1:5] == ["paragraph"] * 4


def test_a_dateline_far_above_the_comments_is_no_comment_and_its_article_stays() -> None:
    """A one-word source with a date and a time over the article (`PAP 03.01.2012, 19:43`)
    is shaped like a signature; the comments below the article are a series of their own,
    and the article between them stays."""
    article = [INTRO, MORE, INTRO.replace("Dzwonię", "Piszę"), MORE.replace("trzy", "cztery"),
               INTRO.replace("Dzwonię", "Zadzwoniłam")]
    comments = ["leon 03.01.2012, 19:43", "Nie rozumiem, dlaczego tak późno.",
                "zaz 03.01.2012, 20:05", "A kto za to zapłaci?"]
    lines = split_lines("\n".join(["PAP 03.01.2012, 08:15", *article, *comments, FOOTER]))
    kinds = ["paragraph"] * (1 + len(article) + len(comments)) + ["chrome"]
    blocks = [Block(kind, (ln,), chrome="footer" if kind == "chrome" else None)
              for kind, ln in zip(kinds, lines, strict=True)]
    chrome = [0.2] + [0.0] * len(article) + [0.2] * len(comments) + [1.0]
    reading = refine(lines, blocks, Scripted(chrome))  # type: ignore[arg-type]
    got = [b.kind for b in reading.blocks]
    assert got[1:1 + len(article)] == ["paragraph"] * len(article)
    assert got[1 + len(article):-1] == ["chrome"] * len(comments)


def test_a_comment_run_on_into_the_next_signature_keeps_the_series() -> None:
    """A comment without a full stop runs on into the next signature's line, so one block
    ends with the signature and the next comment is the block below: the series holds and
    both comments go. A block that only ends with a signature opens no series: the
    article's last paragraph, run on into a lone signed line, stays."""
    comments = ["leon 03.01.2012, 19:43",
                "nie rozumiem dlaczego nie można tego wprowadzić w całej Polsce",
                "zaz 03.01.2012, 20:05",
                "A kto za to zapłaci? Jak zwykle pacjent."]
    lines = split_lines("\n".join([INTRO, *comments, FOOTER]))
    groups = [(lines[0],), (lines[1],), (lines[2], lines[3]), (lines[4],), (lines[5],)]
    kinds = ["paragraph"] * 4 + ["chrome"]
    blocks = [Block(kind, group, chrome="footer" if kind == "chrome" else None)
              for kind, group in zip(kinds, groups, strict=True)]
    reading = refine(lines, blocks, Scripted([0.0, 0.2, 0.2, 0.2, 0.2, 1.0]))  # type: ignore[arg-type]
    assert [b.kind for b in reading.blocks][1:4] == ["chrome"] * 3
    lines = split_lines("\n".join([INTRO, MORE, comments[2], comments[3], FOOTER]))
    groups = [(lines[0],), (lines[1], lines[2]), (lines[3],), (lines[4],)]
    blocks = [Block(kind, group, chrome="footer" if kind == "chrome" else None)
              for kind, group in zip(["paragraph"] * 3 + ["chrome"], groups, strict=True)]
    reading = refine(lines, blocks, Scripted([0.0, 0.0, 0.2, 0.2, 1.0]))  # type: ignore[arg-type]
    assert [b.kind for b in reading.blocks][:3] == ["paragraph"] * 3


def _read_above_footer(texts: list[str], kinds: list[str], p_chrome: list[float]) -> list[str]:
    """The kinds after `refine` of one-line blocks of `texts` (the rules' `kinds`, the
    model's P(chrome) `p_chrome`) above a footer the model is sure of."""
    lines = split_lines("\n".join([*texts, FOOTER]))
    blocks = [Block(kind, (ln,), chrome="footer" if kind == "chrome" else None)
              for kind, ln in zip([*kinds, "chrome"], lines, strict=True)]
    reading = refine(lines, blocks, Scripted([*p_chrome, 1.0]))  # type: ignore[arg-type]
    return [b.kind for b in reading.blocks][:-1]


def test_an_article_alone_keeps_its_end_however_sure_the_model_is() -> None:
    """Text extracted elsewhere (a CMS export, a corpus record) is the article alone: the
    rules read no chrome on it, and its last section ends the page, where the pages the
    model learned from put their chrome. The model's doubts set nothing aside there; on a
    page with chrome they do, and the shapes of the site's lines go either way."""
    heading = "Kamery i oświetlenie"
    texts = [INTRO, MORE, heading, MORE.replace("Laryngolożka", "Lekarka")]
    kinds = ["paragraph", "paragraph", "heading", "paragraph"]
    lines = split_lines("\n".join(texts))
    blocks = [Block(kind, (ln,)) for kind, ln in zip(kinds, lines, strict=True)]
    reading = refine(lines, blocks, Scripted([0.0, 0.0, 0.9, 0.9]))  # type: ignore[arg-type]
    assert [b.kind for b in reading.blocks] == kinds
    # above a footer, a heading over a teaser's short line goes; over long running text
    # under kept prose it is the article's last section and stays
    teaser = [INTRO, MORE, heading, "Zobacz galerię z otwarcia gabinetu."]
    assert _read_above_footer(teaser, kinds, [0.0, 0.0, 0.9, 0.9])[2:] == ["chrome", "chrome"]
    assert _read_above_footer(texts, kinds, [0.0, 0.0, 0.9, 0.9])[2:] == ["heading",
                                                                         "paragraph"]
    tags = "alergia, astma, lekarstwa, leki refundowane, Narodowy Fundusz Zdrowia, refundacja"
    lines = split_lines("\n".join([INTRO, tags]))
    blocks = [Block("paragraph", (ln,)) for ln in lines]
    reading = refine(lines, blocks, Scripted([0.0, 0.0]))  # type: ignore[arg-type]
    assert [b.kind for b in reading.blocks] == ["paragraph", "chrome"]


def test_a_row_of_keywords_is_set_aside_and_prose_and_list_items_with_commas_stay() -> None:
    """Tags under an article (`alergia, astma, leki refundowane, NFZ`) read as a paragraph
    by the rules and as text by the model go; a sentence listing things ends with a full
    stop, and an article's list item with commas (ingredients) is a list item: both stay."""
    row = "alergia, astma, lekarstwa, leki refundowane, Narodowy Fundusz Zdrowia, refundacja"
    sentence = "Na liście są leki na alergię, astmę, cukrzycę, nadciśnienie i depresję."
    item = "- mąka, cukier, masło, dwa jajka"
    got = _read_above_footer([INTRO, row, sentence, item],
                             ["paragraph", "paragraph", "paragraph", "list_item"],
                             [0.0, 0.1, 0.1, 0.1])
    assert got == ["paragraph", "chrome", "paragraph", "list_item"]
    assert is_keyword_row("Tagi: PBG , PGNiG , TPSA , WIG20 , spadki na GPW , wyniki spółek")
    assert not is_keyword_row("jabłka, gruszki, śliwki")  # three: a short enumeration
    assert not is_keyword_row("Zapytaliśmy o to posłów, radnych, urzędników i mieszkańców "
                              "miasta, którzy od lat czekają na obwodnicę")


def test_a_teaser_cut_by_a_template_goes_wherever_it_stands_and_a_writers_ellipsis_stays() -> None:
    """A template cuts a teaser at a word and adds a spaced ellipsis (`polskich ...`); a
    writer's ellipsis follows the word (`Czas pokaże...`). Between two paragraphs of the
    article, above any end, the first goes and the second stays."""
    teaser = "Warszawa. Na wczorajszym posiedzeniu Sejmu premier Donald Tusk (54 l.) ..."
    own = "W styczniu wyjeżdża za granicę. Czy coś z tego wyjdzie? Czas pokaże..."
    got = _read_above_footer([INTRO, teaser, MORE, own], ["paragraph"] * 4,
                             [0.0, 0.1, 0.0, 0.1])
    assert got == ["paragraph", "chrome", "paragraph", "paragraph"]
    assert cut_by_a_template("Prawdopodobny zabójca pięciu polskich\u00a0…")
    assert not cut_by_a_template("Dwa dni później... wszystko wróciło do normy.")


def test_a_prompt_to_log_in_or_pay_is_set_aside_and_an_article_about_an_account_stays() -> None:
    """The site's prompts (to comment, to read paid content) go whatever the model reads; an
    article line telling readers how to log in to a public service names none of what a
    site gates, and a short sentence with such a verb is no menu item: both stay."""
    prompt = "Musisz się zalogować, by dodać komentarz. Jeśli nie posiadasz konta zarejestruj się."
    service = ("Aby odebrać e-receptę, pacjent musi zalogować się na Internetowe Konto Pacjenta "
               "i wybrać aptekę z listy.")
    got = _read_above_footer([INTRO, prompt, service, MORE], ["paragraph"] * 4,
                             [0.0, 0.1, 0.1, 0.0])
    assert got == ["paragraph", "chrome", "paragraph", "paragraph"]
    assert is_account_prompt("Zaloguj się lub Załóż konto")
    assert is_account_prompt("Sprawdź treści Premium. Zarejestruj się już dziś »")
    assert not is_account_prompt("Wykupiono wszystkie bilety.")
    # reports use the same verbs in the past or passive: no prompt asks in those forms
    assert not is_account_prompt("W tym roku zarejestrowano 300 firm, które mają dostęp do "
                                 "dotacji.")
    assert not is_account_prompt("Sprawca zalogował się na konto ofiary i uzyskał dostęp do "
                                 "pieniędzy.")
    assert not is_account_prompt("Serwis ma 2 mln subskrybentów z dostępem do treści.")
    assert is_account_prompt("Musisz być zalogowany, aby dodać komentarz.")


def test_a_long_paragraph_on_one_line_is_no_prompt_and_no_teaser() -> None:
    """Scraped text often holds a whole article on one line. Mentioning registration and
    access, or ending in a spaced ellipsis, makes no prompt or teaser of it: the article
    stays, with every institution in it."""
    article = ("Urząd Miasta w Tychach poinformował, że w ubiegłym roku zarejestrowano 1200 "
               "nowych firm. Przedsiębiorcy chwalą łatwy dostęp do doradztwa, a Powiatowy "
               "Urząd Pracy w Tychach organizuje bezpłatne szkolenia. ") * 3
    assert not is_account_prompt(article)
    assert not cut_by_a_template(article + "i tak dalej ...")
    got = _read_above_footer([INTRO, article, MORE], ["paragraph"] * 3, [0.0, 0.1, 0.0])
    assert got == ["paragraph"] * 3


def test_prose_right_after_kept_prose_goes_on_and_prose_under_a_headline_does_not() -> None:
    """A closing paragraph the model doubts (it ends in a web address, not a full stop)
    right after the article's kept prose is the article's; the same paragraph under a short
    headline line (another article's teaser) stays set aside."""
    closing = ("Każde zakupione CD stanowi cegiełkę, która buduje dzieło pomocy dzieciom z "
               "chorobami serca. Więcej informacji na www.fundacja.pl")
    assert _read_above_footer([INTRO, MORE, closing], ["paragraph"] * 3,
                              [0.0, 0.0, 0.7]) == ["paragraph"] * 3
    assert _read_above_footer([INTRO, MORE, "Płyta dla dzieci z chorym sercem", closing],
                              ["paragraph"] * 4, [0.0, 0.0, 0.7, 0.7]) == [
        "paragraph", "paragraph", "chrome", "chrome"]



def test_a_standfirst_without_its_full_stop_the_rules_took_for_the_title_stays_in_the_article(
) -> None:
    """A text extracted elsewhere: the headline, then a standfirst that ends without a full
    stop, which the rules read as the title. When the ranker picks the headline, the
    standfirst (a sentence below it) is article text, not chrome."""
    standfirst = ("Resort pracy chce, by do 67. roku życia pracowali nie tylko ubezpieczeni w "
                  "ZUS, ale też rolnicy, śledczy i sędziowie – ujawnia dziennik")
    page = "\n".join([
        "Rząd: rolnik i sędzia mają pracować dłużej", standfirst,
        ("Ministerstwo Pracy pracuje nad projektem, który zapowiedział premier w exposé. "
         "Zmiany mają objąć także służby mundurowe, choć ich szczegóły nie są jeszcze znane."),
        ("Związkowcy zapowiadają protesty, a pracodawcy chwalą pomysł, bo ich zdaniem "
         "system emerytalny bez zmian nie przetrwa kolejnej dekady."),
    ]) + "\n"
    article = newsnlp.Pipeline(nlp=None).parse(page)
    assert article.meta.title is not None
    assert article.meta.title.text == "Rząd: rolnik i sędzia mają pracować dłużej"
    kept = [article.lead] + [p for s in article.sections for p in s.paragraphs]
    assert standfirst in [s.text for s in kept if s is not None]
    assert all(standfirst not in page[c.start:c.end] for c in article.chrome)


def test_a_long_line_of_prose_is_never_the_title() -> None:
    """A text given without its headline opens with its lead, which may lack its full stop:
    a line of running prose longer than any headline (120 characters or more) is a
    paragraph, not the title; a long headline with few function words stays one."""
    lead = ("Rodzice maluchów z miejskich żłobków nie chcą ich szczepić przeciwko pneumokokom "
            "i meningokokom, mimo że warte kilkaset złotych szczepionki funduje miasto")
    body = ("Program bezpłatnych szczepień dla dzieci zakończył się w grudniu. Skorzystała z "
            "niego mniej niż połowa rodzin, choć urzędnicy wysłali zaproszenia do wszystkich.")
    article = newsnlp.Pipeline(nlp=None).parse(f"{lead}\n{body}\n")
    assert article.meta.title is None
    assert article.lead is not None and article.lead.text == lead
    assert trusted("Grzegorz Lato został członkiem Komisji FIFA, będzie prowadził odprawy. "
                   "Ale w jakim języku?")
    assert not trusted(lead)


def test_a_heading_between_two_paragraphs_is_never_the_title() -> None:
    """A body given without its headline: its section headings stand between paragraphs of
    running prose, and the title ranker may not pick one (the headline stands above the
    article's text), so the heading stays in the article."""
    page = "\n".join([
        ("Program bezpłatnych szczepień dla dzieci zakończył się w grudniu. Skorzystała z niego "
         "mniej niż połowa rodzin, choć urzędnicy wysłali zaproszenia do wszystkich."),
        "Dlaczego rodzice nie przyszli?",
        ("Urzędnicy tłumaczą, że wielu rodziców obawia się skutków ubocznych, choć lekarze "
         "przekonują, że szczepionki są bezpieczne i dobrze przebadane."),
    ]) + "\n"
    # a ranker that favours lines between prose: the shipped one learned position, not this
    sandwich = TitleRanker({"between_prose=1": 10.0}, 0.0)
    pipeline = newsnlp.Pipeline(nlp=None, layout_model=LayoutModel(title=sandwich))
    article = pipeline.parse(page)
    assert article.meta.title is None
    headings = [s.heading.text for s in article.sections if s.heading]
    assert headings == ["Dlaczego rodzice nie przyszli?"]


def test_the_line_a_page_repeats_right_above_its_article_is_the_headline() -> None:
    """Portals print the headline twice, the second copy just above the article, with a
    section label beside the first; the label is repeated in the menu, never above the
    text (`title.ranker_rows`: a feature of the ranker alone)."""
    texts = ["Zdrowie", "Leki i preparaty", "Zdrowie", "Leki i preparaty",
             "Zmęczona wątroba potrzebuje wsparcia", "Leki i preparaty", "18 Lis 2011",
             "Zmęczona wątroba potrzebuje wsparcia",
             "Wątroba pracuje bez przerwy i choć nie boli, zmęczona daje o sobie znać na "
             "wiele sposobów, o których warto wiedzieć przed świętami."]
    rows = ranker_rows([[f"words={len(t.split())}"] for t in texts], texts)
    marked = [t for t, row in zip(texts, rows, strict=True) if "copy_above_text" in row]
    assert marked == ["Zmęczona wątroba potrzebuje wsparcia"] * 2
    page = "\n".join([
        "Dieta", "Medycyna naturalna", "Profilaktyka", "Leki i preparaty", "ABC Pacjenta",
        "Zdrowie", "Leki i preparaty", "Zmęczona wątroba potrzebuje wsparcia",
        "Leki i preparaty", "18 Lis 2011", "kom. (0)", "159", "domzdrowia.pl",
        "Zmęczona wątroba potrzebuje wsparcia", texts[-1], "Dlaczego wątroba się buntuje?",
        "Lekarze radzą, by po świętach zrobić badania krwi i ograniczyć tłuste potrawy, a "
        "także sięgnąć po zioła, które wspierają pracę wątroby."])
    title = newsnlp.parse(page).meta.title
    assert title is not None and title.text == "Zmęczona wątroba potrzebuje wsparcia"


def test_a_sections_heading_over_a_list_the_model_doubts_above_the_pages_end() -> None:
    """Above the page's closing chrome, the doubted tail of the article: a section's heading
    over a colon line and its list (or over the list itself), and the sentences under it;
    under a kept section's heading, that section's text and the next heading over long
    text."""
    colon = "Na kolejne spotkania z cyklu zapraszamy także w najbliższych tygodniach:"
    items = ["• 26 marca, godz. 17:00 – Tomasz Wilk, „Karkonoskie opowieści”",
             "• 16 kwietnia, godz. 17:00 – Lucyna Sowa, „Ogrody mojej babki”"]
    closing = "Wstęp wolny. Liczba miejsc ograniczona, zapisy w wypożyczalni na parterze."
    got = _read_above_footer(
        [INTRO, MORE, "Kolejne spotkania", colon, *items, closing],
        ["paragraph", "paragraph", "heading", "paragraph", "list_item", "list_item",
         "paragraph"], [0.0, 0.0, 0.6, 1.0, 1.0, 1.0, 0.9])
    assert got == ["paragraph", "paragraph", "heading", "paragraph", "list_item", "list_item",
                   "paragraph"]
    got = _read_above_footer(
        [INTRO, "Spółka musi zwrócić opłaty", MORE, "Co zrobić, gdy operator odmawia?",
         MORE.replace("Laryngolożka", "Lekarka")],
        ["paragraph", "heading", "paragraph", "heading", "paragraph"],
        [0.0, 0.4, 0.6, 0.7, 0.6])
    assert got == ["paragraph", "heading", "paragraph", "heading", "paragraph"]
