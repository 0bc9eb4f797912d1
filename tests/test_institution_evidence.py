"""Acronyms need evidence, names end where they end, kinds of organisations outside the
gazetteer (issue 14 items 2-4). Person and organisation spans are given explicitly here, as
the NER model would give them, so the rules are tested apart from the model."""

from __future__ import annotations

import pytest

import newsnlp
from newsnlp.extract.institutions import extract_institutions
from newsnlp.extract.institutions.evidence import generic_kind, model_name_ok
from newsnlp.layout.blocks import Block
from newsnlp.text.lines import split_lines

RULES = newsnlp.Pipeline(nlp=None)


def _page(body: str) -> str:
    return f"Wiadomości z regionu\n\n{body}\n\nTo jest kolejny akapit, który opisuje sprawę.\n"


def _names(body: str) -> list[str]:
    return [i.canonical for i in RULES.parse(_page(body)).institutions]


def _blocks(text: str) -> list[Block]:
    return [Block("paragraph", (ln,)) for ln in split_lines(text) if not ln.blank]


@pytest.mark.parametrize("body", [
    "Sąd oparł się na art. 47 KPP i uznał skargę za zasadną w całości.",
    "Skarżący powołał się na art. 6 ust. 1 KPP, ale sąd nie podzielił tej oceny.",
    "Za 1 GBP trzeba było zapłacić ponad pięć złotych, podały kantory w mieście.",
    "Kurs GBP spadł w piątek po ogłoszeniu danych o inflacji w Wielkiej Brytanii.",
])
def test_acronym_contradicted_by_context_is_not_an_institution(body: str) -> None:
    assert _names(body) == []


@pytest.mark.parametrize(("body", "name"), [
    ("Sąd Najwyższy USA uchylił wyrok w głośnej sprawie sprzed lat.", "Sąd Najwyższy USA"),
    ("Ministerstwo Zdrowia Ukrainy apeluje o pomoc dla szpitali.", "Ministerstwo Zdrowia Ukrainy"),
    ("Rzecznik przypomniał, że niemieckie Ministerstwo Finansów ma inne zdanie.",
     "Niemieckie Ministerstwo Finansów"),
    ("Amerykański Senat uchwalił w piątek ustawę o pomocy dla banków.", "Amerykański Senat"),
    # a region's body: a place in the genitive after a national body's name
    ("Przyczyny katastrofy podało ministerstwo spraw wewnętrznych Dolnej Saksonii.",
     "Ministerstwo Spraw Wewnętrznych Dolnej Saksonii"),
    # 'tamtejsze' says only that it is another country's: no name to give it
    ("Listę towarów opublikowało w styczniu tamtejsze ministerstwo gospodarki.", None),
])
def test_foreign_counterpart_is_its_own_organisation(body: str, name: str | None) -> None:
    insts = RULES.parse(_page(body)).institutions
    assert [i.canonical for i in insts] == ([name] if name else [])
    assert all(i.acronym is None for i in insts)


def test_polish_institution_next_to_a_country_adjective_in_another_phrase() -> None:
    assert _names("Ministerstwo Zdrowia Ukraińcom nie pomoże, mówią lekarze.") == [
        "Ministerstwo Zdrowia"]
    assert _names("Wiceminister w Ministerstwie Zdrowia Jan Nowak i szczecińskie biuro "
                  "Centralnego Biura Śledczego w Brukseli przedstawili plan.") == [
        "Ministerstwo Zdrowia", "Centralne Biuro Śledcze"]


def test_acronym_kept_with_locality_or_full_name() -> None:
    assert _names("Policjanci z KPP w Poddębicach zatrzymali sprawcę kradzieży.") == [
        "Komenda Powiatowa Policji w Poddębicach"]
    body = ("Komenda Powiatowa Policji w Poddębicach apeluje o ostrożność. "
            "Jak przypomina KPP, art. 47 tego regulaminu mówi o zgłoszeniach.")
    assert _names(body) == ["Komenda Powiatowa Policji w Poddębicach"]


def test_quoted_campaign_title_is_not_part_of_a_police_name() -> None:
    body = "Funkcjonariusze Komendy Głównej Policji „Bezpieczny Senior” odwiedzili seniorów."
    assert _names(body) == ["Komenda Główna Policji"]


def test_name_ends_before_a_person() -> None:
    text = _page("Prezes Stowarzyszenia Instruktorów Jan Nowak zapowiedział nowe kursy.")
    person = text.index("Jan Nowak")
    found = extract_institutions(text, _blocks(text),
                                 persons=[(person, person + len("Jan Nowak"))])
    assert [(i.canonical, [m.text for m in i.mentions]) for i in found] == [
        ("Stowarzyszenie Instruktorów", ["Stowarzyszenia Instruktorów"])]
    unchanged = extract_institutions(text, _blocks(text))
    assert unchanged[0].canonical == "Stowarzyszenie Instruktorów Jan Nowak"


def test_a_patrons_name_is_no_person_that_ends_the_name() -> None:
    text = _page("Uczniowie odwiedzili Katolicką Szkołę Podstawową im. bł. Karoliny Kózkówny "
                 "w Dębnie Górnym w sobotę.")
    person = text.index("Karoliny Kózkówny")
    found = extract_institutions(text, _blocks(text),
                                 persons=[(person, person + len("Karoliny Kózkówny"))])
    assert [i.canonical for i in found] == [
        "Katolicka Szkoła Podstawowa im. bł. Karoliny Kózkówny w Dębnie Górnym"]


def test_a_name_read_with_its_town_takes_the_town_once() -> None:
    text = _page("Dyrektor Samodzielny Publiczny Zespół Opieki Zdrowotnej w Sanowicach "
                 "zakłada, że pracownia zarobi na siebie.")
    start = text.index("Samodzielny")
    org = (start, text.index(" zakłada"))
    found = extract_institutions(text, _blocks(text), extra_candidates=[org])
    assert [i.canonical for i in found] == [
        "Samodzielny Publiczny Zespół Opieki Zdrowotnej w Sanowicach"]


def test_model_span_adds_a_sentence_initial_adjective() -> None:
    text = _page("Tarnogórskie Towarzystwo Przyjaciół Dzieci zorganizowało festyn.")
    start = text.index("Tarnogórskie")
    org = (start, start + len("Tarnogórskie Towarzystwo Przyjaciół Dzieci"))
    found = extract_institutions(text, _blocks(text), extra_candidates=[org])
    assert [(i.canonical, i.kind) for i in found] == [
        ("Tarnogórskie Towarzystwo Przyjaciół Dzieci", "ngo")]


def test_model_span_does_not_add_a_noun() -> None:
    text = _page("Dyżurni Straży Miejskiej w Częstochowie przyjęli zgłoszenie.")
    start = text.index("Dyżurni")
    found = extract_institutions(text, _blocks(text),
                                 extra_candidates=[(start, text.index(" przyjęli"))])
    assert [i.canonical for i in found] == ["Straż Miejska w Częstochowie"]


@pytest.mark.parametrize(("name", "kind"), [
    ("Komisja Europejska", "international"), ("TSUE", "international"),
    ("Prawo i Sprawiedliwość", "party"), ("Polskie Radio", "media"),
    ("Caritas Diecezji Kieleckiej", "religious"), ("Mostostal Warszawa S.A.", "company"),
    ("Fundacja Dobrego Serca", "ngo"), ("Zielona Przystań", "organisation"),
])
def test_kind_from_head_words_and_legal_form(name: str, kind: str) -> None:
    assert generic_kind(name) == kind


@pytest.mark.parametrize(("name", "ok"), [
    ("Zielona Przystań", True), ("Budimex", True), ("NATO", True),
    ("Dąbrowa Górnicza", False), ("GBP", False), ("Prezydent Miasta Tychy", False),
    ("Internetowe Konto Pacjenta", False), ("Policja", False), ("Sąd", False),
    ("ESA", True),  # a bare acronym the model tags is the organisation it names, unexpanded
    ("Sąd Ochrony Konkurencji i Konsumentów", True), ("Straż Graniczna", True),
    # a word that is only a first name or a place is no organisation; a surname, a brand or
    # a company Morfeusz knows may be one
    ("Eleonora", False), ("Kapsztad", False), ("Minnesota", False),
    ("Lech", True), ("Orlen", True), ("Vattenfall", True),
    # a unit head alone refers back to a unit named before; it names none
    ("Zarząd", False), ("Wydział", False), ("Zarząd Dróg Miejskich", True),
    # a vocative is no reading of a name in running text: the insurer, not Eureka addressed
    ("Eureko", True),
    # an acronym with small letters for its short words is an acronym ('Lewica i Demokraci')
    ("LiD", True),
    # a country's acronym is a place, not an organisation
    ("USA", False), ("ZSRR", False),
    # an event's name (its head, the first word that is no adjective, an event noun) is no
    # organisation's; an organisation named after one is
    ("Tydzień Pomocy Osobom Pokrzywdzonym Przestępstwem", False),
    ("Wojewódzki Konkurs Matematyczny", False), ("Festiwal Kultury Żydowskiej", False),
    ("Fundacja Dzień Dobry", True), ("Fundacja Festiwal Filmowy", True),
    ("Kampania Przeciw Homofobii", True), ("Olimpiada", True),
    # a research institute's status after its name (`IMGW-PIB`) is no organisation alone
    ("PIB", False),
])
def test_names_the_model_tags_need_evidence(name: str, ok: bool) -> None:
    assert model_name_ok(name) is ok


def _with_model_spans(body: str, names: list[str]) -> list[tuple[str, str | None, str]]:
    """(canonical, acronym, kind) of the institutions when the model tags `names` ORG."""
    text = _page(body)
    spans, pos = [], 0
    for name in names:
        pos = text.index(name, pos)
        spans.append((pos, pos + len(name)))
        pos += len(name)
    found = extract_institutions(text, _blocks(text), extra_candidates=spans)
    return [(i.canonical, i.acronym, i.kind) for i in found]


def test_a_weak_gazetteer_acronym_the_model_tags_stays_unexpanded() -> None:
    # 'MG' is the former Ministerstwo Gospodarki's acronym, and a car make's; without the
    # ministry's full name on the page that prior is no evidence, and the organisation the
    # text names is kept as written (the kind model reads its sales as a company's)
    assert _with_model_spans("Sprzedaż MG wzrosła, a MG zapowiedziało nowe modele.",
                             ["MG", "MG"]) == [("MG", "MG", "company")]


def test_ue_is_the_union_unless_a_town_makes_it_the_university() -> None:
    assert _with_model_spans("Średnia płaca w UE wzrosła, a kraje UE zgodziły się na to.",
                             ["UE", "UE"]) == [("Unia Europejska", "UE", "international")]
    assert _with_model_spans("Studenci UE w Katowicach protestują.", ["UE"]) == [
        ("Uniwersytet Ekonomiczny w Katowicach", "UE", "university")]


def test_a_bare_acronym_before_a_number_is_a_designation() -> None:
    assert _with_model_spans("Strażacy pojechali wozem GBA 2,5/16 do pożaru w lesie.",
                             ["GBA"]) == []


def test_a_model_span_adds_a_brand_or_a_second_name_part() -> None:
    got = _with_model_spans(
        "Mówi ekonomista ING Banku Śląskiego. Zwolnienia trwają w PKP Cargo, a Fundacja "
        "Alfreda P. Sloana przekaże pieniądze.",
        ["ING Banku Śląskiego", "PKP Cargo", "Fundacja Alfreda P. Sloana"])
    assert [name for name, _, _ in got] == [
        "ING Bank Śląski", "PKP Cargo", "Fundacja Alfreda P. Sloana"]


def test_a_model_span_joining_two_names_is_not_taken() -> None:
    text = ("Wystąpi z Międzynarodowego Funduszu Walutowego oraz Banku Światowego, zapowiedział "
            "prezydent.")
    got = _with_model_spans(text, ["Międzynarodowego Funduszu Walutowego oraz Banku Światowego"])
    assert "Międzynarodowy Fundusz Walutowy oraz Bank Światowy" not in [n for n, _, _ in got]


def test_an_organisation_outside_the_gazetteer_takes_its_kind_from_the_kind_model() -> None:
    # a foreign brand in a business context is a company; an activist group stays generic
    assert _with_model_spans(
        "Akcje Vattenfall spadły o 3 proc., a prezes Vattenfall zapowiedział zwolnienia.",
        ["Vattenfall", "Vattenfall"]) == [("Vattenfall", None, "company")]
    assert _with_model_spans("Działacze Greenpeace protestowali przed ambasadą.",
                             ["Greenpeace"]) == [("Greenpeace", None, "organisation")]


def test_the_kind_model_names_a_kind_only_above_its_bar() -> None:
    from newsnlp.extract.institutions.org_kind import KindModel, organisation_kind

    model = KindModel({"team": {"b0=piłkarze": 1.0}, "other": {}, "company": {}},
                      {"team": 0.0, "other": 0.0, "company": 0.0})
    text = "Piłkarze Orła wygrali, a kibice Orła świętowali."
    first, second = text.index("Orła"), text.rindex("Orła")
    assert organisation_kind(text, [(first, first + 4)], model) == "sport"
    # the second mention has no cue: the mean probability falls under the bar
    assert organisation_kind(text, [(first, first + 4), (second, second + 4)],
                             model) == "organisation"
    probs = model.probs(["b0=piłkarze"])
    assert abs(sum(probs.values()) - 1.0) < 1e-9 and max(probs, key=probs.__getitem__) == "team"


def test_a_model_span_that_ends_at_an_institution_names_a_unit_of_it() -> None:
    got = _with_model_spans(
        "Najczęściej obradował Komitet Ekonomiczny Rady Ministrów, a głos zabrał "
        "Przewodniczący Rady Ministrów.",
        ["Komitet Ekonomiczny Rady Ministrów", "Przewodniczący Rady Ministrów"])
    # the committee is a unit of the council; an office holder ('Przewodniczący', a
    # masculine personal noun) is no unit, so the council is named there alone
    assert got == [("Komitet Ekonomiczny Rady Ministrów", None, "government"),
                   ("Rada Ministrów", None, "government")]


def test_a_brand_spelt_with_a_small_first_letter_is_a_name() -> None:
    assert _with_model_spans("W Polsce eBay działa od 2005 roku, a mBank obniżył stopy.",
                             ["eBay", "mBank"]) == [("eBay", None, "company"),
                                                   ("mBank", None, "company")]


def test_a_companys_board_named_by_the_model_is_no_unit_of_it() -> None:
    got = _with_model_spans("Zdecydował przewodniczący Rady Nadzorczej Zakładów Mięsnych "
                            "Constar S.A. w piątek.",
                            ["Rady Nadzorczej Zakładów Mięsnych Constar S.A."])
    assert got == [("Zakłady Mięsne Constar S.A.", None, "company")]


def test_a_model_span_listing_its_complements_is_one_name() -> None:
    # the comma lists genitive complements, not a second organisation: the model's span is
    # not cut there, and it extends the gazetteer's shorter name with the type's kind
    got = _with_model_spans(
        "Sprawozdanie Komisji Polityki Gospodarczej, Budżetu i Finansów przyjęto. Festyn "
        "przygotował Gminny Ośrodek Kultury, Sportu i Rekreacji w Witkowie.",
        ["Komisji Polityki Gospodarczej, Budżetu i Finansów",
         "Gminny Ośrodek Kultury, Sportu i Rekreacji w Witkowie"])
    assert got == [
        ("Komisja Polityki Gospodarczej, Budżetu i Finansów", None, "organisation"),
        ("Gminny Ośrodek Kultury, Sportu i Rekreacji w Witkowie", None, "culture")]


def test_two_organisations_the_model_tags_either_side_of_i_stay_two() -> None:
    assert _with_model_spans("Połączenie Banku Pekao i BPH ma nastąpić do końca roku.",
                             ["Banku Pekao", "BPH"]) == [("Bank Pekao", None, "company"),
                                                         ("BPH", "BPH", "company")]


@pytest.mark.parametrize("name", ["EKG", "AED", "CNC", "RTG", "PKB", "VAT"])
def test_abbreviations_of_common_nouns_are_no_organisations(name: str) -> None:
    """A medical test, a device, a machine, a tax: the model may tag them, they name none."""
    assert not model_name_ok(name)


def test_a_model_span_ends_before_a_dash() -> None:
    got = _with_model_spans("Dyżury pełnią:\n• Nowa Sól – Centrum Medyczne Odra sp. z o.o., "
                            "ul. Piłsudskiego 4.", ["Nowa Sól –"])
    assert got == [("Centrum Medyczne Odra sp. z o.o.", None, "company")]


def test_a_town_after_a_model_span_is_the_organisations_seat() -> None:
    """The corpora end an organisation's span before its town; the article attaches the
    town to it, so the canonical name takes it (CONVENTIONS)."""
    got = _with_model_spans("Turnus w Ośrodku Rehabilitacji Dzieci „Orlik” w Szklarskiej "
                            "Porębie opłaciła fundacja.",
                            ["Ośrodku Rehabilitacji Dzieci „Orlik”"])
    assert got == [("Ośrodek Rehabilitacji Dzieci „Orlik” w Szklarskiej Porębie", None,
                    "organisation")]


def test_a_model_span_ending_with_w_is_trimmed_and_the_town_is_the_seat() -> None:
    """`Centrum Kultury i Sztuki w` (the model left the town out): the name the model adds to
    the gazetteer's `Centrum Kultury` ends before `w`, and the town after it is its seat."""
    got = _with_model_spans("Film pokaże kino prowadzone przez Centrum Kultury i Sztuki w "
                            "Kaliszu.", ["Centrum Kultury i Sztuki w"])
    assert got == [("Centrum Kultury i Sztuki w Kaliszu", None, "culture")]


def test_a_common_nouns_abbreviation_spells_no_name_the_model_tags() -> None:
    got = _with_model_spans("Punkt Informacji Turystycznej pomaga wypełnić PIT w marcu.",
                            ["Punkt Informacji Turystycznej"])
    assert got == [("Punkt Informacji Turystycznej", None, "organisation")]


def test_an_event_with_its_edition_and_an_office_holder_are_no_organisations() -> None:
    """Names the model may tag ORG: an event whose name opens with its edition's number
    (`IX Półmaraton Doliny Sanu`, `25. Bieg Niepodległości`) and an office a person holds
    (`Opolski Kurator Oświaty`; the office is `Kuratorium Oświaty`)."""
    assert not model_name_ok("IX Półmaraton Doliny Sanu")
    assert not model_name_ok("25. Bieg Niepodległości")
    assert not model_name_ok("Opolski Kurator Oświaty")
    assert model_name_ok("Kuratorium Oświaty w Opolu")
    assert model_name_ok("III Liceum Ogólnokształcące")
    assert model_name_ok("Gala Media Sp. z o.o.")  # a company, named with its legal form
