"""What a date is on the page (published, updated, event, calendar, other), from its block
and from the label written before it on its line."""

from __future__ import annotations

from functools import lru_cache

from newsnlp.extract.dates.lexicon import lexicon
from newsnlp.extract.dates.patterns import DATE_FLAGS
from newsnlp.layout.blocks import Block
from newsnlp.models import DateRole, Granularity
from newsnlp.resources import Pattern, compile_pattern, escape

EVENT_GRANULARITIES = frozenset({"day", "minute"})


@lru_cache(maxsize=1)
def _label_patterns() -> tuple[tuple[DateRole, Pattern], ...]:
    lex = lexicon()

    def words(labels: tuple[str, ...]) -> Pattern:
        alt = "|".join(escape(w) for w in labels)
        return compile_pattern(rf"\b(?:{alt})[\s:|–\-]*$", DATE_FLAGS)

    return (("updated", words(lex.update_labels)), ("published", words(lex.published_labels)),
            ("other", words(lex.other_labels)))


@lru_cache(maxsize=1)
def _legal_patterns() -> tuple[Pattern, Pattern]:
    """`z dnia`/`z` right before a date, and the document words (`ustawy`, `uchwała`)."""
    alt = "|".join(escape(w) for w in lexicon().legal_before)
    return (compile_pattern(r"\bz\s+(?P<dnia>dnia\s+|dn\.\s*)?$", DATE_FLAGS),
            compile_pattern(rf"\b(?:{alt})(?!\w)", DATE_FLAGS))


def is_document_date(text: str, start: int) -> bool:
    """`ustawy z dnia 19 lipca 2019 r.`, `uchwała nr 9/2026 z 3 lutego`: a document's date."""
    from_z, document = _legal_patterns()
    z = from_z.search(text, max(0, start - 12), start)
    if z is None:
        return False
    return bool(z.group("dnia")) or bool(document.search(text, max(0, z.start() - 60), z.start()))


def label_role(text: str, start: int) -> DateRole | None:
    """The role named by a label written right before `start` (`Zaktualizowano:`,
    `Data publikacji`, `Data wytworzenia:`), or None when there is none."""
    prefix = text[max(0, start - 40):start]
    for role, pattern in _label_patterns():
        if pattern.search(prefix):
            return role
    return None


def body_role(text: str, start: int, granularity: Granularity | None) -> DateRole:
    """`event` for a day or moment in running text; `other` for months, years and the dates of
    documents (`ustawy z dnia 19 lipca 2019 r.`)."""
    if granularity not in EVENT_GRANULARITIES:
        return "other"
    return "other" if is_document_date(text, start) else "event"


def block_role(block: Block | None, text: str, start: int,
               granularity: Granularity | None) -> DateRole:
    """Role of a date at `start` inside `block` (None: running text with no block)."""
    labelled = label_role(text, start)
    if block is None:
        return labelled or body_role(text, start, granularity)
    if block.kind == "published":
        return labelled if labelled in ("updated", "other") else "published"
    if block.kind == "chrome":
        if block.chrome == "calendar":
            return "calendar"
        return labelled or "other"
    return labelled or body_role(text, start, granularity)


def is_context_block(block: Block | None) -> bool:
    """Blocks whose days give a bare clock time its date (the article, its date line)."""
    return block is None or block.kind != "chrome"
