"""Typed output of newsnlp: the `Article` and everything it holds.

Every item copied from the page is a `Span`: `start`/`end` are character offsets into
`Article.text` (the normalised input) and `article.text[start:end] == span.text` always holds.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from newsnlp.flat import to_flat

SCHEMA_VERSION = "1.5"

ChromeKind = Literal[
    "ad",
    "paywall",
    "embed",
    "navigation",
    "related",
    "widget",
    "share",
    "comments",
    "cookies",
    "footer",
    "calendar",
    "tags",
    "attachments",
    "metadata",
    "newsletter",
    "other",
]
DateRole = Literal["published", "updated", "event", "calendar", "other"]
Granularity = Literal["year", "half-year", "quarter", "season", "month", "week", "day", "minute"]
TimexType = Literal["date", "time", "duration", "set"]
SourceKind = Literal["source", "photo", "author"]
InstitutionKind = Literal[
    "border_guard", "company", "court", "culture", "education", "emergency", "environment",
    "fire_service", "government", "health", "hospital", "international", "labour",
    "local_government", "media", "military", "municipal_guard", "ngo", "organisation",
    "parliament", "party", "police", "prison", "professional", "prosecution", "public_service",
    "religious", "research", "security", "social_insurance", "social_welfare", "sport", "tax",
    "transport", "university", "utility",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A piece of the normalised page text."""

    start: int = Field(description="Offset of the first character in `Article.text`.")
    end: int = Field(description="Offset one past the last character in `Article.text`.")
    text: str = Field(description="`Article.text[start:end]`, copied verbatim.")


class Quote(Span):
    """A quotation (without its quotation marks) and who said it."""

    speaker: Span | None = Field(
        default=None, description=(
            "The attribution as written (name, function or institution): from the function "
            "to the name, an affiliation after the name included (`prok. Jan Nowak z "
            "Prokuratury Rejonowej w Zabrzu`); an adverbial after the name is not "
            "(`powiedział Walasek na konferencji` gives `Walasek`), nor one between the verb "
            "and the name (`powiedział nam w środę Jan Nowak` gives `Jan Nowak`).")
    )
    inline: bool = Field(
        default=False,
        description="True when the quote sits inside running prose (it stays in its paragraph).",
    )


class ListBlock(Span):
    """A bulleted or numbered list; items lose their markers."""

    ordered: bool = Field(description="True for numbered lists (`1.`, `1)`).")
    items: list[Span] = Field(default_factory=list, description="The items, markers removed.")


class Section(_Model):
    """A heading and the running-prose paragraphs under it."""

    heading: Span | None = Field(default=None, description="None for text before any heading.")
    paragraphs: list[Span] = Field(default_factory=list, description="Running prose only.")


class Image(_Model):
    """The article's photo: its caption and its credit."""

    caption: Span | None = Field(default=None, description="The photo caption.")
    credit: Span | None = Field(default=None, description="The credited name, `fot.` removed.")


class DateMention(Span):
    """A date or date-time expression, normalised to ISO 8601."""

    value: str | None = Field(
        description="`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, `YYYY-MM` or `YYYY`; None when a "
        "relative expression cannot be resolved; a duration `P3D`/`PT2H` or a set "
        "`XXXX-WXX-4`/`P1Y` (None when the count is vague). Under the TIMEX3 scheme "
        "(`find_timex`) also `2026-W11`, `2026-Q1`, `2026-H2`, `2026-SU`."
    )
    type: TimexType = Field(
        default="date", description="TIMEX3 type: `date`, `time` (a clock time or part of a "
        "day), `duration` (`P3D`) or `set` (a recurring time, `w każdy czwartek`)."
    )
    granularity: Granularity | None = Field(default=None, description="Precision of `value`.")
    role: DateRole = Field(default="other", description="What the date is on the page.")
    range_part: Literal["start", "end"] | None = Field(
        default=None, description="Which end of a range (`od 1 do 5 marca`) this entry is."
    )
    range_end: str | None = Field(
        default=None, description="On a range's start entry: the value of its end."
    )
    relative: bool = Field(
        default=False, description="True when resolved against the publication date."
    )


class Event(Span):
    """One entry of an event calendar (when, where, admission)."""

    when: DateMention | None = Field(default=None, description="The date under `kiedy`.")
    place: Span | None = Field(default=None, description="The venue under `miejsce`.")
    admission: Span | None = Field(default=None, description="`wstęp wolny`, `wstęp biletowany`.")


class ChromeBlock(Span):
    """A run of page chrome set aside from the article, classified by kind."""

    kind: ChromeKind = Field(description="What the chrome is: ad, navigation, related, widget, ...")
    lines: list[Span] = Field(default_factory=list, description="Each chrome line as written.")
    items: list[Span] = Field(
        default_factory=list, description="For `related` blocks: the linked headlines."
    )
    events: list[Event] = Field(default_factory=list, description="For `calendar` blocks.")


class Institution(_Model):
    """One real-world institution, with all its mentions merged."""

    id: str = Field(description="Stable within the article: `I1`, `I2`, ...")
    canonical: str = Field(description="Full nominative name with locality when given.")
    acronym: str | None = Field(default=None, description="The usual Polish acronym, if any.")
    kind: InstitutionKind = Field(
        description="Taxonomy key, see docs/institutions.md (police, court, company, ...).")
    locality: str | None = Field(default=None, description="Town in the nominative.")
    parent: str | None = Field(default=None, description="`id` of the parent institution.")
    mentions: list[Span] = Field(default_factory=list, description="Every mention, as written.")


class Source(Span):
    """A credit of the text, of a photo, or a byline; `text` is the credited name."""

    kind: SourceKind = Field(description="`source` (text), `photo` (photo/video), `author`.")
    institution: str | None = Field(
        default=None, description="`id` of the institution the credit names, if any."
    )


class Declared(_Model):
    """A value the page's HTML metadata declares, and where it came from."""

    value: str = Field(description="The value as declared (white space collapsed).")
    source: str = Field(description=(
        "Where it came from: `json-ld:<property>`, an OpenGraph/`article:*`/`author` meta "
        "name (`og:title`, `article:published_time`), `time[datetime]`, "
        "`time[itemprop=datePublished]`, `link[rel=canonical]`, `html[lang]` or `title`."))


class Meta(_Model):
    """Page metadata: what the page text shows (spans), combined with what its HTML
    declares (docs/design.md, "Page metadata", gives the precedence)."""

    category: Span | None = Field(default=None, description="Section label, as shown.")
    title: Span | None = Field(default=None, description="The headline.")
    published: str | None = Field(default=None, description="ISO 8601 publication date.")
    published_span: Span | None = Field(default=None, description="Where the date is shown.")
    updated: str | None = Field(default=None, description="ISO 8601 last-update date.")
    image: Image | None = Field(default=None, description="The article photo, if credited.")
    title_source: str | None = Field(default=None, description=(
        "How the title was chosen: `text` (the layout), `h1`, or the declared headline it "
        "matches (`json-ld:headline`, `og:title`, `title`)."))
    published_source: str | None = Field(default=None, description=(
        "Where `published` came from: `caller`, `text`, or a declared source (also when the "
        "text shows the day and the markup its time)."))
    updated_source: str | None = Field(default=None, description=(
        "Where `updated` came from: `text`, or a declared source."))
    headline: Declared | None = Field(default=None, description="The declared headline.")
    section: Declared | None = Field(default=None, description="The declared section.")
    authors: list[Declared] = Field(default_factory=list, description="Declared authors.")
    publisher: Declared | None = Field(default=None, description="The declared publisher.")
    canonical_url: Declared | None = Field(default=None, description="The canonical URL.")
    language: Declared | None = Field(default=None, description="The declared language.")
    image_caption: Declared | None = Field(default=None,
                                           description="The declared photo caption.")


class Warning(_Model):
    """Something a user should know about this result (input repaired, truncated, ...)."""

    code: str = Field(description="Stable machine-readable code (`truncated`, `html_input`...).")
    message: str = Field(description="Human-readable detail.")


class Confidence(_Model):
    """How sure the parse is, from the layout model's line probabilities (0 to 1)."""

    title: float | None = Field(default=None, description="P(title) of the headline line.")
    lead: float | None = Field(default=None, description="Mean P(body) of the lead's lines.")
    published: float | None = Field(
        default=None, description="P(metadata) of the date line; 1.0 for a caller's date.")
    layout: float | None = Field(
        default=None, description="Mean over lines of the likeliest role's probability.")


class Article(_Model):
    """A parsed news page."""

    schema_version: str = Field(default=SCHEMA_VERSION, description="Version of this schema.")
    id: str | None = Field(default=None, description="Caller's id (file stem in the CLI).")
    url: str | None = Field(default=None, description="Caller-supplied page URL.")
    text: str = Field(description="The input after normalisation; all offsets point here.")
    meta: Meta = Field(default_factory=Meta, description="Category, title, dates, photo.")
    lead: Span | None = Field(default=None, description="The lead paragraph, if the page has one.")
    sections: list[Section] = Field(default_factory=list, description="The body after the lead.")
    lists: list[ListBlock] = Field(default_factory=list, description="Bulleted/numbered lists.")
    quotes: list[Quote] = Field(default_factory=list, description="Block and inline quotes.")
    chrome: list[ChromeBlock] = Field(default_factory=list, description="Page chrome by kind.")
    institutions: list[Institution] = Field(default_factory=list, description="Merged entities.")
    dates: list[DateMention] = Field(
        default_factory=list, description="Every date and clock time on the page, and the "
        "durations, sets and holidays of the article's prose (`type`), page order.")
    sources: list[Source] = Field(default_factory=list, description="Distinct credits.")
    warnings: list[Warning] = Field(default_factory=list, description="Repairs and limits hit.")
    confidence: Confidence = Field(default_factory=lambda: Confidence(),
                                   description="How sure the layout is; drop doubtful pages.")

    def to_flat(self) -> dict[str, Any]:
        """The gold-format view (GOLD_FORMAT.md field names and meanings) plus `id`."""
        return to_flat(self)


def json_schema() -> dict[str, Any]:
    """JSON Schema of `Article`, with the schema version in it."""
    schema = Article.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://newsnlp.invalid/schema/article-{SCHEMA_VERSION}.json"
    schema["x-schema-version"] = SCHEMA_VERSION
    return schema
