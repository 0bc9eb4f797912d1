"""spaCy NER organisation spans become institution candidates (tiny model trained here)."""

from __future__ import annotations

import random

import pytest

spacy = pytest.importorskip("spacy")

from spacy.training import Example  # noqa: E402

from newsnlp.extract.institutions import extract_institutions  # noqa: E402
from newsnlp.extract.ner import org_spans  # noqa: E402
from newsnlp.layout.blocks import Block  # noqa: E402
from newsnlp.text.lines import split_lines  # noqa: E402

ORG = "Zielona Przystań"
TRAIN = [
    f"Wolontariusze z {ORG} pomagali seniorom w Tychach.",
    f"Zbiórkę zorganizowała {ORG} razem z mieszkańcami.",
    f"Przedstawiciele {ORG} spotkali się z burmistrzem.",
    f"{ORG} prowadzi świetlicę dla dzieci.",
    f"Jak poinformowała {ORG}, zapisy trwają do piątku.",
    "Mieszkańcy spotkali się w parku przy ulicy Leśnej.",
]


def _example(nlp: spacy.Language, text: str) -> Example:
    start = text.find(ORG)
    ents = [(start, start + len(ORG), "orgName")] if start >= 0 else []
    return Example.from_dict(nlp.make_doc(text), {"entities": ents})


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    """A blank Polish pipeline with an NER trained on six sentences (fixed seed)."""
    spacy.util.fix_random_seed(7)
    random.seed(7)
    model = spacy.blank("pl")
    ner = model.add_pipe("ner")
    ner.add_label("orgName")
    examples = [_example(model, t) for t in TRAIN]
    optimizer = model.initialize(lambda: examples)
    for _ in range(30):
        random.shuffle(examples)
        model.update(examples, sgd=optimizer, drop=0.1)
    return model


def _page(text: str) -> tuple[str, list[Block]]:
    lines = [ln for ln in split_lines(text) if not ln.blank]
    return text, [Block("paragraph", (ln,)) for ln in lines]


def test_org_spans_found_in_content(nlp: spacy.Language) -> None:
    text, blocks = _page(f"Nowa świetlica\nWolontariusze z {ORG} pomagali seniorom w Tychach.")
    spans = org_spans(nlp, text, blocks)
    assert (text.index(ORG), text.index(ORG) + len(ORG)) in spans


def test_org_spans_skip_chrome(nlp: spacy.Language) -> None:
    text = f"Wolontariusze z {ORG} pomagali seniorom w Tychach."
    lines = split_lines(text)
    assert org_spans(nlp, text, [Block("chrome", tuple(lines), chrome="ad")]) == []


def test_ner_candidates_flow_into_institutions(nlp: spacy.Language) -> None:
    text, blocks = _page(
        f"Zbiórkę zorganizowała {ORG} razem z Miejskim Ośrodkiem Pomocy Społecznej w Tychach."
    )
    extra = org_spans(nlp, text, blocks)
    insts = extract_institutions(text, blocks, extra_candidates=extra)
    canon = {i.canonical for i in insts}
    assert ORG in canon
    assert "Miejski Ośrodek Pomocy Społecznej w Tychach" in canon
    for inst in insts:
        for m in inst.mentions:
            assert text[m.start:m.end] == m.text


def test_extra_candidates_do_not_duplicate_own_mentions() -> None:
    text, blocks = _page("Sprawą zajmuje się Sąd Rejonowy w Zabrzu.")
    start = text.index("Sąd")
    extra = [(start, len(text) - 1)]
    insts = extract_institutions(text, blocks, extra_candidates=extra)
    assert [i.canonical for i in insts] == ["Sąd Rejonowy w Zabrzu"]
    assert len(insts[0].mentions) == 1


def test_extra_candidates_outside_content_are_ignored() -> None:
    text = "Wolontariusze z Zielona Przystań pomagali."
    lines = split_lines(text)
    blocks = [Block("chrome", tuple(lines), chrome="ad")]
    assert extract_institutions(text, blocks, extra_candidates=[(16, 32)]) == []


def test_shipped_model_loads_with_its_vectors_within_the_size_limit() -> None:
    """The shipped pipeline is package data (<= 25 MB) with its own floret vectors table,
    and tags an organisation and a person in a sentence written here."""
    from importlib.resources import files

    from newsnlp.extract.ner import shipped_model

    folder = files("newsnlp") / "data" / "models" / "ner"
    assert sum(len(p.read_bytes()) for p in folder.iterdir() if p.is_file()) <= 25_000_000
    model = shipped_model()
    assert model.vocab.vectors.mode == "floret" and model.vocab.vectors.shape[0] > 0
    # the Morfeusz component runs first and the embeddings read what it sets
    assert model.pipe_names == ["morph_features", "tok2vec", "ner"]
    assert {"LEMMA", "MORPH"} <= set(model.config["components"]["tok2vec"]["model"]["embed"]
                                     ["attrs"])
    doc = model("Prezes Fundacji Dobrego Serca Jan Kowalski spotkał się z wolontariuszami.")
    assert {(e.text, e.label_) for e in doc.ents} >= {
        ("Fundacji Dobrego Serca", "ORG"), ("Jan Kowalski", "PER")}


def test_a_model_span_ending_with_a_preposition_loses_it() -> None:
    """`Stadionie Narodowym w` (the town left out of the span): a name never ends with `w`;
    the town after it is the name's seat."""
    text, blocks = _page("Finał rozegrano na Stadionie Narodowym w Warszawie przy pełnych "
                         "trybunach.")
    start = text.index("Stadionie")
    insts = extract_institutions(text, blocks,
                                 extra_candidates=[(start, text.index("Warszawie"))])
    assert [(i.canonical, [m.text for m in i.mentions]) for i in insts] == [
        ("Stadion Narodowy w Warszawie", ["Stadionie Narodowym w Warszawie"])]


def test_a_quoted_model_span_is_the_organisation_inside_the_quotes() -> None:
    """NKJP's spans hold the quotation marks of a quoted name (`„Solidarności”`): the
    mention keeps the model's span, the canonical name is the name without them."""
    text, blocks = _page("Przewodniczący zakładowej „Solidarności” spotkał się z zarządem, "
                         "a tygodnik \"Wprost\" opisał spotkanie piłkarzy \" Polonii \" "
                         "Andrzejów.")
    spans = [(text.index("„"), text.index("”") + 1),
             (text.index('"Wprost'), text.index('" opisał') + 1),
             (text.index('" Polonii'), text.index("Andrzejów") + len("Andrzejów"))]
    insts = extract_institutions(text, blocks, extra_candidates=spans)
    assert [(i.canonical, [m.text for m in i.mentions]) for i in insts] == [
        ("Solidarność", ["„Solidarności”"]), ("Wprost", ['"Wprost"']),
        ("Polonia Andrzejów", ['" Polonii " Andrzejów'])]


def test_a_clubs_short_name_is_the_club_the_page_named_with_its_town() -> None:
    """`Stal` after `Stal Rzeszów`, `Legia` before `Legia Warszawa`: one organisation each."""
    text, blocks = _page("Legia wygrała z zespołem Stal Rzeszów. Trener Stali chwalił "
                         "zawodników, a kibice Legii Warszawa świętowali.")
    spans = [(text.index(w), text.index(w) + len(w))
             for w in ("Legia", "Stal Rzeszów", "Stali", "Legii Warszawa")]
    insts = extract_institutions(text, blocks, extra_candidates=spans)
    assert sorted((i.canonical, len(i.mentions)) for i in insts) == [
        ("Legia Warszawa", 2), ("Stal Rzeszów", 2)]


def test_a_model_span_takes_the_agreeing_adjective_before_it() -> None:
    """`Tarnowskim Teatrem Lalek`, the adjective tagged a place: the name opens with it."""
    text, blocks = _page("Spektakl przygotowano wspólnie z Tarnowskim Teatrem Lalek.")
    start = text.index("Teatrem")
    insts = extract_institutions(text, blocks, extra_candidates=[(start, len(text) - 1)])
    assert [(i.canonical, [m.text for m in i.mentions]) for i in insts] == [
        ("Tarnowski Teatr Lalek", ["Tarnowskim Teatrem Lalek"])]


def test_a_name_joined_by_i_to_where_a_model_organisation_starts_ends_before_i() -> None:
    """`ING Banku Śląskiego i Pekao SA`: the model reads two organisations; the rules' `i`
    joiner does not make them one name."""
    text, blocks = _page("Ekonomiści ING Banku Śląskiego i Pekao SA spodziewają się obniżek.")
    spans = [(text.index("ING"), text.index(" i ")),
             (text.index("Pekao"), text.index(" spodziewają"))]
    insts = extract_institutions(text, blocks, extra_candidates=spans)
    assert sorted(i.canonical for i in insts) == ["ING Bank Śląski", "Pekao SA"]


def test_a_word_of_the_sentence_before_a_known_name_is_no_brand() -> None:
    """`programu Sportowa Polska Ministerstwa Sportu i Turystyki`: the model's span takes in
    `Polska`, the ministry stays the ministry; an acronym before a name is a brand."""
    text, blocks = _page("Hala powstała z programu Sportowa Polska Ministerstwa Sportu i "
                         "Turystyki.")
    span = [(text.index("Polska"), len(text) - 1)]
    insts = extract_institutions(text, blocks, extra_candidates=span)
    assert [i.canonical for i in insts] == ["Ministerstwo Sportu i Turystyki"]


def test_a_nominative_name_after_a_programme_noun_is_no_organisation() -> None:
    """`z programu Fundusze Europejskie dla Pomorza` names a programme; `programu
    Ministerstwa Zdrowia` (genitive) its owner; `system Apple` a brand that does not
    inflect."""
    text, blocks = _page("Połowę kosztów pokryje program Fundusze Europejskie dla Pomorza, "
                         "resztę dołoży program Ministerstwa Zdrowia, a biuro kupi system "
                         "Apple.")
    spans = [(text.index(w), text.index(w) + len(w))
             for w in ("Fundusze Europejskie", "Ministerstwa Zdrowia", "Apple")]
    insts = extract_institutions(text, blocks, extra_candidates=spans)
    assert sorted(i.canonical for i in insts) == ["Apple", "Ministerstwo Zdrowia"]


def test_a_known_companys_mention_takes_the_legal_form_after_it() -> None:
    """`Enea S.A.`: the mention is the longest name string; `SA` inside is no acronym."""
    text, blocks = _page("Sponsorem tytularnym klubu pozostaje Enea SA, a stroje dostarczy "
                         "Orlen S.A. w przyszłym sezonie.")
    insts = extract_institutions(text, blocks)
    assert sorted(m.text for i in insts for m in i.mentions) == ["Enea SA", "Orlen S.A."]


def _canonicals(text: str, blocks: list[Block], spans: list[tuple[int, int]]) -> list[str]:
    return sorted(i.canonical for i in extract_institutions(text, blocks,
                                                            extra_candidates=spans))


def _span(text: str, name: str) -> tuple[int, int]:
    return text.index(name), text.index(name) + len(name)


def test_a_generic_type_name_the_model_tags_is_kept() -> None:
    """`krakowskiej Akademii Sztuk Pięknych`: a name many institutions share, which the rules
    keep only when a slot pins it down; the model, reading the context, tags it."""
    text, blocks = _page("Wystawę przygotowali studenci krakowskiej Akademii Sztuk Pięknych.")
    assert _canonicals(text, blocks, []) == []
    assert _canonicals(text, blocks, [_span(text, "Akademii Sztuk Pięknych")]) == [
        "Akademia Sztuk Pięknych"]


def test_a_model_span_adds_the_last_complement_after_i() -> None:
    """`Ministerstwa Kultury i Sztuki`: the gazetteer knows a shorter ministry; the model's
    span goes on over `i` and a genitive complement, so the name is the longer one."""
    text, blocks = _page("Dotację przyznało wtedy Ministerstwo Kultury i Sztuki, a nie gmina.")
    name = "Ministerstwo Kultury i Sztuki"
    assert _canonicals(text, blocks, [_span(text, name)]) == [name]


def test_a_model_span_gives_a_name_its_locality() -> None:
    """`Centrum Onkologii` heads no name the rules know, so they read it as a complement of
    the clinic's name and no locality slot after it; the model's span runs on over
    `w Bydgoszczy`."""
    text, blocks = _page("Aparat kupiono dla Kliniki Chirurgii Centrum Onkologii w Bydgoszczy.")
    name = "Kliniki Chirurgii Centrum Onkologii w Bydgoszczy"
    assert _canonicals(text, blocks, []) == ["Klinika Chirurgii Centrum Onkologii"]
    assert _canonicals(text, blocks, [_span(text, name)]) == [
        "Klinika Chirurgii Centrum Onkologii w Bydgoszczy"]


def test_a_units_number_before_its_name_stays_in_it() -> None:
    """`12. Brygady Zmechanizowanej`: military units are numbered before the name."""
    text, blocks = _page("Żołnierze 12. Brygady Zmechanizowanej wrócili z ćwiczeń.")
    assert _canonicals(text, blocks, [_span(text, "12. Brygady Zmechanizowanej")]) == [
        "12. Brygada Zmechanizowana"]


def test_a_common_noun_the_model_tags_as_a_sentences_first_word_is_no_organisation() -> None:
    """`Internauci apelują…`: capitalised only as the first word of a sentence or a line, a
    word Morfeusz knows only as a common noun names nothing; a brand it knows (`Orlen`), a
    brand's spelling (`mBank`), an acronym, a quoted name (`„Solidarność”`) or a name
    inside a sentence (`w sklepie Kadr`) stays."""
    text, blocks = _page("Pod filmem pojawiły się komentarze. Internauci apelują o nagrodę. "
                         "Orlen podniósł ceny paliw. mBank obniżył raty. „Solidarność” "
                         "protestuje. MEND porwał ludzi. Zakupy zrobili w sklepie Kadr.")
    spans = [_span(text, w)
             for w in ("Internauci", "Orlen", "mBank", "Solidarność", "MEND", "Kadr")]
    assert _canonicals(text, blocks, spans) == ["Kadr", "MEND", "Orlen", "Solidarność",
                                                "mBank"]
    far = "Wyniki podała          Polityka w piątek."  # blanks before a word inside a sentence
    text, blocks = _page(far)
    assert _canonicals(text, blocks, [_span(text, "Polityka")]) == ["Polityka"]


def test_offices_named_by_a_citys_district_or_the_city_they_serve() -> None:
    """A police station named by its city's district (`Komisariat Policji Rzeszów-Nowe
    Miasto`) and a prosecutor's or court's office named by the city it serves (`dla miasta
    Rzeszowa`, `dla miasta stołecznego Warszawy`): official names, whole."""
    text, blocks = _page("Sprawą zajmuje się Komisariat Policji Rzeszów-Nowe Miasto, a akt "
                         "oskarżenia przygotuje Prokuratura Rejonowa dla miasta Rzeszowa. "
                         "Wyrok wyda Sąd Rejonowy dla miasta stołecznego Warszawy w Warszawie.")
    assert _canonicals(text, blocks, []) == [
        "Komisariat Policji Rzeszów-Nowe Miasto", "Prokuratura Rejonowa dla miasta Rzeszowa",
        "Sąd Rejonowy dla miasta stołecznego Warszawy w Warszawie"]
    text, blocks = _page("Na wniosek Prokuratury Rejonowej dla miasta Zielonej Góry Sąd "
                         "Rejonowy w Zielonej Górze zastosował areszt.")
    assert _canonicals(text, blocks, []) == [
        "Prokuratura Rejonowa dla miasta Zielonej Góry", "Sąd Rejonowy w Zielonej Górze"]
