"""Quotations and their speakers, in paragraphs and as blocks of their own.

Three shapes are recognised, each a small pattern over one paragraph:
- marked quotes `„…”`/`"…"`/`»…«` with an attribution (`– mówi X`, `Jak podkreśla X: „…”`);
- dialogue dashes `– Tekst – mówi X.` (also after a sentence inside a paragraph);
- the portal form `Tekst. - Speaker` (a quote closed by a dash and a bare attribution).
A paragraph made only of quotes and their attribution is a block quote.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsnlp.extract.speaker_phrase import (
    after_adverbials,
    clause_end,
    opener_prepositions,
    opening_subject,
)
from newsnlp.models import Quote, Span
from newsnlp.morph.readings import is_name_reading, word_readings
from newsnlp.resources import VERSION1, Pattern, compile_pattern, load_json, word_alternation
from newsnlp.text.sentences import SentenceStarts, abbreviations, stop_of_a_name

# Named limits: a quote worth reporting, and how far a speaker's phrase may run (characters
# unless said), so that an attribution never swallows the next sentence.
MIN_QUOTE_WORDS = 4  # a marked passage shorter than this is a title or a term, not a quote
DASH_QUOTE_MIN_CHARS = 10  # `Tekst. - Speaker`: the quoted sentence
DASH_SPEAKER_MAX_CHARS = 150
DASH_SPEAKER_MAX_WORDS = 16
COLON_SPEAKER_MAX_CHARS = 120  # `Jak podkreśla X: „…”`
SUBJECT_MAX_CHARS = 100  # `Burmistrz X zapowiada: „…”`
VERB_TO_COLON_MAX_CHARS = 40  # `X dodaje w rozmowie z nami: „…”`
VERB_SUBJECT_MAX_CHARS = 80  # `Jak zaznacza X, …`
# Where an attribution ends: a sentence end before a capital, a quote or a dash; a dash
# between words; the opening mark of the next quote.
_SPEAKER_END = r"[.!?](?=\s+(?:[-–—„\"»”“]|\p{Lu}|\d)|\s*$)|\s[-–—]\s|„"


@dataclass(frozen=True, slots=True)
class QuoteFinding:
    """Quotes found in one paragraph, and whether they fill it (a block quote)."""

    quotes: list[Quote]
    is_block: bool


@dataclass(frozen=True)
class QuotePatterns:
    """The patterns of the three quote shapes, built once from `quotes.json` (speech verbs,
    titles before a name, pairs of quotation marks)."""

    pairs: list[tuple[str, str]]
    person: Pattern
    speech_verb: Pattern
    verb_then_speaker: Pattern
    speaker_end: Pattern
    title_start: Pattern
    title_end: Pattern
    colon_speaker: Pattern
    subject_colon_speaker: Pattern
    dash_block: Pattern
    dialogue_opening: Pattern
    dialogue_attribution: Pattern
    verb_subject: Pattern
    attribution_tail: Pattern
    dash_verb: Pattern
    and_verb: Pattern


def speech_verbs(listed: Iterable[str], past_endings: Iterable[str]) -> list[str]:
    """The listed verb forms, and for each masculine past form (`podał`, `zwrócił uwagę`)
    its feminine, neuter and non-virile plural (`podała`, `podało`, `podały`)."""
    out = list(listed)
    for phrase in list(out):
        verb, sep, rest = phrase.partition(" ")
        if verb.endswith("ł"):
            out += [verb + ending + sep + rest for ending in past_endings]
    return out


# an adverbial participle's clause between the verb and its subject, in commas (`– mówił,
# uzasadniając wyrok, sędzia X`), before a name or a title (`dodał, zaznaczając, że …` has
# none)
_PARTICIPLE_CLAUSE = (r"(?:[ \t]*,[ \t]*\p{{Ll}}+(?:ąc|wszy)(?:[ \t][^,.!?;:\n]{{1,60}})?,"
                      r"(?=[ \t]*(?:\p{{Lu}}|(?:{titles})(?!\w))))")


@lru_cache(maxsize=1)
def quote_patterns() -> QuotePatterns:
    """The quote patterns (read once per process)."""
    data = load_json("quotes.json")
    verbs = word_alternation(speech_verbs(data["verbs"], data["past_endings"]))
    titles = word_alternation(data["titles"])
    return QuotePatterns(
        pairs=[(a, b) for a, b in data["pairs"]],
        person=compile_pattern(
            rf"(?:(?<!\w)(?:{titles})\s+){{1,4}}\p{{Lu}}[\p{{Ll}}-]+(?:\s+\p{{Lu}}[\p{{Ll}}-]+\.?)?"
            rf"|(?<![\w.]\s)(?<!^)\b\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}[\p{{Ll}}]+(?:-\p{{Lu}}\p{{Ll}}+)?\b",
            VERSION1),
        speech_verb=compile_pattern(rf"\b(?:{verbs})\b"),
        verb_then_speaker=compile_pattern(
            rf"\G\s*(?:[-–—]\s*)?(?:{verbs})\b{_PARTICIPLE_CLAUSE.format(titles=titles)}?"
            r"[ \t]*"),
        speaker_end=compile_pattern(_SPEAKER_END),
        title_start=compile_pattern(rf"(?:{titles})(?!\w)"),
        title_end=compile_pattern(rf"(?s).*(?:^|\s)(?:{titles})"),
        colon_speaker=compile_pattern(
            rf"\b(?:{verbs})\s+(?P<s>{_speaker_char()}{{2,{COLON_SPEAKER_MAX_CHARS}}}?)"
            rf"\s*[:,]\s*$"),
        subject_colon_speaker=compile_pattern(
            rf"\s*(?P<s>\p{{Lu}}[^.!?:;„\"]{{2,{SUBJECT_MAX_CHARS}}}?)\s+(?:{verbs})\b"
            rf"[^.!?:;„]{{0,{VERB_TO_COLON_MAX_CHARS}}}(?::|,\s*że)\s*$"),
        dash_block=compile_pattern(
            rf"(?P<q>[^„\"»]{{{DASH_QUOTE_MIN_CHARS},}}?[.!?…])\s+[-–—]\s+"
            rf"(?P<s>(?:(?:{titles})\s+)*\p{{Lu}}[^.!?]{{1,{DASH_SPEAKER_MAX_CHARS}}}?"
            rf"(?:\p{{Lu}}\p{{Ll}}*\.)?)\s*",
            VERSION1),
        dialogue_opening=compile_pattern(r"\G[-–—]\s+|(?<=[.!?…])\s+[-–—]\s+(?=\p{Lu})"),
        dialogue_attribution=compile_pattern(rf"\s[-–—]\s+(?=(?:{verbs})\b)"),
        verb_subject=compile_pattern(
            rf"\b(?:{verbs})\s+(?P<s>[^,:;„]{{3,{VERB_SUBJECT_MAX_CHARS}}}?)\s*,"),
        attribution_tail=compile_pattern(rf"\b(?:{verbs})\b[^„]*[:,]\s*$"),
        dash_verb=compile_pattern(rf"^[-–—]\s*(?:{verbs})\b"),
        and_verb=compile_pattern(rf"\b(?:i|oraz|a)\s+(?:{verbs})\b"),
    )


def _span(text: str, start: int, end: int) -> Span:
    """`text[start:end]` without the white space around it and the punctuation after it,
    but for the full stop of an initial or an abbreviation written with dots (`Stanisław
    K.`, `sp. z o.o.`), which is part of the name."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t.,;" and not _abbreviation_stop(
            text, start, end - 1):
        end -= 1
    return Span(start=start, end=end, text=text[start:end])


def _abbreviation_stop(text: str, start: int, dot: int) -> bool:
    """The full stop at `dot`, after `start`, is part of the name before it
    (`sentences.stop_of_a_name`)."""
    return dot > start and text[dot] == "." and stop_of_a_name(text, dot)


def _last_person(text: str, start: int, end: int) -> Span | None:
    """The last person named in `text[start:end]` (a fallback speaker)."""
    found = quote_patterns().person.finditer(text, start, end)
    return _span(text, found[-1].start(), found[-1].end()) if found else None


def _speaker_after_verb(text: str, pos: int, end: int) -> Span | None:
    """`– mówi Anna Nowak, rzeczniczka KMP.` -> the words after the verb, to the sentence end."""
    m = quote_patterns().verb_then_speaker.search(text, pos, end)
    if m is None:
        return None
    speaker_end = quote_patterns().speaker_end
    stop = speaker_end.search(text, m.end(), end)
    # "mówi prok. Jan Nowak." ends at a name, not at the "prok." abbreviation.
    while stop is not None and _ends_with_title(text[m.end():stop.end()]):
        stop = speaker_end.search(text, stop.end(), end)
    s_end = stop.start() if stop is not None else end
    if s_end < end and _abbreviation_stop(text, m.end(), s_end):
        s_end += 1  # `powiedział wójt Stanisław K. Hala …`: the initial keeps its stop
    if s_end - m.end() < 2 or not text[m.end():s_end].strip()[:1].isalpha():
        return None
    s_end = clause_end(text, m.end(), s_end)
    also = quote_patterns().and_verb.search(text, m.end(), s_end)  # `X i dodał, że …`
    s_end = also.start() if also is not None else s_end
    found = _before_time(text, _end_at_name(text, _trim_speaker(text, _span(text, m.end(),
                                                                              s_end))))
    reading = "czyta" in m.group().lower()  # `czytamy w piśmie posła`: the source read
    return None if not reading and _adverbial_only(found.text) else found


def _adverbial_only(phrase: str) -> bool:
    """`po ogłoszeniu wyroku`, `w rozmowie z naszym portalem`: after a speech verb, a
    prepositional phrase with no name in it says when or where, not who (the speaker is the
    sentence's dropped subject)."""
    words = phrase.split()
    return bool(words) and words[0] in opener_prepositions() and not any(
        w[:1].isupper() for w in words)


# A lower-case preposition right after a name opens an adverbial (`na konferencji`,
# `podczas sesji`), not more of the speaker; `z`/`ze` name an affiliation (`X z KMP`).
_NAME_THEN_ADVERBIAL = (r"(?<!\w)(?:(?P<first>\p{Lu}\p{Ll}+)\s+)?(?P<n>\p{Lu}\p{Ll}+)\s+"
                        r"(?:na|w|we|podczas|po|przed|dla|do|przy|o|pod|nad|u|za|przez)\s")


@lru_cache(maxsize=1)
def _time_adverbial() -> Pattern:
    """A time adverbial's preposition inside a speaker's phrase (`quotes.json`)."""
    words = word_alternation(load_json("quotes.json")["speaker_time_adverbials"]["words"])
    return compile_pattern(rf"(?<=\w)[ \t]+(?:{words})[ \t]", VERSION1)


def _before_time(text: str, speaker: Span) -> Span:
    """`autorka podczas premiery książki` -> `autorka`: the speaker ends before the time
    adverbial that says when it was said."""
    m = _time_adverbial().search(text, speaker.start, speaker.end)
    return _span(text, speaker.start, m.start()) if m is not None else speaker


def _end_at_name(text: str, speaker: Span) -> Span:
    """`Walasek na konferencji prasowej w hali CRS` -> `Walasek`: the speaker ends at a
    person's name that an adverbial follows: a surname after a first name, or a name the
    phrase opens with (`Straży Miejskiej w Częstochowie` runs on)."""
    for m in compile_pattern(_NAME_THEN_ADVERBIAL, VERSION1).finditer(
            text, speaker.start, speaker.end):
        first = m.group("first")
        named = (any("imię" in r.analysis.qualifiers for r in word_readings(first))
                 if first else m.start("n") == speaker.start)
        if named and any(is_name_reading(r) for r in word_readings(m.group("n"))):
            return _span(text, speaker.start, m.end("n"))
    return speaker


def _trim_speaker(text: str, speaker: Span) -> Span:
    """Drop what stands before the subject (`after_adverbials`), else a leading adverbial
    before a person's name (`w uzasadnieniu sędzia X` -> `sędzia X`)."""
    subject = after_adverbials(text, speaker.start, speaker.end)
    if subject is not None:
        return _span(text, subject, speaker.end)
    if speaker.text[:1].isupper() or _starts_with_title(speaker.text):
        return speaker  # `dyrektor placówki dr Jan Wilk`: the function is part of it
    found = quote_patterns().person.finditer(text, speaker.start, speaker.end)
    if not found or found[0].start() == speaker.start:
        return speaker
    return _span(text, found[0].start(), speaker.end)


def _starts_with_title(fragment: str) -> bool:
    return quote_patterns().title_start.match(fragment) is not None


def _ends_with_title(fragment: str) -> bool:
    return quote_patterns().title_end.fullmatch(fragment) is not None


@lru_cache(maxsize=1)
def _speaker_char() -> str:
    """One character of a speaker's phrase: no sentence end, but the full stop of a rank or
    title (`rzecznik KMP asp. Jan Kowalski`) may stand in it."""
    words = word_alternation(a for a in abbreviations() if "." not in a)
    return rf"(?:[^.!?:]|(?<=(?<![\w.])(?:{words}))\.)"


def _colon_speaker(text: str, start: int, quote_open: int) -> Span | None:
    """`Jak podkreśla prezes klubu Jan Nowak: „…”` -> `prezes klubu Jan Nowak`."""
    m = quote_patterns().colon_speaker.search(text, start, quote_open)
    return _from_subject(text, m.start("s"), m.end("s")) if m is not None else None


def _subject_colon_speaker(text: str, start: int, quote_open: int) -> Span | None:
    """`Burmistrz Ogrodzieńca Jan Kowalczyk zapowiada: „…”`, `Prezes spółki dodaje, że „…”`:
    the subject before the verb."""
    m = quote_patterns().subject_colon_speaker.match(text, start, quote_open)
    return _from_subject(text, m.start("s"), m.end("s")) if m is not None else None


def _from_subject(text: str, start: int, end: int) -> Span:
    """The speaker's phrase `text[start:end]` from its subject on (`after_adverbials`)."""
    subject = after_adverbials(text, start, end)
    return _span(text, start if subject is None else subject, end)


def _before_colon(text: str, start: int, sentence_start: int, quote_open: int) -> Span | None:
    """The speaker named before a colon: after the verb (`Jak podkreśla prezes X:`), unless
    what follows the verb names nobody (`… zachęca mieszkańców do odwiedzin:`, no capital)
    while a subject of two words or more stands before it (`Zastępca prezydenta Anna Kowal
    zachęca …`)."""
    after_verb = _colon_speaker(text, start, quote_open)
    if after_verb is not None and any(ch.isupper() for ch in after_verb.text):
        return after_verb
    subject = _subject_colon_speaker(text, sentence_start, quote_open)
    if subject is not None and (after_verb is None or len(subject.text.split()) >= 2):
        return subject
    return after_verb


def _marked_quotes(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(open, inner_start, inner_end, close_end) of each quotation-marked passage."""
    pairs = quote_patterns().pairs
    out: list[tuple[int, int, int, int]] = []
    pos = start
    while pos < end:
        best: tuple[int, str, str] | None = None
        for a, b in pairs:
            k = text.find(a, pos, end)
            if k != -1 and (best is None or k < best[0]):
                best = (k, a, b)
        if best is None:
            break
        k, a, b = best
        close = text.find(b, k + 1, end)
        if close == -1:
            break
        out.append((k, k + 1, close, close + 1))
        pos = close + 1
    return out


def _words(text: str) -> int:
    return len(text.split())


def find_quotes(text: str, start: int, end: int) -> QuoteFinding:
    """Quotes inside the paragraph `text[start:end]`."""
    for finder in (_dash_block, _dialogue, _marked):
        found = finder(text, start, end)
        if found is not None and found.quotes:
            return found
    return QuoteFinding([], False)


def _dash_block(text: str, start: int, end: int) -> QuoteFinding | None:
    """`Tekst cytatu. - Miejski Ośrodek Pomocy Społecznej` (no verb, no quotation marks)."""
    m = quote_patterns().dash_block.fullmatch(text[start:end])
    if m is None or _words(m.group("s")) > DASH_SPEAKER_MAX_WORDS:
        return None
    if quote_patterns().dialogue_attribution.search(text, start + m.start("s"),
                                                    start + m.end("s")) is not None:
        return None  # `Zdanie. – Cytat – mówi X.`: a quote opened after a sentence
    q = _span(text, start + m.start("q"), start + m.end("q"))
    s = _span(text, start + m.start("s"), start + m.end("s"))
    return QuoteFinding([Quote(**q.model_dump(), speaker=s)], True)


def _dialogue(text: str, start: int, end: int) -> QuoteFinding | None:
    """`– Tekst – mówi X.` as a paragraph, or after a sentence inside one."""
    opening = quote_patterns().dialogue_opening.search(text, start, end)
    if opening is None:
        return None
    attrib = None
    for m in quote_patterns().dialogue_attribution.finditer(text, opening.end(), end):
        attrib = m
        break
    if attrib is None:
        return None
    q = _span(text, opening.end(), attrib.start())
    if not q.text:
        return None
    speaker = _speaker_after_verb(text, attrib.start(), end)
    if speaker is None:
        speaker = _last_person(text, start, opening.start())
    block = opening.start() == start
    return QuoteFinding([Quote(**q.model_dump(), speaker=speaker, inline=not block)], block)


def _marked(text: str, start: int, end: int) -> QuoteFinding | None:
    """Passages in quotation marks that someone says (a speech verb or a dash attribution)."""
    marked = _marked_quotes(text, start, end)
    quotes: list[Quote] = []
    speaker: Span | None = None
    prev_end = start
    sentences = SentenceStarts(text, start)
    for k, (open_, a, b, close) in enumerate(marked):
        inner = text[a:b].strip()
        if _words(inner) < MIN_QUOTE_WORDS:
            prev_end = close
            continue
        after = _speaker_after_verb(text, close, end)
        sentence_start = sentences.start_of(open_)
        before = _before_colon(text, prev_end, max(prev_end, sentence_start), open_)
        has_verb = quote_patterns().speech_verb.search(text, sentence_start, open_) is not None
        this = after or before
        # `„…” – zaznaczyła.`: a dash and a speech verb after the passage, no one named
        if this is None and (has_verb or quote_patterns().verb_then_speaker.search(
                text, close, end) is not None):
            this = (_verb_subject(text, sentence_start, open_) or _last_person(text, start, open_)
                    or _paragraph_subject(text, start, open_))
        if this is None and k > 0 and quotes:
            this = speaker  # a second passage continues the same speaker
        if this is None and not has_verb:
            prev_end = close
            continue
        speaker = this
        quotes.append(Quote(**_span(text, a, b).model_dump(), speaker=speaker, inline=True))
        prev_end = close
    if not quotes:
        return None
    block = _only_quotes(text, start, end, marked)
    if block:
        quotes = [q.model_copy(update={"inline": False}) for q in quotes]
    return QuoteFinding(quotes, block)


def _paragraph_subject(text: str, start: int, end: int) -> Span | None:
    """The subject the paragraph opens with (`speaker_phrase.opening_subject`), the speaker
    of a later quote whose attribution repeats no subject."""
    found = opening_subject(text, start, end)
    return _span(text, *found) if found is not None else None


def _verb_subject(text: str, start: int, end: int) -> Span | None:
    """`Jak zaznacza prok. Joanna Wiącek, …` -> `prok. Joanna Wiącek`."""
    m = quote_patterns().verb_subject.search(text, start, end)
    if m is None:
        return None
    found = quote_patterns().person.finditer(text, m.start("s"), m.end("s"))
    return _span(text, found[0].start(), m.end("s")) if found else None


def _only_quotes(text: str, start: int, end: int,
                 marked: list[tuple[int, int, int, int]]) -> bool:
    """The paragraph is quotes plus attribution: nothing but the attribution lies outside."""
    attribution = quote_patterns().attribution_tail
    if not marked or (marked[0][0] - start > 0
                      and not attribution.search(text, start, marked[0][0])):
        return False
    rest = text[marked[0][3]:end]
    for open_, _, _, close in marked[1:]:
        rest = rest.replace(text[open_:close], " ")
    rest = rest.strip(" .,")
    if not rest:
        return True
    return quote_patterns().dash_verb.search(rest) is not None
