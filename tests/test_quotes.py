"""Quotes and speakers in one paragraph: the three shapes, block quotes and the named limits."""

from __future__ import annotations

import pytest

from newsnlp.extract.quotes import MIN_QUOTE_WORDS, find_quotes, speech_verbs


def _found(text: str) -> tuple[bool, list[tuple[str, str | None, bool]]]:
    f = find_quotes(text, 0, len(text))
    return f.is_block, [(q.text, q.speaker.text if q.speaker else None, q.inline)
                        for q in f.quotes]


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ("– Nie spodziewaliśmy się aż tylu chętnych na zajęcia – mówi Anna Nowak, dyrektorka "
     "biblioteki.", "Nie spodziewaliśmy się aż tylu chętnych na zajęcia",
     "Anna Nowak, dyrektorka biblioteki"),
    ("Jak podkreśla prezes klubu Jan Wiśniewski: „To był najlepszy sezon w historii naszej "
     "drużyny”.", "To był najlepszy sezon w historii naszej drużyny",
     "prezes klubu Jan Wiśniewski"),
    ("Burmistrz Ogrodzieńca Jan Kowalczyk zapowiada: „Kolejne inwestycje ruszą jeszcze w tym "
     "roku”.", "Kolejne inwestycje ruszą jeszcze w tym roku",
     "Burmistrz Ogrodzieńca Jan Kowalczyk"),
    ("Zastępca prezydenta Tarnowa Anna Kowal zachęca mieszkańców do odwiedzin: „To wyjątkowe "
     "miejsce spotkań”.", "To wyjątkowe miejsce spotkań", "Zastępca prezydenta Tarnowa Anna Kowal"),
    ("Jak podkreśla rzecznik policji: „Nie wolno zostawiać dzieci bez opieki w samochodzie”.",
     "Nie wolno zostawiać dzieci bez opieki w samochodzie", "rzecznik policji"),
    ("„Nie ma zgody na likwidację szkoły w naszej gminie” – mówi sołtys Piotr Mazur.",
     "Nie ma zgody na likwidację szkoły w naszej gminie", "sołtys Piotr Mazur"),
    ("Jak zaznacza prok. Joanna Wiącek, „sprawca usłyszał już zarzuty kradzieży”.",
     "sprawca usłyszał już zarzuty kradzieży", "prok. Joanna Wiącek"),
    ("Prace zakończą się przed wakacjami, a kierowcy wrócą na objazd. - Miejski Zarząd Dróg",
     "Prace zakończą się przed wakacjami, a kierowcy wrócą na objazd", "Miejski Zarząd Dróg"),
    # verbs of inviting, thanking, promising and holding a view attribute words as `mówi` does
    ("– Biblioteka to dziś miejsce spotkań, a nie tylko wypożyczalnia – zaprasza Ewa Lis, "
     "dyrektor biblioteki.", "Biblioteka to dziś miejsce spotkań, a nie tylko wypożyczalnia",
     "Ewa Lis, dyrektor biblioteki"),
    ("„Bez wolontariuszy nie dalibyśmy rady przygotować tylu paczek” – dziękuje proboszcz "
     "Marek Wójcik.", "Bez wolontariuszy nie dalibyśmy rady przygotować tylu paczek",
     "proboszcz Marek Wójcik"),
    ("– Nowe boisko będzie gotowe przed wakacjami – obiecała burmistrz Anna Kowal.",
     "Nowe boisko będzie gotowe przed wakacjami", "burmistrz Anna Kowal"),
])
def test_a_paragraph_of_one_quote_is_a_block_quote_with_its_speaker(
        text: str, quote: str, speaker: str) -> None:
    assert _found(text) == (True, [(quote, speaker, False)])


def test_a_dialogue_dash_after_a_sentence_is_an_inline_quote() -> None:
    text = ("Remont potrwa do końca maja. – Utrudnienia będą krótkie – zapewnia Marek "
            "Zieliński z urzędu miasta.")
    assert _found(text) == (False, [("Utrudnienia będą krótkie",
                                     "Marek Zieliński z urzędu miasta", True)])


def test_a_dialogue_dash_after_a_short_sentence_is_no_dash_attribution() -> None:
    """`Zdanie. – Cytat – mówi X.`: the sentence is no quote signed by the rest."""
    text = ("Opozycja krytykuje decyzję. – Mieszkańcy znowu zapłacą za błędy w zarządzaniu "
            "spółką – mówi radna Anna Kowalczyk.")
    assert _found(text) == (False, [("Mieszkańcy znowu zapłacą za błędy w zarządzaniu spółką",
                                     "radna Anna Kowalczyk", True)])


def test_a_second_passage_keeps_the_speaker_of_the_first() -> None:
    text = ("„Liczymy na dobrą pogodę w czasie festynu” – powiedział wójt. „Przygotowaliśmy "
            "wiele atrakcji dla dzieci”.")
    _, quotes = _found(text)
    assert [s for _, s, _ in quotes] == ["wójt", "wójt"]


def test_a_title_in_quotation_marks_is_not_a_quote() -> None:
    title = "Pan Tadeusz"
    assert len(title.split()) < MIN_QUOTE_WORDS
    assert _found(f"Mieszkańcy obejrzeli film „{title}” w kinie Wisła.") == (False, [])


def test_a_dash_attribution_needs_a_whole_speech_verb() -> None:
    """`mówiąc` starts like `mówi` but is a participle: no attribution follows the dash."""
    text = "– Dzieci były zachwycone pokazem – mówiąc to, wszyscy się uśmiechali."
    assert _found(text) == (False, [])


def test_past_forms_of_every_gender_follow_from_the_masculine() -> None:
    assert set(speech_verbs(["podał", "zwrócił uwagę", "mówi"], ["a", "o", "y"])) == {
        "podał", "podała", "podało", "podały", "mówi",
        "zwrócił uwagę", "zwróciła uwagę", "zwróciło uwagę", "zwróciły uwagę"}


def test_an_institution_speaks_in_the_neuter() -> None:
    """`Centrum … podało`: a neuter subject takes the neuter past form."""
    text = ("Centrum potwierdziło zgon. - Wirus był podobny do wirusów wykrytych u kaczek "
            "- podało. - Nie przenosi się między ludźmi - zapewniły władze sanitarne.")
    _, quotes = _found(text)
    assert [q for q, _, _ in quotes][:1] == ["Wirus był podobny do wirusów wykrytych u kaczek"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("– To dla mnie wielkie wyzwanie – powiedział Walasek na konferencji prasowej w hali "
     "sportowej.", "Walasek"),
    ("– Budżet będzie wyższy niż przed rokiem – zapowiedział prezes klubu Adam Goliński podczas "
     "spotkania z kibicami.", "prezes klubu Adam Goliński"),
    ("– Sprawca usłyszał zarzuty – mówi prok. Michał Szczepański z Prokuratury Rejonowej w "
     "Zabrzu.", "prok. Michał Szczepański z Prokuratury Rejonowej w Zabrzu"),
    ("– Zapraszamy wszystkich chętnych – mówi Anna Nowak, rzeczniczka Komendy Miejskiej Policji "
     "w Sosnowcu.", "Anna Nowak, rzeczniczka Komendy Miejskiej Policji w Sosnowcu"),
    ("– Odpady trafiają do lasu – mówi Piotr Wilk, kierownik Referatu Straży Miejskiej w "
     "Kielcach.", "Piotr Wilk, kierownik Referatu Straży Miejskiej w Kielcach"),
    ("– Chcemy pokazać też jego fotografie – mówi kuratorka wystawy dr Anna Zielińska.",
     "kuratorka wystawy dr Anna Zielińska"),  # the function before the degree stays
    # a time adverbial ends a speaker named by a function alone too
    ("„Chciałam napisać o ludziach, którym zabrano pracę” – mówiła autorka podczas premiery "
     "książki w Muzeum Śląskim.", "autorka"),
    ("– Znam tę ligę i wiem, że zespół stać na więcej – mówi nowa szkoleniowczyni po "
     "pierwszych zajęciach.", "nowa szkoleniowczyni"),
])
def test_the_speaker_ends_at_a_name_an_adverbial_follows(text: str, speaker: str) -> None:
    """`na konferencji`, `podczas spotkania` after the name say where, not who, and a time
    adverbial (`podczas premiery`, `po zajęciach`) ends a function's phrase; `z X` (an
    affiliation) and an institution's `w Sosnowcu` stay in."""
    found = find_quotes(text, 0, len(text)).quotes
    assert [q.speaker.text if q.speaker else None for q in found] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("– Nie komentujemy tych informacji – powiedział nam we wtorek Bartosz Malec, rzecznik "
     "spółki.", "Bartosz Malec, rzecznik spółki"),
    ("„Wydobycie ma wynieść ok. 43 mln ton węgla z obecnych 40 mln ton” - powiedział dla "
     "portalu wnp.pl Marek Lis, wiceprezes zarządu.", "Marek Lis, wiceprezes zarządu"),
    ("Jak pisze na portalu TOK FM zrozpaczona matka: „Od urodzenia choruje na alergię i nikt "
     "nam nie pomaga”.", "zrozpaczona matka"),
    ("– Do szlaku nikt nie dotarł przed zmrokiem – powiedział w rozmowie z nami rzecznik "
     "policji Jan Sowa.", "rzecznik policji Jan Sowa"),
    ("– Rynek czeka na decyzję – mówił we wtorek w radiu PiN Anna Lis, prezes urzędu.",
     "Anna Lis, prezes urzędu"),
    ("– Gazeta wróci do kiosków w marcu – powiedział na konferencji dziennika \"Echo\", "
     "redaktor naczelny Piotr Wrona.", "redaktor naczelny Piotr Wrona"),
    ("– Sprawa trafi do sądu jeszcze w tym roku – powiedział agencji Reuters rzecznik "
     "urzędu celnego Jan Sowa.", "rzecznik urzędu celnego Jan Sowa"),
    ("– Podwyżki muszą być zapisane w ustawie – powiedział dziennikarzom szef związku Jan "
     "Sowa.", "szef związku Jan Sowa"),
    ("W wydanym w sobotę komunikacie Porozumienie napisało: „Nie zgadzamy się na takie "
     "zmiany w ustawie”.", "Porozumienie"),
    # nothing but adverbials, or a name that the cut would split: the phrase stays whole
    ("– Zmiany wejdą w życie od stycznia – napisała na łamach New York Post.",
     "na łamach New York Post"),
    ("– Placówek jest coraz mniej w całym regionie – czytamy w piśmie posła skierowanym do "
     "ministra zdrowia.", "w piśmie posła skierowanym do ministra zdrowia"),
])
def test_adverbials_between_the_verb_and_its_subject_are_no_part_of_the_speaker(
        text: str, speaker: str) -> None:
    """Polish puts datives, time adverbs and prepositional phrases between a speech verb and
    the subject after it; the speaker is the subject."""
    found = find_quotes(text, 0, len(text)).quotes
    assert [q.speaker.text if q.speaker else None for q in found] == [speaker]


def test_a_speaker_ends_at_a_full_stop_before_a_sentence_that_opens_with_a_number() -> None:
    text = ("– Turyści zgubili drogę, ale zejdą sami – mówi ratownik GOPR. 30 minut po północy "
            "turyści zgłosili się ponownie.")
    found = find_quotes(text, 0, len(text)).quotes
    assert [q.speaker.text if q.speaker else None for q in found] == ["ratownik GOPR"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("– Wirus jest groźny dla ludzi – mówi kierujący pracami zespołu Jan Sowa, który od lat "
     "bada wąglik.", "kierujący pracami zespołu Jan Sowa"),
    ("– Badanie nic nie kosztuje – mówi prezes fundacji Anna Lis, zachęcając do odwiedzenia "
     "punktów pomiarowych.", "prezes fundacji Anna Lis"),
    ("– Tego wniosku nie poprzemy – zapowiada dyr. Jan Kraszewski. Wniosek trafi do biura.",
     "dyr. Jan Kraszewski"),
    ("„Ulgi zostaną w budżecie” – przyznał Jan Sowa i dodał, że potrzeba na nie 4 mld zł.",
     "Jan Sowa"),
    ("„Ceny spadną w przyszłym roku” – stwierdził szef banku w Nowym Jorku. ”Zrobimy "
     "wszystko, aby rynki działały”.", "szef banku w Nowym Jorku"),
])
def test_a_clause_after_the_speaker_is_no_part_of_it(text: str, speaker: str) -> None:
    """A relative clause (`, który …`), an adverbial participle (`, zachęcając …`) or a
    second verb (`i dodał, że …`) after the name says more than who; a title's abbreviation
    (`dyr.`) ends no phrase, a sentence end before a quotation mark of either shape does."""
    found = find_quotes(text, 0, len(text)).quotes
    assert [q.speaker.text if q.speaker else None for q in found] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("– Oskarżony od początku wiedział, że nie wywiąże się z umów – mówił, uzasadniając "
     "wyrok, sędzia Marcin Zawadzki.", "sędzia Marcin Zawadzki"),
    ("– Więcej zapłacą przede wszystkim przedsiębiorcy – mówi adw. Piotr Grabowski.",
     "adw. Piotr Grabowski"),
    ("– Zdarza się, że dzieci boją się fotela – mówi lek. dent. Iwona Kalinowska.",
     "lek. dent. Iwona Kalinowska"),
    ("– Nie wiem, co teraz zrobimy z domem – mówiła, płacząc, Anna Lis.", "Anna Lis"),
    ("– Motywy zasługujące na potępienie i brak skruchy sprawcy – dodał, zaznaczając, że "
     "sprawca nigdy nie przeprosił.", None),
])
def test_a_participle_clause_between_the_verb_and_the_speaker(text: str,
                                                              speaker: str | None) -> None:
    """An adverbial participle's clause in commas may stand between the speech verb and its
    subject (`mówił, uzasadniając wyrok, sędzia X`); a participle that opens a `że` clause
    names nobody. `adw.` is an advocate's title before the name."""
    _, found = _found(text)
    assert [s for _, s, _ in found] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("– Jestem niewinny – powiedział wójt Stanisław K. Hala została zbudowana zgodnie z "
     "prawem.", "wójt Stanisław K."),
    ("– Przestępcy są bardzo przekonujący – mówi sierż. szt. Rafał Stępień.",
     "sierż. szt. Rafał Stępień"),
    ("– Obaj byli wcześniej notowani – przekazała asp. sztab. Marta Ziółkowska, oficer "
     "prasowa KPP w Mrągowie.", "asp. sztab. Marta Ziółkowska, oficer prasowa KPP w Mrągowie"),
    ("– Czekaliśmy na tę poradnię wiele lat – mówi prezes Szpitala w Mrągowie sp. z o.o.",
     "prezes Szpitala w Mrągowie sp. z o.o."),
    ("– To dobra wiadomość – powiedział Jan Nowak.", "Jan Nowak"),
])
def test_a_speakers_initial_rank_and_legal_form_keep_their_full_stops(
        text: str, speaker: str) -> None:
    """A defendant named by an initial (Polish press law), a staff rank written with two
    abbreviations and a company's legal form end with a full stop that is part of the
    name; a sentence's full stop after a name is not."""
    found = find_quotes(text, 0, len(text)).quotes
    assert [q.speaker.text if q.speaker else None for q in found] == [speaker]

