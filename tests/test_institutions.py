"""Named institutions: detection, merging, canonical names, units, acronyms, negatives."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsnlp.extract.institutions import extract_institutions
from newsnlp.extract.institutions.enumeration import lists_complements
from newsnlp.extract.institutions.gazetteer import gazetteer
from newsnlp.extract.institutions.places import locative
from newsnlp.layout.blocks import Block
from newsnlp.models import Institution
from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.inflect import case_forms
from newsnlp.text.lines import split_lines

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def _blocks(text: str, kind: str = "paragraph") -> list[Block]:
    return [Block(kind, (ln,)) for ln in split_lines(text) if not ln.blank]  # type: ignore[arg-type]


def run(text: str) -> list[Institution]:
    insts = extract_institutions(text, _blocks(text))
    for inst in insts:  # the offsets invariant
        for m in inst.mentions:
            assert text[m.start:m.end] == m.text
    return insts


def by_canon(insts: list[Institution]) -> dict[str, Institution]:
    return {i.canonical: i for i in insts}


def mentions(inst: Institution) -> set[str]:
    return {m.text for m in inst.mentions}


def test_gazetteer_is_large_and_well_formed() -> None:
    g = gazetteer()
    assert len(g.types) >= 150
    kinds = {t.kind for t in g.types.values()}
    assert {"police", "social_welfare", "fire_service", "municipal_guard", "court",
            "prosecution", "health", "education", "culture", "transport"} <= kinds
    assert all(t.name[:1].isupper() for t in g.types.values())


def test_case_forms_are_generated() -> None:
    forms = case_forms("Komenda Miejska Policji")
    assert forms["gen"] == "Komendy Miejskiej Policji"
    assert forms["inst"] == "Komendą Miejską Policji"
    assert case_forms("PKP Polskie Linie Kolejowe")["inst"] == "PKP Polskimi Liniami Kolejowymi"


def test_full_name_and_acronym_merge_with_locality() -> None:
    insts = run(
        "Policjanci z Komendy Miejskiej Policji w Rudzie Śląskiej zatrzymali kierowcę.\n"
        "Jak przekazał rzecznik KMP w Rudzie Śląskiej, mężczyzna miał 2 promile."
    )
    kmp = by_canon(insts)["Komenda Miejska Policji w Rudzie Śląskiej"]
    assert kmp.acronym == "KMP"
    assert kmp.kind == "police"
    assert kmp.locality == "Ruda Śląska"
    assert mentions(kmp) == {"Komendy Miejskiej Policji w Rudzie Śląskiej",
                             "KMP w Rudzie Śląskiej"}
    assert len(insts) == 1


def test_locality_carried_over_from_earlier_mention() -> None:
    insts = run(
        "Miejski Ośrodek Pomocy Społecznej w Gliwicach uruchomił punkt wsparcia.\n"
        "Pracownicy MOPS-u dyżurują codziennie, a Miejski Ośrodek Pomocy Społecznej "
        "zaprasza też seniorów."
    )
    assert len(insts) == 1
    mops = insts[0]
    assert mops.canonical == "Miejski Ośrodek Pomocy Społecznej w Gliwicach"
    assert mops.acronym == "MOPS"
    assert "MOPS-u" in mentions(mops)


def test_no_locality_when_article_gives_none() -> None:
    insts = run("Wnioski przyjmuje Centrum Usług Społecznych (CUS), a CUS odpowiada w 7 dni.")
    cus = by_canon(insts)["Centrum Usług Społecznych"]
    assert cus.locality is None
    assert mentions(cus) == {"Centrum Usług Społecznych", "CUS"}


def test_unit_with_parent_acronym() -> None:
    insts = run("Naczelnik Wydziału Ruchu Drogowego KMP w Tychach apeluje o ostrożność.")
    c = by_canon(insts)
    kmp = c["Komenda Miejska Policji w Tychach"]
    unit = c["Wydział Ruchu Drogowego Komendy Miejskiej Policji w Tychach"]
    assert unit.parent == kmp.id
    assert unit.acronym is None
    assert mentions(unit) == {"Wydziału Ruchu Drogowego KMP w Tychach"}
    assert mentions(kmp) == {"KMP w Tychach"}


def test_a_unit_of_a_generic_name_pinned_by_a_town_takes_it_as_parent() -> None:
    """`Akademia Medyczna` is a name many share, so it parents a unit only where a town pins
    it down; without one it stays a complement of the unit's name."""
    c = by_canon(run("Aparat kupiono dla Kliniki Okulistyki Akademii Medycznej w Gdańsku."))
    academy = c["Akademia Medyczna w Gdańsku"]
    clinic = c["Klinika Okulistyki Akademii Medycznej w Gdańsku"]
    assert clinic.parent == academy.id
    assert mentions(clinic) == {"Kliniki Okulistyki Akademii Medycznej w Gdańsku"}
    bare = by_canon(run("Aparat kupiono dla Kliniki Okulistyki Akademii Medycznej."))
    assert set(bare) == {"Klinika Okulistyki Akademii Medycznej"}


def test_a_generic_name_before_a_known_institution_in_the_genitive_is_its_unit() -> None:
    """`Biblioteki Politechniki Śląskiej`: the library of the university, one mention with its
    parent inside; `Fundacja Orlen` is an apposition (nominative) and names no owner, and a
    weak acronym owns nothing."""
    c = by_canon(run("Książki trafiły do Biblioteki Politechniki Śląskiej, a sprzęt kupiła "
                     "Pracownia Genetyki Uniwersytetu Łódzkiego."))
    library, school = c["Biblioteka Politechniki Śląskiej"], c["Politechnika Śląska"]
    assert library.parent == school.id
    assert mentions(library) == {"Biblioteki Politechniki Śląskiej"}
    lab = c["Pracownia Genetyki Uniwersytetu Łódzkiego"]
    assert lab.parent == c["Uniwersytet Łódzki"].id
    assert "Fundacja Orlenu" not in by_canon(run("Grant przyznała Fundacja Orlen."))
    # `SA` is a legal form here, not the weak acronym of a court of appeal
    bank = run("Kredytu udzielił Bank Pekao SA.")
    assert [(i.canonical, i.kind, mentions(i)) for i in bank] == [
        ("Bank Pekao S.A.", "company", {"Bank Pekao SA"})]


def test_works_chancelleries_and_numbered_tax_offices() -> None:
    """`Zakład` heads a unit (of a university, an institute, a hospital) or, placed in a
    town, a works of its own; `Kancelaria` a state body's office; tax offices of a city are
    numbered by a Roman ordinal before the name; a capitalised adjective after a unit's name
    opens its parent's name (`Narodowego Instytutu Zdrowia`)."""
    c = by_canon(run("Próbki zbadał Zakład Wirusologii Narodowego Instytutu Zdrowia w Warszawie, "
                     "ścieki oczyszcza Zakład Gospodarki Wodnej w Kępnie, projekt trafił do "
                     "Kancelarii Senatu, a podatki zbiera II Urząd Skarbowy w Opolu."))
    lab = c["Zakład Wirusologii Narodowego Instytutu Zdrowia w Warszawie"]
    assert lab.parent == c["Narodowy Instytut Zdrowia w Warszawie"].id
    assert c["Zakład Gospodarki Wodnej w Kępnie"].parent is None
    works = by_canon(run("Dach położył Zakład Dekarski „Krokwia” z Opola."))
    assert mentions(works["Zakład Dekarski „Krokwia” w Opolu"]) == {
        "Zakład Dekarski „Krokwia” z Opola"}  # seated where it is from
    assert c["Kancelaria Senatu"].kind == "parliament"  # the statute's name, no state's name
    senate = by_canon(run("Projekt trafił do Kancelarii Senatu, a Senat przyjął ustawę."))
    assert senate["Kancelaria Senatu"].parent == senate["Senat Rzeczypospolitej Polskiej"].id
    assert mentions(c["II Urząd Skarbowy w Opolu"]) == {"II Urząd Skarbowy w Opolu"}


def test_names_end_at_a_second_acronym_a_sentence_word_and_a_legal_form() -> None:
    """An acronym after `oraz` names another organisation; a lower-case word past a connector
    other than `rzecz` is the sentence going on; `SA` after a company is its legal form, not
    a court of appeal that takes the next words as its town."""
    c = by_canon(run("Protest poparł Związek Zawodowy Maszynistów oraz OPZZ. Reakcją Związku "
                     "na oświadczenie Biura Politycznego było milczenie. Mówił prezes TVP SA "
                     "Adam Nowak, a pomoc niesie Fundacja na rzecz Dzieci Niewidomych."))
    assert "Związek Zawodowy Maszynistów" in c
    assert "Biuro Polityczne" in c and not any(k.startswith("Związek na") for k in c)
    assert mentions(c["Telewizja Polska S.A."]) == {"TVP SA"}  # the form ends the name
    assert not any(i.kind == "court" for i in c.values())
    assert "Fundacja na rzecz Dzieci Niewidomych" in c


def test_the_honorific_and_the_common_spelling_name_the_sejm() -> None:
    """`Wysoki Sejm` is the Sejm addressed with its honorific, and `Rzeczpospolitej` the
    genitive most of the press writes: neither is a new organisation."""
    c = by_canon(run("Projekt trafi do Wysokiego Sejmu. Uchwalił go Sejm Rzeczpospolitej "
                     "Polskiej."))
    assert set(c) == {"Sejm Rzeczypospolitej Polskiej"}  # its official name
    assert mentions(c["Sejm Rzeczypospolitej Polskiej"]) == {"Wysokiego Sejmu",
                                                            "Sejm Rzeczpospolitej Polskiej"}


def test_a_country_in_brackets_is_no_acronym_introduction() -> None:
    """`(USA)` after a university names where it is; a bracketed acronym that Morfeusz knows
    only as a place never becomes the university's, nor do the page's later `USA`."""
    c = by_canon(run("Badania prowadził Uniwersytet Stanforda (USA). Wyniki opublikowano w USA, "
                     "a Miejski Ośrodek Sportu i Rekreacji (MOSiR) je skomentował."))
    assert mentions(c["Uniwersytet Stanforda"]) == {"Uniwersytet Stanforda"}
    assert "MOSiR" in mentions(c["Miejski Ośrodek Sportu i Rekreacji"])


def test_a_town_after_an_introduced_acronym_is_the_institutions() -> None:
    """`Miejski Ośrodek Sportu i Rekreacji (MOSiR) w Kępnie`: the town after the brackets
    belongs to the institution; the mentions stay its name and its acronym."""
    c = by_canon(run("Halę prowadzi Miejski Ośrodek Sportu i Rekreacji (MOSiR) w Kępnie. "
                     "Ministerstwo Sportu i Turystyki (MSiT) w piątek dało dotację."))
    mosir = c["Miejski Ośrodek Sportu i Rekreacji w Kępnie"]
    assert mentions(mosir) == {"Miejski Ośrodek Sportu i Rekreacji", "MOSiR"}
    assert "Ministerstwo Sportu i Turystyki" in c  # a national body takes no town


def test_numbered_units_of_one_parent_stay_apart() -> None:
    """`Koła PZW nr 16` and `Koła PZW nr 5` are two circles of one association: the number,
    written with `nr` before or after the parent, is part of the name of a unit numbered in
    practice (a circle, a branch library, a department)."""
    c = by_canon(run("Wygrali wędkarze z Koła PZW nr 16, przed Kołem nr 5 Polskiego Związku "
                     "Wędkarskiego. Koło PZW nr 16 świętuje."))
    sixteen = c["Koło nr 16 Polskiego Związku Wędkarskiego"]
    five = c["Koło nr 5 Polskiego Związku Wędkarskiego"]
    assert mentions(sixteen) == {"Koła PZW nr 16", "Koło PZW nr 16"}
    assert sixteen.parent == five.parent == c["Polski Związek Wędkarski"].id
    # a board's number is its resolution's, and a document's number has its year
    board = by_canon(run("Zasady określa uchwała Zarządu PFRON nr 9 z marca, a Koło PZW nr "
                         "7/2026 to numer pisma."))
    assert not any(" nr " in name for name in board)


def test_an_eponym_with_an_acronym_is_a_syndrome_not_a_body() -> None:
    """`Zespół Marfana (ZM)`: a unit head before a person's name only is an eponym, even
    with an introduced acronym; `Zarząd Dróg Gminnych (ZDG)` names a body."""
    c = by_canon(run("Zespół Marfana (ZM) to choroba genetyczna. Drogę naprawi Zarząd Dróg "
                     "Gminnych (ZDG) w Rybniku."))
    assert set(c) == {"Zarząd Dróg Gminnych w Rybniku"}


def test_nested_units_and_adjectival_unit_names() -> None:
    insts = run(
        "Dzielnicowi z Referatu Dzielnicowych Wydziału Prewencji Komendy Powiatowej Policji "
        "w Lublińcu oraz funkcjonariusze Wydziału Kryminalnego KPP w Lublińcu."
    )
    c = by_canon(insts)
    assert "Referat Dzielnicowych Wydziału Prewencji Komendy Powiatowej Policji w Lublińcu" in c
    wp = c["Wydział Prewencji Komendy Powiatowej Policji w Lublińcu"]
    ref = c["Referat Dzielnicowych Wydziału Prewencji Komendy Powiatowej Policji w Lublińcu"]
    assert ref.parent == wp.id
    assert "Wydział Kryminalny Komendy Powiatowej Policji w Lublińcu" in c


def test_orphan_unit_attaches_to_the_article_institution() -> None:
    insts = run(
        "Straż Miejska w Rybniku podsumowała rok.\n"
        "Strażnicy z Referatu Ekologicznego skontrolowali 300 palenisk."
    )
    c = by_canon(insts)
    sm = c["Straż Miejska w Rybniku"]
    ref = c["Referat Ekologiczny Straży Miejskiej w Rybniku"]
    assert ref.parent == sm.id
    assert sm.acronym == "SM"


def test_acronym_introduction_of_unknown_name() -> None:
    insts = run(
        "Rozkłady publikuje Zarząd Komunikacji Miejskiej Regionu (ZKMR). "
        "Pytania można kierować do ZKMR telefonicznie."
    )
    zk = next(i for i in insts if i.acronym == "ZKMR")
    assert mentions(zk) == {"Zarząd Komunikacji Miejskiej Regionu", "ZKMR"}


def test_numbered_school_with_patron_and_short_forms() -> None:
    insts = run(
        "Uczniowie Szkoły Podstawowej nr 5 im. Marii Konopnickiej w Żorach wygrali konkurs. "
        "W Szkole Podstawowej nr 5 odbędzie się gala, a SP 5 zaprasza rodziców."
    )
    assert len(insts) == 1
    sp = insts[0]
    assert sp.canonical == "Szkoła Podstawowa nr 5 im. Marii Konopnickiej w Żorach"
    assert sp.acronym == "SP"
    assert mentions(sp) == {"Szkoły Podstawowej nr 5 im. Marii Konopnickiej w Żorach",
                            "Szkole Podstawowej nr 5", "SP 5"}


def test_fire_units_osp_locative_and_jrg_parent() -> None:
    insts = run(
        "Na miejsce zadysponowano JRG nr 2 KM PSP w Opolu oraz OSP Chrząstowice.\n"
        "Zgłoszenie przyjęło SK KM PSP w Opolu."
    )
    c = by_canon(insts)
    km = c["Komenda Miejska Państwowej Straży Pożarnej w Opolu"]
    jrg = c["Jednostka Ratowniczo-Gaśnicza nr 2 Komendy Miejskiej Państwowej Straży Pożarnej "
            "w Opolu"]
    assert jrg.parent == km.id and jrg.acronym == "JRG"
    assert c["Ochotnicza Straż Pożarna w Chrząstowicach"].acronym == "OSP"
    sk = c["Stanowisko Kierowania Komendanta Miejskiego Państwowej Straży Pożarnej w Opolu"]
    assert sk.acronym == "SK KM PSP" and sk.parent == km.id
    assert mentions(km) == {"KM PSP w Opolu"}


def test_named_locality_offices() -> None:
    insts = run("Wnioski przyjmuje Urząd Gminy Lisia Góra oraz Urząd Miasta Bielsko-Biała.")
    c = by_canon(insts)
    assert c["Urząd Gminy Lisia Góra"].acronym == "UG"
    assert c["Urząd Gminy Lisia Góra"].locality == "Lisia Góra"
    assert "Urząd Miasta Bielsko-Biała" in c


def test_a_town_named_in_the_genitive_is_the_locality_in_the_nominative() -> None:
    """`Urząd Miasta Tarnowa` keeps its name as written; its locality is the town, Tarnów."""
    c = by_canon(run("Pismo wysłano do Urzędu Miasta Tarnowa i do Urzędu Miasta "
                     "Bielska-Białej."))
    assert c["Urząd Miasta Tarnowa"].locality == "Tarnów"
    assert c["Urząd Miasta Bielska-Białej"].locality == "Bielsko-Biała"


def test_district_offices_keep_the_capital_their_official_names_carry() -> None:
    """Warsaw's district offices are named `Urząd Dzielnicy X m.st. Warszawy`; they sit in
    Warsaw. A district's council written without the capital is named and located by its
    district alone, as the article gives it."""
    c = by_canon(run("Umowę podpisali przedstawiciele Urzędu Dzielnicy Ursus m.st. Warszawy, "
                     "a opinię wydała Rada Dzielnicy Bemowo."))
    assert c["Urząd Dzielnicy Ursus m.st. Warszawy"].locality == "Warszawa"
    assert c["Urząd Dzielnicy Ursus m.st. Warszawy"].kind == "local_government"
    assert c["Rada Dzielnicy Bemowo"].locality == "Bemowo"


def test_national_parks_are_named_institutions() -> None:
    """The 23 national parks are state legal persons (the nature conservation act): each is
    one named institution, in whatever case the article writes it."""
    c = by_canon(run("Ratownicy Bieszczadzkiego Parku Narodowego pomogli turystom, a dyrekcja "
                     "Parku Narodowego Gór Stołowych zamknęła szlak."))
    assert c["Bieszczadzki Park Narodowy"].kind == "environment"
    assert c["Bieszczadzki Park Narodowy"].locality is None
    assert "Park Narodowy Gór Stołowych" in c


def test_courts_prosecutors_and_districts() -> None:
    insts = run(
        "Akt oskarżenia trafił do Sądu Rejonowego Katowice-Wschód w Katowicach. "
        "Śledztwo prowadziła Prokuratura Okręgowa w Katowicach."
    )
    c = by_canon(insts)
    assert c["Sąd Rejonowy Katowice-Wschód w Katowicach"].acronym == "SR"
    assert c["Prokuratura Okręgowa w Katowicach"].acronym == "PO"


def test_a_district_named_after_its_town_and_part_with_no_town_after_it() -> None:
    """Courts and prosecutors' offices of cities with several are named after the town and
    its part (`Radom-Zachód`, `Kraków-Krowodrza`), also with no `w X` after the name; a
    mention with the town is the same office, and only such a mention puts the town in the
    canonical name (CONVENTIONS: the locality the article attaches)."""
    alone = by_canon(run("W niedzielę Prokuratura Rejonowa Radom-Zachód wystąpiła o areszt."))
    assert set(alone) == {"Prokuratura Rejonowa Radom-Zachód"}
    # a part of two words is read whole, not half; a hyphenated town is no district
    for name in ("Prokuratura Rejonowa Wrocław-Psie Pole", "Prokuratura Rejonowa Kraków-Nowa "
                 "Huta", "Sąd Rejonowy Poznań-Stare Miasto w Poznaniu"):
        assert set(by_canon(run(f"Sprawą zajmuje się {name}."))) == {name}
    assert not any("-" in c for c in by_canon(run("Sprawą zajmuje się Sąd Rejonowy "
                                                  "Bielsko-Biała.")))
    insts = run(
        "W niedzielę Prokuratura Rejonowa Radom-Zachód wystąpiła o areszt. "
        "Sprawę przejął Sąd Rejonowy dla Krakowa-Krowodrzy. Prokuratura Rejonowa "
        "Radom-Zachód w Radomiu skierowała też wniosek do sądu.")
    c = by_canon(insts)
    assert set(c) == {"Prokuratura Rejonowa Radom-Zachód w Radomiu",
                      "Sąd Rejonowy dla Krakowa-Krowodrzy"}
    assert c["Prokuratura Rejonowa Radom-Zachód w Radomiu"].locality == "Radom"
    assert len(c["Prokuratura Rejonowa Radom-Zachód w Radomiu"].mentions) == 2


def test_branch_offices_get_no_acronym_except_nfz() -> None:
    insts = run(
        "Wnioski przyjmuje Oddział ZUS w Chorzowie. Kontrakty podpisał Śląski Oddział "
        "Wojewódzki NFZ."
    )
    c = by_canon(insts)
    zus_branch = c["Zakład Ubezpieczeń Społecznych Oddział w Chorzowie"]
    assert zus_branch.acronym is None
    assert c["Zakład Ubezpieczeń Społecznych"].acronym == "ZUS"
    assert zus_branch.parent == c["Zakład Ubezpieczeń Społecznych"].id
    nfz = c["Śląski Oddział Wojewódzki Narodowego Funduszu Zdrowia"]
    assert nfz.acronym == "ŚOW NFZ"
    assert nfz.parent == c["Narodowy Fundusz Zdrowia"].id


def test_sanepid_is_the_local_psse() -> None:
    insts = run(
        "Powiatowa Stacja Sanitarno-Epidemiologiczna w Cieszynie wydała komunikat. "
        "Sanepid zaleca gotowanie wody."
    )
    assert len(insts) == 1
    assert mentions(insts[0]) == {"Powiatowa Stacja Sanitarno-Epidemiologiczna w Cieszynie",
                                  "Sanepid"}


def test_generic_named_organisations() -> None:
    insts = run(
        "Spektakl przygotował Teatr Lalek Rabcio, a zbiórkę prowadzi Stowarzyszenie "
        "„Razem dla Kobiór” oraz Spółdzielnia Mieszkaniowa „Zgoda” w Kłodzku."
    )
    c = by_canon(insts)
    assert "Teatr Lalek Rabcio" in c
    assert "Spółdzielnia Mieszkaniowa „Zgoda” w Kłodzku" in c


def test_companies_and_clubs() -> None:
    insts = run(
        "Wykonawcą jest firma Budimex, a materiały dostarczy Kruszbet Południe sp. z o.o. "
        "Mecz rozegra GKS Tychy."
    )
    c = by_canon(insts)
    assert c["Budimex"].kind == "company"
    assert "Kruszbet Południe sp. z o.o." in c
    assert c["GKS Tychy"].kind == "sport"


def test_legal_forms_in_a_list_of_companies() -> None:
    """The designation the Commercial Companies Code requires ends the name, however it is
    written (`Sp. z o.o.`, `Sp z o.o.`, `S.A.`, `Sp.j.`), also when its first word is
    capitalised like the name before it."""
    insts = run(
        "Partnerami festiwalu są: Opus-Film Sp. z o.o., Kinekspert Sp.j., Logos Sp z o.o., "
        "Fabryka Okien Wiśniewski S.A. i Uniwersytet Łódzki."
    )
    c = by_canon(insts)
    # the canonical name has the form's registered spelling, whichever one is written
    for name in ("Opus-Film sp. z o.o.", "Kinekspert sp. j.", "Logos sp. z o.o.",
                 "Fabryka Okien Wiśniewski S.A."):
        assert c[name].kind == "company"
    assert "Uniwersytet Łódzki" in c


def test_a_ministry_named_in_lower_case_is_the_ministry() -> None:
    """The press names ministries by their domain in lower case; a gazetteer ministry flagged
    `lower` matches so, in every case, and keeps its canonical name."""
    c = by_canon(run("Jak podało ministerstwo zdrowia, rozmowy z ministerstwem finansów trwają."))
    assert {"Ministerstwo Zdrowia", "Ministerstwo Finansów"} <= set(c)
    assert run("Nowe ministerstwo powstanie w przyszłym roku.") == []


def test_a_company_name_starts_after_its_officer_or_town() -> None:
    c = by_canon(run("Zdaniem Prezes Zarządu Warsaw Equity Holding Sp. z o.o. spółka rośnie, "
                     "a w Lublinie Telekomunikacja Polska S.A. otworzyła nowe biuro."))
    assert {"Warsaw Equity Holding sp. z o.o.", "Telekomunikacja Polska S.A."} <= set(c)


@pytest.mark.parametrize("text", [
    "Policjanci zatrzymali mężczyznę, a policja apeluje o ostrożność.",
    "Miasto przygotowało nowe parkingi, urzędnicy odpowiadają na pytania mieszkańców.",
    "Jan Kowalski i Anna Nowak spotkali się w Sosnowcu.",
    "Prezydent Miasta Tychy objął patronat, a Państwowy Powiatowy Inspektor Sanitarny ostrzega.",
    "Sąd uznał, że Zarząd nie miał racji. Statystyki PSP są niepokojące.",
    "Zgłoszenia przez aplikację ePUAP i stronę policja.pl.",
    "Strażnicy miejscy i strażacy pomagali mieszkańcom.",
])
def test_negatives(text: str) -> None:
    assert run(text) == []


def test_bare_ambiguous_acronym_is_not_an_institution() -> None:
    assert run("Politycy PO i PR firmy spotkali się w SM.") == []


def test_chrome_is_not_read() -> None:
    text = "Komenda Miejska Policji w Sosnowcu\nCzytaj też: Sąd Rejonowy w Zabrzu skazał"
    lines = [ln for ln in split_lines(text) if not ln.blank]
    blocks = [Block("paragraph", (lines[0],)), Block("chrome", (lines[1],), chrome="related")]
    insts = extract_institutions(text, blocks)
    assert [i.canonical for i in insts] == ["Komenda Miejska Policji w Sosnowcu"]


def test_ids_and_parent_ids_are_consistent() -> None:
    insts = run("Wydział Prewencji KMP w Sosnowcu oraz Komenda Miejska Policji w Sosnowcu.")
    ids = [i.id for i in insts]
    assert ids == [f"I{n}" for n in range(1, len(ids) + 1)]
    assert all(i.parent in ids for i in insts if i.parent)


def test_superlative_adjectives_keep_their_degree() -> None:
    insts = run("Skargę rozpatrzy Wydział Karny Sądu Najwyższego oraz Sąd Najwyższy "
                "w pełnym składzie.")
    c = by_canon(insts)
    assert "Sąd Najwyższy" in c
    assert "Wydział Karny Sądu Najwyższego" in c


def test_prefix_adjectives_make_a_new_name() -> None:
    insts = run(
        "Salę udostępnia Bielskie Centrum Kultury, a książki Miejska i Powiatowa Biblioteka "
        "Publiczna w Czeladzi. Nagrody wręczył dyrektor I Liceum Ogólnokształcącego im. "
        "Bolesława Chrobrego w Będzinie."
    )
    c = by_canon(insts)
    assert "Bielskie Centrum Kultury" in c
    assert "Miejska i Powiatowa Biblioteka Publiczna w Czeladzi" in c
    lo = c["I Liceum Ogólnokształcące im. Bolesława Chrobrego w Będzinie"]
    assert lo.acronym == "LO"


def test_unit_named_only_with_town_gets_implied_parent() -> None:
    insts = run("Na miejsce przyjechały zastępy z JRG 2 w Katowicach i JRG w Pszczynie.")
    c = by_canon(insts)
    assert ("Jednostka Ratowniczo-Gaśnicza nr 2 Komendy Miejskiej Państwowej Straży Pożarnej "
            "w Katowicach") in c
    assert ("Jednostka Ratowniczo-Gaśnicza Komendy Powiatowej Państwowej Straży Pożarnej "
            "w Pszczynie") in c


def test_osp_with_ksrg_designation() -> None:
    insts = run("Pomagali druhowie z OSP KSRG Wojkowice.")
    assert [i.canonical for i in insts] == ["Ochotnicza Straż Pożarna w Wojkowicach"]
    assert mentions(insts[0]) == {"OSP KSRG Wojkowice"}


def test_lower_case_names_count_only_with_a_town() -> None:
    assert run("Pracownicy miejskiego ośrodka pomocy społecznej pomagali.") == []
    insts = run("Spotkanie partnerskiego zespołu kooperacyjnego gminy Będzin odbyło się wczoraj.")
    assert [i.canonical for i in insts] == ["Partnerski Zespół Kooperacyjny w Będzinie"]


def test_bare_generic_types_are_dropped_and_a_named_unit_without_parent_stays() -> None:
    insts = run("Dom Kultury otwiera sezon. Zespół Szkół zaprasza. Wydział Prewencji apeluje.")
    assert [(i.canonical, i.kind, i.parent) for i in insts] == [
        ("Wydział Prewencji", "police", None)]
    insts = run("Trzeba pójść do sekretariatu Wydziału Matematyki. Wydział czeka na studentów.")
    assert [(i.canonical, i.parent, mentions(i)) for i in insts] == [
        ("Wydział Matematyki", None, {"Wydziału Matematyki"})]
    # a head before a person's name is an eponym, not a unit: a syndrome
    assert run("Zespół Conna to rzadka choroba. Objawy Zespołu Tourette są inne.") == []


def test_police_unit_is_not_attached_to_another_kind() -> None:
    insts = run("Autobusy Miejskiego Zakładu Komunikacji w Opolu pojadą objazdem. "
                "Wydział Ruchu Drogowego apeluje o ostrożność.")
    assert [(i.canonical, i.kind, i.parent) for i in insts] == [
        ("Miejski Zakład Komunikacji w Opolu", "transport", None),
        ("Wydział Ruchu Drogowego", "police", None)]


def test_institution_kinds_and_localities_in_nominative() -> None:
    insts = run("Wniosek złożono w Urzędzie Skarbowym w Tarnowskich Górach "
                "i w Powiatowym Urzędzie Pracy w Dąbrowie Górniczej.")
    c = by_canon(insts)
    assert c["Urząd Skarbowy w Tarnowskich Górach"].kind == "tax"
    assert c["Urząd Skarbowy w Tarnowskich Górach"].locality == "Tarnowskie Góry"
    assert c["Powiatowy Urząd Pracy w Dąbrowie Górniczej"].locality == "Dąbrowa Górnicza"


def test_person_after_acronym_is_not_a_locality() -> None:
    insts = run("Gratulacje przekazała dyrektor ZSP nr 1 Anna Nowak, a wyniki ogłosił "
                "Zespół Szkół Ponadpodstawowych nr 1 im. Jana Pawła II w Oleśnie.")
    assert len(insts) == 1
    zsp = insts[0]
    assert zsp.canonical == "Zespół Szkół Ponadpodstawowych nr 1 im. Jana Pawła II w Oleśnie"
    assert "ZSP nr 1" in mentions(zsp)


def test_similar_villages_stay_apart() -> None:
    insts = run("Stoisko przygotowało Koło Gospodyń Wiejskich w Wachowie, a obok stało "
                "KGW Wachowice.")
    assert {i.canonical for i in insts} == {"Koło Gospodyń Wiejskich w Wachowie",
                                           "Koło Gospodyń Wiejskich w Wachowicach"}


def test_introduced_acronym_wins_over_gazetteer_acronym() -> None:
    insts = run("Orzeczenia wydaje Powiatowy Zespół ds. Orzekania o Niepełnosprawności "
                "w Będzinie (PZON). Wnioski do PZON składa się osobiście.")
    assert len(insts) == 1
    assert insts[0].canonical == ("Powiatowy Zespół do Spraw Orzekania o Niepełnosprawności "
                                  "w Będzinie")
    assert insts[0].acronym == "PZON"
    assert sum(m.text == "PZON" for m in insts[0].mentions) == 2


def test_coordinated_organisations_stay_apart() -> None:
    """`X i Y`: a name does not run through `i` into the next organisation's head, but
    `Ośrodek Sportu i Rekreacji` keeps its `i`."""
    got = by_canon(run("Wystawę przygotowały Biblioteka Śląska i Muzeum Zagłębia w Będzinie, "
                       "a bilety sprzedaje Ośrodek Sportu i Rekreacji w Będzinie."))
    assert set(got) == {"Biblioteka Śląska", "Muzeum Zagłębia w Będzinie",
                        "Ośrodek Sportu i Rekreacji w Będzinie"}


def test_a_name_does_not_run_into_an_organisation_an_adjective_opens() -> None:
    """`X i Katolickie Stowarzyszenie Młodzieży`: a capitalised adjective before a head word
    after `i` starts the second organisation; `Ministerstwo Nauki i Szkolnictwa Wyższego`
    keeps its `i` (no head word follows), and so does `Wydział Elektroniki i Informatyki
    Politechniki` (a noun, not an adjective, before the head)."""
    got = by_canon(run("W akcję włączyło się Stowarzyszenie Rodzin Katolickich Diecezji "
                       "Tarnowskiej i Katolickie Stowarzyszenie Młodzieży, a patronat objęło "
                       "Ministerstwo Nauki i Szkolnictwa Wyższego wraz z Wydziałem Elektroniki "
                       "i Informatyki Politechniki Gdańskiej."))
    assert {"Stowarzyszenie Rodzin Katolickich Diecezji Tarnowskiej",
            "Katolickie Stowarzyszenie Młodzieży",
            "Ministerstwo Nauki i Szkolnictwa Wyższego",
            "Wydział Elektroniki i Informatyki Politechniki Gdańskiej"} <= set(got)


def test_a_name_does_not_run_on_through_the_sentence_after_a_connector() -> None:
    """Past `i`, `na`, `do` a name may hold one lower-case word (`na rzecz`); a second is the
    sentence going on, so `… Teologicznej i pełni funkcję prezesa Instytutu …` names two
    institutions, and `Instytut Badań nad Gospodarką Rynkową` keeps its `nad` phrase."""
    got = by_canon(run("Jest wykładowcą Papieskiej Akademii Teologicznej i pełni funkcję "
                       "prezesa Instytutu Nauk o Człowieku, a wcześniej doradzała mu Fundacja "
                       "na rzecz Dzieci. Eksperci Instytutu Badań nad Gospodarką Rynkową "
                       "ostrzegają przed recesją."))
    assert {"Papieska Akademia Teologiczna", "Instytut Nauk o Człowieku",
            "Fundacja na rzecz Dzieci", "Instytut Badań nad Gospodarką Rynkową"} <= set(got)
    assert not any("pełni" in name for name in got)


@pytest.mark.skipif(not morphology.available(), reason="morfeusz2 not installed")
def test_a_noun_that_cannot_be_a_genitive_after_i_starts_another_name() -> None:
    """Words joined inside a name are genitive complements or adjectives (`Przyjaciół Nauki
    i Sztuki`); `Instytutem Seksuologii oraz Katedrą …` names two."""
    got = by_canon(run("Kieruje Instytutem Seksuologii oraz Katedrą Psychologii Klinicznej, "
                       "a koncert zorganizowało Stowarzyszenie Przyjaciół Nauki i Sztuki w "
                       "Kole."))
    assert "Instytut Seksuologii" in got
    assert not any("Katedr" in name for name in got)
    assert "Stowarzyszenie Przyjaciół Nauki i Sztuki w Kole" in got


def test_a_compound_adjective_written_with_a_spaced_dash_stays_in_the_name() -> None:
    """`Ginekologiczno - Położniczego` (as some writers and tokenised corpora space it) is
    one compound adjective: the name runs on past it and its canonical form writes it with
    a hyphen, inflected as one word."""
    got = by_canon(run("Pacjentkę przewieziono do Szpitala Ginekologiczno - Położniczego w "
                       "Opolu, a koncert przygotowało Stowarzyszenie Kulturalno - Oświatowe "
                       "w Kole."))
    assert "Szpital Ginekologiczno-Położniczy w Opolu" in got
    assert mentions(got["Szpital Ginekologiczno-Położniczy w Opolu"]) == {
        "Szpitala Ginekologiczno - Położniczego w Opolu"}
    assert any(name.startswith("Stowarzyszenie Kulturalno-Oświatowe") for name in got)


def test_a_units_own_adjective_before_its_head_is_part_of_its_name() -> None:
    """`Pomorskiego Oddziału Straży Granicznej` inside a sentence: the agreeing capitalised
    adjective opens the unit's name; at a sentence start (`Nowe Biuro …`) it may be any
    adjective and stays out."""
    got = by_canon(run("Rzecznik Pomorskiego Oddziału Straży Granicznej poinformował o "
                       "zatrzymaniu. Nowe Biuro Paszportowe Urzędu Wojewódzkiego otwarto "
                       "w poniedziałek."))
    assert "Pomorski Oddział Straży Granicznej" in got
    assert got["Pomorski Oddział Straży Granicznej"].parent == got["Straż Graniczna"].id
    assert "Biuro Paszportowe Urzędu Wojewódzkiego" in got


@pytest.mark.skipif(not morphology.available(), reason="morfeusz2 not installed")
def test_a_name_ends_before_a_person_named_in_the_nominative() -> None:
    """`… Związku Zawodowego Lekarzy Krzysztof Bukiel`: a first name that cannot be a
    genitive, then a surname, is a person in apposition; a patron in the genitive (`Fundacja
    Anny Dymnej`) and a club's town (`Olimpia Grudziądz`) stay in the name. A unit whose
    own name holds its parent is not named twice."""
    got = by_canon(run("Prezes Ogólnopolskiego Związku Zawodowego Lekarzy Krzysztof Bukiel "
                       "skrytykował reformę. Pieniądze przekazała Fundacja Anny Dymnej z "
                       "Krakowa, a mecz wygrał Klub Sportowy Olimpia Grudziądz."))
    assert "Ogólnopolski Związek Zawodowy Lekarzy" in got
    assert "Fundacja Anny Dymnej z Krakowa" in got
    assert "Klub Sportowy Olimpia Grudziądz" in got
    assert not any("Bukiel" in name for name in got)
    got = by_canon(run("Targi zorganizowała Fundacja Młodzieżowej Przedsiębiorczości. Prezes "
                       "Zarządu Fundacji Młodzieżowej Przedsiębiorczości Zbigniew Modrzewski "
                       "otworzył targi."))
    unit = got["Zarząd Fundacji Młodzieżowej Przedsiębiorczości"]
    assert unit.parent == got["Fundacja Młodzieżowej Przedsiębiorczości"].id
    assert not any("Modrzewski" in name for name in got)


def test_a_board_named_by_its_organisation_takes_no_other_parent() -> None:
    """`Zarząd Grupy Tele2` is that group's board: it is not made a unit of the
    institution the page mentions most, while a department named by its function
    (`Wydział Prewencji`) still belongs to the page's police headquarters."""
    got = by_canon(run("Komenda Miejska Policji w Sosnowcu podsumowała rok. Wydział Prewencji "
                       "skontrolował szkoły, a Komenda Miejska Policji w Sosnowcu ogłosiła "
                       "nabór. Zarząd Grupy Tele2 zapowiedział nowe taryfy."))
    board = got["Zarząd Grupy Tele2"]
    assert board.parent is None
    prevention = got["Wydział Prewencji Komendy Miejskiej Policji w Sosnowcu"]
    assert prevention.parent == got["Komenda Miejska Policji w Sosnowcu"].id


def test_a_name_does_not_end_with_a_dangling_capital_letter() -> None:
    """`S.A.` after a board's name, an initial `P.` inside a patron's name: a single capital
    letter with its full stop is no word of the name, which ends before it instead of with
    a bare `S` or `P`."""
    got = by_canon(run("Decyzję podjął prezes Zarządu Cyfrowego Polsatu S.A. Dominik Libicki, "
                       "a pieniądze dała Fundacja Alfreda P. Sloana."))
    assert not any(name.endswith((" S", " P")) for name in got)
    assert any(name.startswith("Zarząd Cyfrow") and name.endswith("Polsatu") for name in got)


def test_locality_stops_before_a_person_name() -> None:
    got = by_canon(run("Dyrektor Powiatowego Urzędu Pracy w Będzinie Anna Nowak zachęca "
                       "bezrobotnych, a Sąd Rejonowy w Tarnowskich Górach orzekł."))
    assert set(got) == {"Powiatowy Urząd Pracy w Będzinie", "Sąd Rejonowy w Tarnowskich Górach"}
    assert mentions(got["Powiatowy Urząd Pracy w Będzinie"]) == {
        "Powiatowego Urzędu Pracy w Będzinie"}


def test_acronym_case_endings_stay_in_the_mention() -> None:
    got = by_canon(run("Pracownicy ZUS-u pomogą, a informacje są w MOSiR-ze."))
    assert mentions(got["Zakład Ubezpieczeń Społecznych"]) == {"ZUS-u"}
    assert mentions(got["Miejski Ośrodek Sportu i Rekreacji"]) == {"MOSiR-ze"}


def test_a_company_named_by_its_web_address_or_hyphenated_keeps_its_legal_form() -> None:
    c = by_canon(run("Umowę z AMG.net S.A. podpisało studio Se-ma-for Sp. z o.o., a portal "
                     "prowadzi firma Interia.pl SA z Krakowa."))
    assert {"AMG.net S.A.", "Se-ma-for sp. z o.o.", "Interia.pl S.A."} <= set(c)


def test_a_former_ministry_is_named_and_its_weak_acronym_needs_an_introduction() -> None:
    c = by_canon(run("Rzecznik Ministerstwa Pracy i Polityki Społecznej odpowiedział, a według "
                     "ministerstwa gospodarki ustawa wejdzie w życie w styczniu."))
    assert {"Ministerstwo Pracy i Polityki Społecznej", "Ministerstwo Gospodarki"} <= set(c)
    assert run("Dane o MSP i ME są niepełne, a eksperci czekają na raport.") == []
    c = by_canon(run("Ministerstwo Skarbu Państwa (MSP) sprzedało akcje. MSP zarobiło."))
    assert len(c["Ministerstwo Skarbu Państwa"].mentions) == 3


def test_international_and_eu_bodies_merge_with_their_acronyms() -> None:
    c = by_canon(run("Trybunał Sprawiedliwości Unii Europejskiej (TSUE) orzekł, że Polska "
                     "naruszyła prawo UE. Wyrok TSUE skomentowali eksperci ONZ i NATO, a "
                     "Organizacja Narodów Zjednoczonych wydała oświadczenie."))
    assert len(c["Trybunał Sprawiedliwości Unii Europejskiej"].mentions) == 3
    assert c["Unia Europejska"].acronym == "UE"
    assert len(c["Organizacja Narodów Zjednoczonych"].mentions) == 2
    assert c["Organizacja Traktatu Północnoatlantyckiego"].kind == "international"


def test_parties_merge_with_their_acronyms_and_a_town_keeps_the_local_office() -> None:
    c = by_canon(run("Posłowie Prawa i Sprawiedliwości (PiS) i Platformy Obywatelskiej "
                     "głosowali. PiS przegrało, a PO wstrzymała się. Prokurator PO w "
                     "Katowicach wszczął śledztwo."))
    assert mentions(c["Prawo i Sprawiedliwość"]) == {"Prawa i Sprawiedliwości", "PiS"}
    assert c["Platforma Obywatelska"].kind == "party"
    assert mentions(c["Platforma Obywatelska"]) == {"Platformy Obywatelskiej", "PO"}
    assert c["Prokuratura Okręgowa w Katowicach"].kind == "prosecution"


def test_every_gazetteer_type_id_is_unique() -> None:
    # a repeated id silently replaced one type by another (the loader keys types by id)
    from newsnlp.extract.institutions.gazetteer import _regional_types, _rows

    ids = [row[0] for row in _rows("gazetteer.tsv")] + [t.id for t in _regional_types()]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


def test_a_driving_test_centre_and_the_plural_name_of_occupational_therapy_workshops() -> None:
    c = by_canon(run("Egzamin w WORD w Tarnowie zdało 40 proc. kandydatów, a uczestnicy "
                     "Warsztatów Terapii Zajęciowej w Bochni wystawili przedstawienie."))
    assert c["Wojewódzki Ośrodek Ruchu Drogowego w Tarnowie"].acronym == "WORD"
    assert mentions(c["Warsztat Terapii Zajęciowej w Bochni"]) == {
        "Warsztatów Terapii Zajęciowej w Bochni"}


def test_the_service_name_between_a_unit_and_its_town_is_read_past() -> None:
    """`JRG PSP w Olkuszu`, `Jednostki Ratowniczo-Gaśniczej PSP w Olkuszu`: the unit of the
    town's fire service, not a bare JRG and a national PSP."""
    c = by_canon(run("Pożar gasili strażacy z Jednostki Ratowniczo-Gaśniczej PSP w Olkuszu."))
    jrg = c["Jednostka Ratowniczo-Gaśnicza Komendy Powiatowej Państwowej Straży Pożarnej "
            "w Olkuszu"]
    assert jrg.locality == "Olkusz"
    assert mentions(jrg) == {"Jednostki Ratowniczo-Gaśniczej PSP w Olkuszu"}


def test_a_locality_after_w_holds_only_words_that_can_be_locatives() -> None:
    got = run("Na dwa lata więzienia skazał wczoraj Sąd Okręgowy w Szczecinie Henryka Z., "
              "a Sąd Rejonowy w Nowym Mieście nad Pilicą oddalił apelację.")
    assert [(i.canonical, mentions(i)) for i in got] == [
        ("Sąd Okręgowy w Szczecinie", {"Sąd Okręgowy w Szczecinie"}),
        ("Sąd Rejonowy w Nowym Mieście nad Pilicą", {"Sąd Rejonowy w Nowym Mieście nad Pilicą"})]


def test_a_patron_written_out_is_the_abbreviated_patron() -> None:
    got = run("Uczniowie Szkoły Podstawowej imienia Jana Pawła II w Kielcach wygrali. "
              "Szkoła Podstawowa im. Jana Pawła II w Kielcach świętuje.")
    assert [(i.canonical, len(i.mentions)) for i in got] == [
        ("Szkoła Podstawowa im. Jana Pawła II w Kielcach", 2)]


def test_a_unit_name_neither_opens_with_nor_coordinates_a_common_noun() -> None:
    assert run("Sklepy otwarto w wielkopolskich miastach: Turku, Koła i Szamotuł.") == []
    got = run("Lekarze z Kliniki Neurologii i Wieku Podeszłego oraz działacze apelują.")
    assert [mentions(i) for i in got] == [{"Kliniki Neurologii i Wieku Podeszłego"}]


def test_a_company_is_named_in_the_nominative_and_its_legal_form_spellings_merge() -> None:
    got = run("Jerzy Nowak, członek zarządu Krajowej Spółki Cukrowej S.A., był obecny. "
              "Cukrownie zawarły porozumienie z Krajową Spółką Cukrową SA w piątek. "
              "W Lublinie Telekomunikacja Polska S.A. zatrudnia wielu ludzi. "
              "Komputer był dziełem firmy Amiga Inc. założonej w 1982 roku, a bankrutem "
              "została firma Worldcom, Inc. z Missisipi.")
    assert [(i.canonical, i.kind, len(i.mentions)) for i in got] == [
        ("Krajowa Spółka Cukrowa S.A.", "company", 2),
        ("Telekomunikacja Polska S.A.", "company", 1),
        ("Amiga Inc.", "company", 1), ("Worldcom, Inc.", "company", 1)]


def test_an_international_body_takes_no_quoted_programme_title() -> None:
    got = run('Podejrzany o korupcję przy programie Organizacji Narodów Zjednoczonych '
              '"Ropa za żywność" przyznał się do winy.')
    assert [(i.canonical, mentions(i)) for i in got] == [
        ("Organizacja Narodów Zjednoczonych", {"Organizacji Narodów Zjednoczonych"})]


def test_a_comma_that_lists_the_names_own_complements_stays_inside_it() -> None:
    got = run("Jest absolwentem Wydziału Prawa, Administracji i Ekonomii Uniwersytetu "
              "Wrocławskiego, a wsparcie obiecały Międzynarodowy Fundusz Walutowy, Bank "
              "Światowy i Komisja Europejska.")
    assert [i.canonical for i in got] == [
        "Wydział Prawa, Administracji i Ekonomii Uniwersytetu Wrocławskiego",
        "Uniwersytet Wrocławski", "Międzynarodowy Fundusz Walutowy", "Bank Światowy",
        "Komisja Europejska"]


def test_a_number_written_with_a_capital_nr_is_the_number_and_zgkim_is_known() -> None:
    got = run("Uczniowie Szkoły Podstawowej Nr 4 w Opolu wygrali, a pracownicy Zakładu "
              "Gospodarki Komunalnej i Mieszkaniowej w Opolu strajkują.")
    assert [(i.canonical, i.acronym) for i in got] == [
        ("Szkoła Podstawowa nr 4 w Opolu", "SP"),
        ("Zakład Gospodarki Komunalnej i Mieszkaniowej w Opolu", "ZGKiM")]


def test_a_type_names_own_words_may_be_coordinated_or_a_spaced_compound() -> None:
    got = run("Uczniowie Zespołu Szkół Licealnych i Agrotechnicznych w Opolu wygrali, a "
              "Zespołu Szkół Hotelarsko - Turystycznych w Nysie przegrali.")
    assert [i.canonical for i in got] == [
        "Zespół Szkół Licealnych i Agrotechnicznych w Opolu",
        "Zespół Szkół Hotelarsko-Turystycznych w Nysie"]
    # 'i' before another institution's name is no coordination of the suffix
    got = run("Dom Kultury Włókniarzy i Zespół Szkół Ponadpodstawowych w Opolu zapraszają.")
    assert [i.canonical for i in got] == [
        "Dom Kultury Włókniarzy", "Zespół Szkół Ponadpodstawowych w Opolu"]


@pytest.mark.parametrize(("piece", "lists"), [
    (", Kultury i Sportu", True),  # the comma of a list closed by `i`
    (", Kultury i Sportu w Opolu", True),  # a locality may follow
    (" i Sztuki", True),  # the last complement alone after `i`
    (" oraz Rozwoju Wsi", True),
    (" i Banku Światowego", False),  # a second organisation's head word
    (" i Anna Nowak", False),  # a first name: persons, not a complement
    (" i Kultury, Sportu", False),  # a comma after the conjunction lists nothing of this name
    (", Bank Światowy i Komisja Europejska", False),
])
def test_a_list_of_genitive_complements_is_told_from_a_second_name(piece: str,
                                                                  lists: bool) -> None:
    assert lists_complements(piece) is lists


@pytest.mark.parametrize(("text", "canonical", "kind"), [
    ("Zdjęcia do materiału udostępniła Agencja Gazeta.", "Agencja Gazeta", "media"),
    ("Jak podała w piątek agencja AFP, protestowało 10 tys. osób. Według Agencji AFP to "
     "najwięcej od lat.", "Agencja AFP", "media"),
    ("Informację potwierdziła Agencja Reuters, powołując się na źródła w rządzie.",
     "Agencja Reuters", "media"),
    ("Dopłaty wypłaca Agencja Rynku Rolnego w Warszawie.", "Agencja Rynku Rolnego w Warszawie",
     "government"),
])
def test_an_agency_named_in_apposition_is_no_public_body(text: str, canonical: str,
                                                         kind: str) -> None:
    """Public agencies are named in the genitive (`Agencja Rynku Rolnego`); an apposed name
    (`Agencja Gazeta`, `Agencja AFP`) is a news or photo agency."""
    if not morphology.available():
        pytest.skip("needs Morfeusz")
    assert by_canon(run(text))[canonical].kind == kind


def test_an_adjective_opens_the_organisation_a_unit_belongs_to() -> None:
    """`Wydział Dyscypliny Lubuskiego Związku Piłki Nożnej`: the capitalised adjective that
    agrees with a generic head pins the organisation down as a town would; it is the unit's
    parent (and an institution of the page), not part of the unit's name nor an unrelated
    police headquarters the page names too."""
    got = by_canon(run("Sprawą zajmuje się Komenda Miejska Policji w Gorzowie Wielkopolskim. "
                       "Karę nałożył Wydział Dyscypliny Lubuskiego Związku Piłki Nożnej."))
    owner = got["Lubuski Związek Piłki Nożnej"]
    unit = got["Wydział Dyscypliny Lubuskiego Związku Piłki Nożnej"]
    assert unit.parent == owner.id
    assert mentions(owner) == {"Lubuskiego Związku Piłki Nożnej"}


@pytest.mark.parametrize(("text", "canonical"), [
    ("Poprawki przyjął Mazowiecki Wojewódzki Związek Piłki Siatkowej.",
     "Mazowiecki Wojewódzki Związek Piłki Siatkowej"),
    ("Poprawki przyjął zarząd Warmińsko-Mazurskiego Wojewódzkiego Związku Piłki Siatkowej.",
     "Warmińsko-Mazurski Wojewódzki Związek Piłki Siatkowej"),
    ("Turniej zorganizował Kujawsko-Pomorski Związek Piłki Nożnej.",
     "Kujawsko-Pomorski Związek Piłki Nożnej"),
])
def test_a_region_and_a_level_open_a_name(text: str, canonical: str) -> None:
    """A regional body's name opens with up to two capitalised adjectives agreeing with its
    head, the region's compound one written with a hyphen (`Warmińsko-Mazurski`)."""
    if not morphology.available():
        pytest.skip("needs Morfeusz")
    assert [i.canonical for i in run(text)] == [canonical]


@pytest.mark.parametrize(("text", "canonicals"), [
    # the adjective right after a unit's head is the unit's own (`Zarząd Okręgowy`)
    ("Decyzję podjął prezes Zarządu Okręgowego Mazowieckiego Związku Piłki Nożnej.",
     ["Zarząd Okręgowy Mazowieckiego Związku Piłki Nożnej", "Mazowiecki Związek Piłki Nożnej"]),
    # a capital at a sentence's start tells nothing: the adjective after it stays the name's
    ("Trener odszedł po sezonie. Cały Śląski Związek Piłki Nożnej stanął za nim.",
     ["Śląski Związek Piłki Nożnej"]),
])
def test_a_second_adjective_opens_the_name_only_inside_a_sentence_and_its_own(
        text: str, canonicals: list[str]) -> None:
    if not morphology.available():
        pytest.skip("needs Morfeusz")
    assert sorted(i.canonical for i in run(text)) == sorted(canonicals)


def test_a_strong_acronym_keeps_its_reading_whatever_name_spells_it() -> None:
    """`SLD` is the party on a page that names `Stowarzyszenie Lokatorów Dąbrowa`: only a
    weak or shared acronym (`PO`) gives way to the page's name."""
    if not morphology.available():
        pytest.skip("needs Morfeusz")
    got = by_canon(run("Stowarzyszenie Lokatorów Dąbrowa zebrało podpisy. Radni SLD poparli "
                       "wniosek."))
    assert got["Sojusz Lewicy Demokratycznej"].mentions[0].text == "SLD"
    assert got["Stowarzyszenie Lokatorów Dąbrowa"].acronym is None


def test_a_unit_of_a_regional_body_keeps_the_whole_name_of_its_parent() -> None:
    """`Zarząd Warmińsko-Mazurskiego Wojewódzkiego Związku …`: the parent's name opens at the
    compound adjective, once, and the unit is named with the whole of it."""
    if not morphology.available():
        pytest.skip("needs Morfeusz")
    got = by_canon(run("Regulamin zmienił Zarząd Warmińsko-Mazurskiego Wojewódzkiego "
                       "Związku Piłki Siatkowej."))
    owner = got["Warmińsko-Mazurski Wojewódzki Związek Piłki Siatkowej"]
    unit = got["Zarząd Warmińsko-Mazurskiego Wojewódzkiego Związku Piłki Siatkowej"]
    assert unit.parent == owner.id


def test_an_acronym_spelled_by_a_name_on_the_page_is_that_institution() -> None:
    """`PO` on a page that names Politechnika Opolska is the university, not the party the
    gazetteer knows the acronym for; a unit under it (`Biuro Promocji PO`) is the
    university's. Without the full name on the page the acronym keeps its prior."""
    if not morphology.available():
        pytest.skip("needs Morfeusz")
    got = by_canon(run("Naukowcy z Politechniki Opolskiej opracowali nowy materiał. "
                       "Dni Otwarte PO odbędą się w marcu. Informację przekazało "
                       "Biuro Promocji PO."))
    uni = got["Politechnika Opolska"]
    assert uni.acronym == "PO" and "PO" in mentions(uni)
    assert got["Biuro Promocji Politechniki Opolskiej"].parent == uni.id
    assert "Platforma Obywatelska" not in got


def test_the_stock_exchange_is_named_as_it_officially_is_by_any_of_its_names() -> None:
    """`Giełda Papierów Wartościowych w Warszawie` is the exchange's official name; the
    name without its town and `GPW` are mentions of it."""
    got = run("Notowania na Giełdzie Papierów Wartościowych spadły. GPW milczy, a "
              "analitycy Giełdy Papierów Wartościowych w Warszawie czekają.")
    assert [(i.canonical, i.acronym, len(i.mentions)) for i in got] == [
        ("Giełda Papierów Wartościowych w Warszawie", "GPW", 3)]


def test_a_marshals_office_keeps_the_seat_the_article_gives_it() -> None:
    """`Urząd Marszałkowski Województwa Warmińsko-Mazurskiego w Olsztynie`: the canonical
    name holds the locality when the article attaches it (the gold's convention), as a
    voivode's office does; without one it stays the region's office."""
    got = run("Dotacje przyznał Urząd Marszałkowski Województwa Warmińsko-Mazurskiego w "
              "Olsztynie. Rzecznik Urzędu Marszałkowskiego Województwa Warmińsko-Mazurskiego "
              "potwierdził to w piątek.")
    assert [(i.canonical, i.locality, len(i.mentions)) for i in got] == [
        ("Urząd Marszałkowski Województwa Warmińsko-Mazurskiego w Olsztynie", "Olsztyn", 2)]
    got = run("Decyzję wydał Urząd Marszałkowski Województwa Śląskiego.")
    assert [i.canonical for i in got] == ["Urząd Marszałkowski Województwa Śląskiego"]


@pytest.mark.parametrize(("text", "canonical"), [
    ("Życzymy radosnych dni w Przedszkolu Samorządowym nr 2 w Rawie Mazowieckiej.",
     "Przedszkole Samorządowe nr 2 w Rawie Mazowieckiej"),
    ("Dzieci z Przedszkola Gminnego w Kampinosie odwiedziły strażaków.",
     "Przedszkole Gminne w Kampinosie"),
])
def test_preschools_run_by_a_commune_are_named_with_number_and_town(
        text: str, canonical: str) -> None:
    """`Przedszkole Samorządowe`, `Przedszkole Gminne`: the forms of a commune's preschool
    beside `Miejskie` and `Publiczne`, numbered and placed like a school."""
    if not morphology.available():
        pytest.skip("needs Morfeusz")
    assert [i.canonical for i in run(text)] == [canonical]


@pytest.mark.parametrize(("text", "canonical"), [
    ("Izba Rolnicza w Opolu zwróciła się do ministerstwa z wnioskiem.", "Izba Rolnicza w Opolu"),
    ("Wnioski przyjmuje Świętokrzyska Izba Rolnicza w Kielcach.",
     "Świętokrzyska Izba Rolnicza w Kielcach"),
    ("Stanowisko przyjęła Krajowa Rada Izb Rolniczych.", "Krajowa Rada Izb Rolniczych"),
])
def test_the_agricultural_chambers_are_institutions(text: str, canonical: str) -> None:
    """The farmers' self-government of the act on agricultural chambers: a chamber in each
    voivodeship (named by its seat or its region) and their national council."""
    if not morphology.available():
        pytest.skip("needs Morfeusz")
    assert [i.canonical for i in run(text)] == [canonical]


@pytest.mark.skipif(not morphology.available(), reason="morfeusz2 not installed")
def test_polish_embassies_and_consulates_abroad_with_their_city() -> None:
    """`Ambasada RP w Ankarze`, `Konsulatem Generalnym RP w Mediolanie` (two check sets'
    world news): Polish missions abroad, named with the foreign city they sit in; another
    country's embassy is not one of them."""
    insts = by_canon(run("Ambasada RP w Ankarze przekazała, że nie ma sygnałów o "
                         "poszkodowanych Polakach. Można też dzwonić do Konsulatu Generalnego "
                         "RP w Mediolanie. Ambasada USA w Warszawie milczy."))
    embassy = insts["Ambasada Rzeczypospolitej Polskiej w Ankarze"]
    assert embassy.locality == "Ankara" and embassy.kind == "government"
    assert mentions(insts["Konsulat Generalny Rzeczypospolitej Polskiej w Mediolanie"]) == {
        "Konsulatu Generalnego RP w Mediolanie"}
    assert not any("USA" in name or "Warszaw" in name for name in insts)


def test_a_legal_form_ends_the_canonical_name() -> None:
    """`sp. z o.o.`, `S.A.` after a name are part of the company's registered name, after
    its seat too (`… w Dobrzeniu Wielkim sp. z o.o.`); a town alone before the form is no
    company (`Szpital w Mrągowie sp. z o.o.`: the form closes the name before `w`)."""
    c = by_canon(run("Sieć płucze Przedsiębiorstwo Gospodarki Komunalnej w Dobrzeniu Wielkim "
                     "sp. z o.o. Kredytu udzielił PKO Bank Polski S.A. w zeszłym roku."))
    assert "Przedsiębiorstwo Gospodarki Komunalnej w Dobrzeniu Wielkim sp. z o.o." in c
    assert "PKO Bank Polski S.A." in c
    town = by_canon(run("Pacjentów przyjmie Powiatowy Szpital w Mrągowie sp. z o.o., który "
                        "podpisał umowę."))
    assert set(town) == {"Powiatowy Szpital w Mrągowie sp. z o.o."}


def test_a_club_acronym_of_one_reading_is_written_out() -> None:
    """`UKS`, `LKS`: the Sports Act's forms, written out in the canonical name with the
    acronym kept; `MKS` (Miejski or Międzyszkolny) stays as written."""
    c = by_canon(run("Medale zdobyli zawodnicy UKS Olimp Gorlice, a mecz wygrał LKS Iskra "
                     "Brzeźnica z MKS Oleśnica."))
    assert c["Uczniowski Klub Sportowy Olimp Gorlice"].acronym == "UKS"
    assert c["Ludowy Klub Sportowy Iskra Brzeźnica"].acronym == "LKS"
    assert "MKS Oleśnica" in c


def test_a_participle_in_a_name_keeps_its_affirmative_form() -> None:
    """`Zespolonego` (the participle of `zespolić`) in the nominative is `Zespolony`, not
    its negated form."""
    c = by_canon(run("Pacjentów przyjmuje poradnia Wojewódzkiego Szpitala Zespolonego w "
                     "Kielcach."))
    assert "Wojewódzki Szpital Zespolony w Kielcach" in c


def test_a_branch_named_after_its_agency_and_a_district_office_before_it() -> None:
    """`<Agency> Oddział w X` (GDDKiA's and ZUS's own naming) is the branch, after the
    agency's full name in any case; ARiMR names its offices the other way round (`Biuro
    Powiatowe ARiMR w Chełmie`); a research institute's status (`– Państwowy Instytut
    Badawczy`) ends its name."""
    c = by_canon(run("Według danych Generalnej Dyrekcji Dróg Krajowych i Autostrad Oddział w "
                     "Poznaniu ruch wzrósł. Wnioski przyjmuje Biuro Powiatowe ARiMR w Chełmie. "
                     "Ostrzeżenie wydał Instytut Meteorologii i Gospodarki Wodnej – Państwowy "
                     "Instytut Badawczy."))
    branch = c["Generalna Dyrekcja Dróg Krajowych i Autostrad Oddział w Poznaniu"]
    assert mentions(branch) == {
        "Generalnej Dyrekcji Dróg Krajowych i Autostrad Oddział w Poznaniu"}
    assert branch.acronym is None  # no branch of a national agency has one
    assert "Biuro Powiatowe Agencji Restrukturyzacji i Modernizacji Rolnictwa w Chełmie" in c
    assert "Instytut Meteorologii i Gospodarki Wodnej – Państwowy Instytut Badawczy" in c


def test_a_hyphenated_brand_after_a_company_noun_stays_as_written() -> None:
    """`firmy Lub-Drew sp. z o.o.`: a hyphenated brand stands in apposition, in the
    nominative (not the genitive of `Luba-Drew`); a name of several words agrees with its
    noun and is read to the nominative."""
    c = by_canon(run("Halę wynajmowała firma Lub-Drew sp. z o.o. z Lublina. Zarząd spółki "
                     "Krajowej Spółki Cukrowej S.A. zdecydował inaczej, a pracownicy firmy "
                     "Mostostalu S.A. protestowali."))
    assert "Lub-Drew sp. z o.o." in c
    assert "Krajowa Spółka Cukrowa S.A." in c
    assert "Mostostal S.A." in c  # a brand of one word is read to the nominative


def test_a_government_fund_the_model_tags_is_a_programme() -> None:
    from newsnlp.extract.institutions.evidence import model_name_ok

    assert not model_name_ok("Rządowy Fundusz Rozwoju Dróg")
    assert not model_name_ok("Rządowy Program Odbudowy Zabytków")
    assert model_name_ok("Narodowy Fundusz Zdrowia")


def test_a_courts_department_keeps_its_ordinal() -> None:
    """Courts number their departments (`II Wydział Karny`, `I Wydział Cywilny`): the
    Roman ordinal is part of the unit's name."""
    c = by_canon(run("Wyrok wydał II Wydział Karny Sądu Okręgowego w Płocku, a apelację "
                     "rozpatrzy I Wydział Cywilny Sądu Apelacyjnego w Krakowie."))
    assert {"II Wydział Karny Sądu Okręgowego w Płocku",
            "I Wydział Cywilny Sądu Apelacyjnego w Krakowie"} <= set(c)


def test_a_unit_in_an_institution_named_after_w_is_its_unit() -> None:
    """`Oddział … w Wojewódzkim Szpitalu Zespolonym`: the words after `w` name an
    institution, not a town; the unit belongs to it and the hospital keeps its patron."""
    c = by_canon(run("Stan surowy nowego Szpitalnego Oddziału Ratunkowego w Wojewódzkim "
                     "Szpitalu Zespolonym im. Ludwika Perzyny w Kaliszu jest już zamknięty."))
    hospital = "Wojewódzki Szpital Zespolony im. Ludwika Perzyny w Kaliszu"
    assert hospital in c
    unit = c["Szpitalny Oddział Ratunkowy Wojewódzkiego Szpitala Zespolonego im. Ludwika "
             "Perzyny w Kaliszu"]
    assert mentions(unit) == {"Szpitalnego Oddziału Ratunkowego"}
    assert unit.parent == c[hospital].id


def test_a_university_keeps_its_patron_and_its_seat() -> None:
    """Polish higher schools bear a patron between the name and the seat, and the seat is
    part of the name (`Uniwersytet Kazimierza Wielkiego w Bydgoszczy`)."""
    c = by_canon(run("Wystąpili absolwenci Akademii Muzycznej im. Karola Szymanowskiego w "
                     "Katowicach i studenci Uniwersytetu Kazimierza Wielkiego w Bydgoszczy."))
    assert set(c) == {"Akademia Muzyczna im. Karola Szymanowskiego w Katowicach",
                      "Uniwersytet Kazimierza Wielkiego w Bydgoszczy"}


def test_a_seat_after_a_legal_form_belongs_to_the_company() -> None:
    c = by_canon(run("Mówi kierownik punktu skupu Agro-Kot sp. z o.o. w Hrubieszowie. Umowę "
                     "podpisała Przychodnia Specjalistyczna „Centrum” sp. z o.o. w maju."))
    assert mentions(c["Agro-Kot sp. z o.o. w Hrubieszowie"]) == {
        "Agro-Kot sp. z o.o. w Hrubieszowie"}
    # a legal form after a quoted name closes that name
    assert "Przychodnia Specjalistyczna „Centrum” sp. z o.o." in c
    # a name whose nouns `i` joins, before its seat and its legal form; no company noun
    assert set(by_canon(run("Mecenasem jest spółka Wodociągi i Kanalizacja w Opolu sp. z o.o. "
                            "od lat."))) == {"Wodociągi i Kanalizacja w Opolu sp. z o.o."}
    assert set(by_canon(run("Umowę zawarła Spółka i Kanalizacja w Opolu sp. z o.o. wczoraj."))
               ) == {"Kanalizacja w Opolu sp. z o.o."}
    # a name in a town's place after `w` is no seat
    assert "Orkiestra Dęta w Wojewódzkim Szpitalu" not in " ".join(by_canon(run(
        "Gra Orkiestra Dęta w Wojewódzkim Szpitalu Zespolonym w Kaliszu.")))


def test_an_acronym_that_spells_a_name_with_its_town_is_that_institution() -> None:
    """`UNP` spells Uniwersytet Nadwiślański w Płocku with its town's initial, as
    universities' acronyms do (UEK, UMB): the full name on the page is the evidence."""
    c = by_canon(run("Studenci Uniwersytetu Nadwiślańskiego w Płocku wygrali konkurs. "
                     "Władze UNP pogratulowały zwycięzcom."))
    uni = c["Uniwersytet Nadwiślański w Płocku"]
    assert mentions(uni) == {"Uniwersytetu Nadwiślańskiego w Płocku", "UNP"}
    assert uni.acronym == "UNP"
    # a word in capitals spells no name
    c = by_canon(run("Towarzystwo Aktywnych Kobiet zaprasza. Mówimy TAK."))
    assert mentions(c["Towarzystwo Aktywnych Kobiet"]) == {"Towarzystwo Aktywnych Kobiet"}


def test_a_faculty_belongs_to_the_university_of_the_page() -> None:
    c = by_canon(run("Na Uniwersytecie Nadwiślańskim w Płocku działa Wydział Nauk Ścisłych, "
                     "którego dziekan zabrał głos."))
    faculty = c["Wydział Nauk Ścisłych Uniwersytetu Nadwiślańskiego w Płocku"]
    assert faculty.parent == c["Uniwersytet Nadwiślański w Płocku"].id


def test_a_regional_health_fund_branch_written_with_its_acronym() -> None:
    """`Lubuski OW NFZ`: the region's adjective before the acronym of the rest, in any
    case, is the voivodeship branch of the fund."""
    c = by_canon(run("Według Lubuskiego OW NFZ kolejki maleją. Śląski OW NFZ podał to samo."))
    assert mentions(c["Lubuski Oddział Wojewódzki Narodowego Funduszu Zdrowia"]) == {
        "Lubuskiego OW NFZ"}
    assert c["Śląski Oddział Wojewódzki Narodowego Funduszu Zdrowia"].acronym == "ŚOW NFZ"


@pytest.mark.skipif(not morphology.available(), reason="morfeusz2 not installed")
def test_teams_named_by_name_and_town_on_a_match_report() -> None:
    """On a page that reports a match, a name and a town in the nominative name a team,
    in any case of the name; the bare name then stands for it."""
    c = by_canon(run("Orkan Ciechocinek przegrał ze Zrywem Rypin 1:3 w meczu 19. kolejki IV "
                     "ligi. W następnej kolejce Orkan zagra w sobotę, a trener Zrywu chwali "
                     "drużynę."))
    assert mentions(c["Orkan Ciechocinek"]) == {"Orkan Ciechocinek", "Orkan"}
    assert mentions(c["Zryw Rypin"]) == {"Zrywem Rypin", "Zrywu"}
    assert c["Zryw Rypin"].kind == "sport"


@pytest.mark.skipif(not morphology.available(), reason="morfeusz2 not installed")
def test_an_adverb_or_a_day_before_a_town_is_no_team() -> None:
    """On a match report, `Wczoraj Kraków` (an adverb), `Sobota Wrocław` (a day's name) name
    no team; a river that opens a sentence is no team's bare name."""
    got = by_canon(run("Wynik meczu 2:1, drużyna trenera Nowaka wygrała. Wczoraj Kraków "
                       "świętował, a Sobota Wrocław zapowiada koncert. Gramy z Wisłą Kraków. "
                       "Wisła wylała wczoraj."))
    assert set(got) == {"Wisła Kraków"}
    assert mentions(got["Wisła Kraków"]) == {"Wisłą Kraków"}


@pytest.mark.skipif(not morphology.available(), reason="morfeusz2 not installed")
def test_a_name_and_a_town_outside_sport_are_no_team() -> None:
    # no score, no club and no word of sport: a river and a town are not read as a team
    assert run("Nad Pilicą Tomaszów Mazowiecki buduje bulwary, a Wda Świecie omija.") == []


def test_a_research_institutes_acronym_with_its_status_and_a_hunting_club() -> None:
    """`IMGW-PIB` (the Research Institutes Act's status after the acronym) names the
    institute with its status; a hunting club (Prawo łowieckie) takes its number, its quoted
    name and its seat."""
    c = by_canon(run("Ostrzeżenie wydał IMGW-PIB w piątek. Polowanie zorganizowało Koło "
                     "Łowieckie nr 14 „Bażant” w Krotoszynie."))
    institute = c["Instytut Meteorologii i Gospodarki Wodnej – Państwowy Instytut Badawczy"]
    assert mentions(institute) == {"IMGW-PIB"}
    assert "Koło Łowieckie nr 14 „Bażant” w Krotoszynie" in c


def test_an_adjective_agrees_with_a_head_that_does_not_decline() -> None:
    """`Centrum`, `Muzeum` (Latin neuters in -um) have one form in the singular: the
    adjective before them tells the case (`w kasie Wadowickiego Centrum Kultury`)."""
    c = by_canon(run("Bilety są w kasie Wadowickiego Centrum Kultury od piątku."))
    assert mentions(c["Wadowickie Centrum Kultury"]) == {"Wadowickiego Centrum Kultury"}


def test_a_brand_after_a_company_noun_stays_as_written() -> None:
    """`firma Trail-Bud sp. z o.o.`: in apposition the name keeps its nominative, whatever
    the noun's case; Morfeusz would read `Bud` and `Ryb` as genitive plurals (`Budy`, `Ryba`)."""
    c = by_canon(run("Prace wykonała firma Trail-Bud sp. z o.o. z Węgierskiej Górki, a "
                     "nagrody ufundowała firma Agro-Ryb sp. z o.o. z Aleksandrowa Kujawskiego."))
    assert {"Trail-Bud sp. z o.o.", "Agro-Ryb sp. z o.o."} <= set(c)
    assert "Trail-Bud" in by_canon(run("Remont prowadzi firma Trail-Bud z Węgierskiej Górki."))


def test_a_generic_school_name_keeps_its_number() -> None:
    """`Publiczna Szkoła Podstawowa nr 21`: the adjective makes the type's name a name of its
    own; the number still tells the school from the others in town."""
    c = by_canon(run("Zawody przeprowadzono w Publicznej Szkole Podstawowej nr 21 w Opolu. "
                     "Wygrali uczniowie z Publicznej Szkoły Podstawowej nr 5 w Opolu."))
    assert "Publiczna Szkoła Podstawowa nr 21 w Opolu" in c
    assert mentions(c["Publiczna Szkoła Podstawowa nr 5 w Opolu"]) == {
        "Publicznej Szkoły Podstawowej nr 5 w Opolu"}  # two schools, not one


def test_a_unit_leaves_its_parent_s_ordinal_to_the_parent() -> None:
    """`Rady Rodziców III LO`: the Roman ordinal opens the school's name, not the council's."""
    c = by_canon(run("Laureat otrzyma nagrodę Rady Rodziców III LO w Suwałkach podczas apelu."))
    assert "Rada Rodziców III Liceum Ogólnokształcącego w Suwałkach" in c
    assert "III Liceum Ogólnokształcące w Suwałkach" in c


def test_a_named_organisation_owned_by_a_school_keeps_the_school_s_ordinal() -> None:
    """`Stowarzyszenie Absolwentów I LO`: the Roman ordinal opens the school's name, which
    names the association's owner in the genitive (an acronym shows no case); the ordinal is
    written once."""
    c = by_canon(run("Z okazji jubileuszu Stowarzyszenie Absolwentów I LO w Bytowie wydało "
                     "księgę, a Stowarzyszenie Przyjaciół II Liceum Ogólnokształcącego w Opolu "
                     "zebrało pieniądze."))
    assert "Stowarzyszenie Absolwentów I Liceum Ogólnokształcącego w Bytowie" in c
    assert "Stowarzyszenie Przyjaciół II Liceum Ogólnokształcącego w Opolu" in c
    assert not any(name.endswith(" I") for name in c)


def test_a_town_written_after_the_legal_form_stays_after_it() -> None:
    """`MPWiK Sp. z o.o. w Siedlcach`: the seat follows the legal form as the page writes it
    (the mention runs over it); written before the form, it stays before it."""
    c = by_canon(run("Kierownik Działu Sieci Wodociągowej MPWiK zapowiada naprawę do wieczora. "
                     "Za utrudnienia przeprasza MPWiK Sp. z o.o. w Siedlcach."))
    whole = "Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji sp. z o.o. w Siedlcach"
    assert mentions(c[whole]) == {"MPWiK", "MPWiK Sp. z o.o. w Siedlcach"}
    assert ("Dział Sieci Wodociągowej Miejskiego Przedsiębiorstwa Wodociągów i Kanalizacji "
            "sp. z o.o. w Siedlcach") in c
    before = by_canon(run("Umowę podpisało Przedsiębiorstwo Gospodarki Komunalnej w Dobrzeniu "
                          "Wielkim sp. z o.o. we wtorek."))
    assert "Przedsiębiorstwo Gospodarki Komunalnej w Dobrzeniu Wielkim sp. z o.o." in before
    # a national company's town is a site's place; a council, no town
    others = by_canon(run("Orlen S.A. w Gdańsku otworzył stację, a MPWiK Sp. z o.o. w Radzie "
                          "Nadzorczej ma nowego członka."))
    assert mentions(others["Orlen S.A."]) == {"Orlen S.A."}
    assert mentions(others["Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji sp. z o.o."]) == {
        "MPWiK Sp. z o.o."}


def test_an_acronym_the_site_s_chrome_spells_is_the_site_s_owner() -> None:
    """An institution's site names itself in full in its footer (and header) and by its
    acronym in its articles: an acronym the model tags that the article's names do not spell
    is the footer's name (and a unit named with it is that institution's), though the
    chrome yields no mention; another article's headline in a related list is no owner."""
    text = ("Lubelski Ośrodek Doradztwa Rolniczego w Końskowoli\nAktualności | Kontakt\n"
            "Doradcy Działu Ekonomiki i Rynku Rolnego LODR zebrali ceny zbóż w 24 punktach "
            "skupu. Według LODR pszenica zdrożała o 20 zł za tonę.\n© 2026 Lubelski Ośrodek "
            "Doradztwa Rolniczego w Końskowoli. Wszelkie prawa zastrzeżone.")
    kinds = ["chrome", "chrome", "paragraph", "chrome"]
    blocks = [Block(k, (ln,)) if k != "chrome" else Block("chrome", (ln,), chrome="other")  # type: ignore[arg-type]
              for k, ln in zip(kinds, [x for x in split_lines(text) if not x.blank], strict=True)]
    tagged = [(k, k + 4) for k in (text.index("LODR zebrali"), text.index("LODR pszenica"))]
    c = by_canon(extract_institutions(text, blocks, extra_candidates=tagged))
    assert mentions(c["Lubelski Ośrodek Doradztwa Rolniczego"]) == {"LODR"}
    assert "Dział Ekonomiki i Rynku Rolnego Lubelskiego Ośrodka Doradztwa Rolniczego" in c
    related = [replace(b, chrome="related") if b.start >= text.index("© 2026") else b
               for b in blocks]
    assert "LODR" in by_canon(extract_institutions(text, related, extra_candidates=tagged))


def test_a_coined_brand_is_not_read_as_a_plural() -> None:
    """`Rem-Bud`, `Termo-Lab`: Morfeusz reads the brand's last part only as a genitive
    plural (`buda`, `laba`); a coined brand is not inflected so, and stays as written, while
    a brand in the singular genitive is read to the nominative (`Polimex-Mostostalu`)."""
    c = by_canon(run("Remont wykonała spółka Rem-Bud Sandomierz sp. z o.o., a grant dostał "
                     "Termo-Lab sp. z o.o. z Radomia. Kurs akcji Polimex-Mostostalu S.A. wzrósł."))
    assert {"Rem-Bud Sandomierz sp. z o.o.", "Termo-Lab sp. z o.o.",
            "Polimex-Mostostal S.A."} <= set(c)
    # a plural written out is a word, and an adjective agrees: both read to the nominative
    words = by_canon(run("Umowę z Warmińsko-Mazurskich Wodociągów sp. z o.o. rozwiązano, a "
                         "okna kupiono od Eko-Okien sp. z o.o. z Olsztyna."))
    assert {"Warmińsko-Mazurskie Wodociągi sp. z o.o.", "Eko-Okna sp. z o.o."} <= set(words)


def test_border_guard_units_by_their_region() -> None:
    """The Border Guard's regional units (oddziały) are named by their region and written
    with `OSG`; a post (placówka) with `SG` stands for Straż Graniczna."""
    c = by_canon(run("Funkcjonariusze Placówki SG w Medyce zatrzymali przemytnika. Od stycznia "
                     "Bieszczadzki OSG udaremnił 40 prób przemytu, a Nadbużańskiego OSG 25."))
    assert c["Bieszczadzki Oddział Straży Granicznej"].acronym == "BiOSG"
    assert "Nadbużański Oddział Straży Granicznej" in c
    assert mentions(c["Placówka Straży Granicznej w Medyce"]) == {"Placówki SG w Medyce"}


def test_an_adjectival_surname_after_an_acronym_is_no_town() -> None:
    """`MPEC Zamość` names the town, `MPEC Grzegorz Sadowski` the company's president: a
    first name before a surname in -ski, -cki, -dzka is a person, while a first name before
    another adjective may be a place (`Kazimierz Dolny`)."""
    c = by_canon(run("Prezes zarządu MPEC Grzegorz Sadowski tłumaczy podwyżkę. MPEC Zamość "
                     "inwestuje w kogenerację, a OSP Kazimierz Dolny dostała nowy wóz."))
    assert "Miejskie Przedsiębiorstwo Energetyki Cieplnej w Zamościu" in c
    assert not any("Grzegorz" in name for name in c)
    assert "Ochotnicza Straż Pożarna w Kazimierzu Dolnym" in c


def test_a_unit_s_last_adjective_does_not_open_its_parent_s_name() -> None:
    """In `Departament Wdrażania Europejskiego Funduszu Rozwoju Regionalnego Urzędu
    Marszałkowskiego` the adjective agrees with the capitalised noun before it, `Rozwoju`:
    it ends the unit's name and does not open the office's (no `Regionalny Urząd`)."""
    c = by_canon(run("Wnioski ocenił Departament Wdrażania Europejskiego Funduszu Rozwoju "
                     "Regionalnego Urzędu Marszałkowskiego Województwa Lubelskiego. Sprawę "
                     "prowadzi Wydział Gospodarczy Prokuratury Okręgowej w Lublinie."))
    assert "Urząd Marszałkowski Województwa Lubelskiego" in c
    assert "Prokuratura Okręgowa w Lublinie" in c
    assert not any(name.startswith(("Regionalny", "Gospodarcza")) for name in c)


def test_a_unit_head_is_read_as_the_head_it_is() -> None:
    """`Dziale` and `Działu` are forms of `dział` (a department) and of `działo` (a cannon):
    a unit's name is read around the unit head it matched."""
    c = by_canon(run("Wnioski przyjmuje Dział Obsługi Klienta PUP w Nowym Targu. O szczegóły "
                     "można pytać w Dziale Instrumentów Rynku Pracy PUP w Nowym Targu."))
    assert {"Dział Obsługi Klienta Powiatowego Urzędu Pracy w Nowym Targu",
            "Dział Instrumentów Rynku Pracy Powiatowego Urzędu Pracy w Nowym Targu"} <= set(c)


def test_a_national_association_s_territorial_unit_takes_the_town_after_it() -> None:
    """`Okręg PZW w Toruniu`: the association is one body with no town, so the town after
    its name is the unit's seat; a hospital's ward keeps its hospital's."""
    c = by_canon(run("Zawody przygotował Okręg PZW w Toruniu, a rajd Oddział PTTK w "
                     "Sandomierzu. Uchwałę podjął Zarząd Okręgowy Polskiego Związku "
                     "Łowieckiego w Bydgoszczy. Dzieci leczy Oddział Pediatryczny Szpitala "
                     "Powiatowego w Węgrowie."))
    assert {"Okręg Polskiego Związku Wędkarskiego w Toruniu",
            "Oddział Polskiego Towarzystwa Turystyczno-Krajoznawczego w Sandomierzu",
            "Zarząd Okręgowy Polskiego Związku Łowieckiego w Bydgoszczy",
            "Oddział Pediatryczny Szpitala Powiatowego w Węgrowie"} <= set(c)
    assert c["Okręg Polskiego Związku Wędkarskiego w Toruniu"].locality == "Toruń"
    assert "Polski Związek Wędkarski" in c  # the association itself, with no town


def test_mountain_rescue_groups_are_written_with_the_acronym() -> None:
    c = by_canon(run("Turystę odnaleźli ratownicy Grupy Bieszczadzkiej GOPR. Od początku "
                     "sezonu Grupa Karkonoska GOPR interweniowała 30 razy, a cały GOPR ponad "
                     "tysiąc."))
    assert {"Grupa Bieszczadzka Górskiego Ochotniczego Pogotowia Ratunkowego",
            "Grupa Karkonoska Górskiego Ochotniczego Pogotowia Ratunkowego",
            "Górskie Ochotnicze Pogotowie Ratunkowe"} <= set(c)


def test_an_organisation_with_a_quoted_name_is_seated_where_it_is_from() -> None:
    """`Fundacja „Promyk” z Brzeska` is seated in Brzesko; an ambiguous genitive is the city
    (`z Siedlec`: Siedlce, not the village Siedlec); `z Krakowem` (with) and a country
    (`z Ukrainy`) are no seat."""
    c = by_canon(run("Pomoc przekazała Fundacja Pomocy Dzieciom „Promyk” z Brzeska. Darczyńcą "
                     "jest Fundacja „Zdrowe Dzieciństwo” z Siedlec. Fundacja „Dobro” z Krakowem "
                     "podpisała umowę, a Fundacja „Most” z Ukrainy przysłała leki."))
    assert {"Fundacja Pomocy Dzieciom „Promyk” w Brzesku",
            "Fundacja „Zdrowe Dzieciństwo” w Siedlcach", "Fundacja „Dobro”",
            "Fundacja „Most”"} <= set(c)
    assert c["Fundacja Pomocy Dzieciom „Promyk” w Brzesku"].locality == "Brzesko"


@pytest.mark.parametrize(("town", "form"), [
    ("Nowy Sącz", "Nowym Sączu"), ("Gorzów Wielkopolski", "Gorzowie Wielkopolskim"),
    ("Nieszkowice Wielkie", "Nieszkowicach Wielkich"), ("Bielsko-Biała", "Bielsku-Białej"),
    ("Kędzierzyn-Koźle", "Kędzierzynie-Koźlu"), ("Zielona Góra", "Zielonej Górze")])
def test_a_town_s_locative_keeps_its_adjective_s_degree_and_agreement(town: str,
                                                                     form: str) -> None:
    """The adjective of a town's name agrees with its noun in the positive degree (`Nowym`,
    not `Nowszym`), though it may be a village's name of its own (`Wielkie`); each part of a
    hyphenated name is a noun."""
    assert locative(town) == form


def test_a_model_span_cut_inside_a_patron_is_read_whole() -> None:
    """A model span may stop at a title's full stop (`im. dr.`): the rules read the patron
    to its end ('im. dr. Karola Jonschera') and the town after it."""
    text = "Pacjentów przyjmie Miejskie Centrum Medyczne im. dr. Karola Jonschera w Łodzi."
    start = text.index("Miejskie")
    tagged = [(start, text.index(" Karola"))]
    c = by_canon(extract_institutions(text, _blocks(text), extra_candidates=tagged))
    assert mentions(c["Miejskie Centrum Medyczne im. dr. Karola Jonschera w Łodzi"]) == {
        "Miejskie Centrum Medyczne im. dr. Karola Jonschera w Łodzi"}


def test_an_adjective_before_a_type_keeps_the_words_after_it() -> None:
    """`Centralny` makes the clinical hospital a name of its own; the university it belongs
    to, written after it, stays in that name."""
    c = by_canon(run("Pacjent trafił do Centralnego Szpitala Klinicznego Uniwersytetu "
                     "Medycznego w Łodzi."))
    assert "Centralny Szpital Kliniczny Uniwersytetu Medycznego w Łodzi" in c


def test_a_name_s_head_word_alone_refers_back_to_the_name() -> None:
    """The model tags `Spółdzielni` in `prezes Spółdzielni`; the page named the cooperative
    in full before, so the word refers back to it and is no institution of its own
    (CONVENTIONS); on a page naming no such name, the tagged word stays."""
    text = ("Zebranie zwołała Spółdzielnia Mieszkaniowa „Zatorze” w Lesznie. Według prezesa "
            "Spółdzielni opłaty wzrosną.")
    at = text.index("Spółdzielni opłaty")
    names = by_canon(extract_institutions(text, _blocks(text), extra_candidates=[(at, at + 11)]))
    assert set(names) == {"Spółdzielnia Mieszkaniowa „Zatorze” w Lesznie"}
    alone = "Według prezesa Spółdzielni opłaty wzrosną."
    at = alone.index("Spółdzielni")
    assert set(by_canon(extract_institutions(alone, _blocks(alone),
                                             extra_candidates=[(at, at + 11)]))) == {"Spółdzielnia"}


def test_the_union_by_its_acronym_and_either_quotation_marks() -> None:
    c = by_canon(run('Protest poparł NSZZ "Solidarność", a działacze NSZZ „S” z Gdańska '
                     "przyjechali autokarem."))
    assert mentions(c["Niezależny Samorządny Związek Zawodowy „Solidarność”"]) == {
        'NSZZ "Solidarność"', "NSZZ „S”"}


def test_any_name_outside_the_gazetteer_takes_the_legal_form_after_it() -> None:
    """A research firm, a clinic or a hospital run as a company is named with its legal
    form, whatever its head word (`Instytut`, `Przychodnia`, `Szpital`)."""
    c = by_canon(run("Badanie przeprowadził Instytut Badań Rynku Pulsar sp. z o.o., a pacjentów "
                     "przyjmuje Przychodnia Zdrowie-Med sp. z o.o. w Łodzi."))
    assert {"Instytut Badań Rynku Pulsar sp. z o.o.",
            "Przychodnia Zdrowie-Med sp. z o.o. w Łodzi"} <= set(c)


def test_a_unit_named_with_a_common_abbreviation_keeps_the_page_s_parent() -> None:
    """`Dział IT`, `Dział BHP`: the capitals name the unit's field, not its parent."""
    c = by_canon(run("Sprawę prowadzi Dział IT MZK w Koninie, a szkolenie Dział BHP MZK w "
                     "Koninie."))
    owner = c["Miejski Zakład Komunikacji w Koninie"]
    assert c["Dział IT Miejskiego Zakładu Komunikacji w Koninie"].parent == owner.id
    assert c["Dział BHP Miejskiego Zakładu Komunikacji w Koninie"].parent == owner.id


def test_the_union_s_units_keep_its_acronym_and_other_unions_are_not_it() -> None:
    """A unit of NSZZ „Solidarność” the model names keeps the union's acronym as written;
    `NSZZ Policjantów` is another union, and NSZZ alone is no evidence of Solidarność."""
    text = "Apel podpisała Komisja Zakładowa NSZZ „Solidarność” w hucie."
    span = (text.index("Komisja"), text.index(" w hucie"))
    c = by_canon(extract_institutions(text, _blocks(text), extra_candidates=[span]))
    assert "Komisja Zakładowa NSZZ „Solidarność”" in c
    assert not by_canon(run("Protest poparł NSZZ Policjantów."))


def test_an_agency_s_branches_of_two_kinds_in_one_town_are_two() -> None:
    c = by_canon(run("Wnioski przyjmują ZUS Inspektoracie w Lublinie i ZUS Oddziale w Lublinie."))
    assert {"Zakład Ubezpieczeń Społecznych Inspektorat w Lublinie",
            "Zakład Ubezpieczeń Społecznych Oddział w Lublinie"} <= set(c)


def test_a_first_name_before_an_adjectival_surname_in_any_case_is_no_town() -> None:
    c = by_canon(run("Zapytano prezesa MPEC Grzegorza Sadowskiego o ceny ciepła."))
    assert not any("Grzegorz" in name for name in c)


def test_a_model_span_with_the_patron_and_the_town_keeps_the_town() -> None:
    text = "Pacjentów przyjmie Miejskie Centrum Medyczne im. dr. Karola Jonschera w Łodzi."
    span = (text.index("Miejskie"), text.rindex("."))
    c = by_canon(extract_institutions(text, _blocks(text), extra_candidates=[span]))
    assert c["Miejskie Centrum Medyczne im. dr. Karola Jonschera w Łodzi"].locality == "Łódź"


def test_a_national_body_s_named_part_takes_the_town_after_it() -> None:
    """`Instytut Geografii PAN w Warszawie`: the Academy is one body with no town, so the town
    after its acronym is the institute's seat, and the institute is named with the
    Academy's full name (its statute's form); a university's own town stays its own."""
    c = by_canon(run("Badania prowadzi Instytut Geografii PAN w Warszawie. Pomagają im "
                     "studenci z Instytutu Historii UJ w Krakowie."))
    institute = c["Instytut Geografii Polskiej Akademii Nauk w Warszawie"]
    assert institute.locality == "Warszawa"
    assert institute.parent == c["Polska Akademia Nauk"].id
    assert mentions(institute) == {"Instytut Geografii PAN w Warszawie"}
    assert "Uniwersytet Jagielloński w Krakowie" in c


def test_a_patron_ends_before_an_acronym() -> None:
    """A patron's name is words in title case: the capitals after it are the parent's
    acronym (`im. Jerzego Habera PAN`), while a Roman number still closes the name."""
    c = by_canon(run("Katalizatory bada Instytut Katalizy i Fizykochemii Powierzchni im. "
                     "Jerzego Habera PAN w Krakowie. Uczniowie Szkoły Podstawowej nr 3 im. "
                     "Jana Pawła II w Kłodzku odwiedzili laboratorium."))
    assert ("Instytut Katalizy i Fizykochemii Powierzchni im. Jerzego Habera Polskiej "
            "Akademii Nauk w Krakowie") in c
    assert "Szkoła Podstawowa nr 3 im. Jana Pawła II w Kłodzku" in c


def test_public_universities_are_known_by_name() -> None:
    """Every public university is in the gazetteer (the ministry's list), so a faculty is
    its part and not a name of its own that another institution of the page adopts."""
    c = by_canon(run("Nagrody przyznało jury z Wydziału Mechanicznego Politechniki "
                     "Bydgoskiej. Wyróżnienie dostali uczniowie Zespołu Szkół Mechanicznych "
                     "nr 1 w Bydgoszczy i studenci Warszawskiego Uniwersytetu Medycznego."))
    faculty = c["Wydział Mechaniczny Politechniki Bydgoskiej"]
    assert faculty.parent == c["Politechnika Bydgoska"].id
    assert c["Warszawski Uniwersytet Medyczny"].acronym == "WUM"


def test_a_university_adopts_the_article_s_bare_faculty() -> None:
    """A university is one body in one town: a faculty the article names without its
    parent is the university's, while a national office adopts no bare unit."""
    c = by_canon(run("Studenci Uniwersytetu Opolskiego wygrali konkurs. Wydział Chemii "
                     "zaprasza na dzień otwarty."))
    faculty = c["Wydział Chemii Uniwersytetu Opolskiego"]
    assert faculty.parent == c["Uniwersytet Opolski"].id
    c = by_canon(run("Komenda Główna Policji ogłosiła nabór. Wydział Prewencji zaprasza "
                     "kandydatów."))
    assert "Wydział Prewencji Komendy Głównej Policji" not in c


def test_a_patron_keeps_capitals_that_name_no_academic_body() -> None:
    """Only a national academic body's acronym ends a patron: `RP`, `AK` and a hospital's
    `SP ZOZ` stay in the name, and the town after them is the institution's."""
    c = by_canon(run("Uczniowie Szkoły Podstawowej nr 3 im. Prezydenta RP Ignacego "
                     "Mościckiego w Ciechanowie wygrali. Wojewódzki Szpital Specjalistyczny "
                     "im. Stefana Kardynała Wyszyńskiego SP ZOZ w Lublinie ogłosił konkurs."))
    assert c["Szkoła Podstawowa nr 3 im. Prezydenta RP Ignacego Mościckiego w "
             "Ciechanowie"].locality == "Ciechanów"
    assert ("Wojewódzki Szpital Specjalistyczny im. Stefana Kardynała Wyszyńskiego SP ZOZ "
            "w Lublinie") in c


def test_a_local_office_adopts_a_bare_unit_before_a_university() -> None:
    """A page naming a city office and a university gives the office its bare department,
    whichever is mentioned more; a town after a national service is the sentence's."""
    c = by_canon(run("Urząd Miasta Krakowa i Uniwersytet Jagielloński podpisały umowę. UJ "
                     "przekaże dane. Wydział Edukacji przygotuje program. Koncert Orkiestry "
                     "Komendy Głównej Policji w Zakopanem zgromadził tłumy."))
    assert "Wydział Edukacji Urzędu Miasta Krakowa" in c
    assert c["Orkiestra Komendy Głównej Policji"].locality is None
