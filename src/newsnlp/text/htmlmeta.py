"""What an HTML page declares about itself: JSON-LD, OpenGraph/`article:*`, `<time>`, ...

`page_metadata(root)` reads the parsed tree (`text.html.parse_tree`) once. Every value keeps
where it came from (`json-ld:headline`, `og:title`, `article:published_time`,
`time[datetime]`, `time[itemprop=datePublished]`, `link[rel=canonical]`, `html[lang]`,
`title`), so the Article can say it.
Within one field the sources are tried in the order of `_ORDER` below: JSON-LD (the
publisher's structured record) first, then OpenGraph / `article:*` meta, then plain HTML.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

ARTICLE_TYPES = frozenset(("NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
                           "AnalysisNewsArticle", "OpinionNewsArticle", "WebPage"))
MAX_JSON_CHARS = 200_000
MAX_VALUE_CHARS = 1000


@dataclass(frozen=True, slots=True)
class Declared:
    """One declared value and where it came from."""

    value: str
    source: str


@dataclass(slots=True)
class PageMetadata:
    """The values a page declares, each field's candidates in precedence order."""

    headline: list[Declared] = field(default_factory=list)
    section: list[Declared] = field(default_factory=list)
    published: list[Declared] = field(default_factory=list)
    modified: list[Declared] = field(default_factory=list)
    authors: list[Declared] = field(default_factory=list)
    publisher: list[Declared] = field(default_factory=list)
    image_caption: list[Declared] = field(default_factory=list)
    description: list[Declared] = field(default_factory=list)
    canonical: list[Declared] = field(default_factory=list)
    language: list[Declared] = field(default_factory=list)

    def first(self, name: str) -> Declared | None:
        values: list[Declared] = getattr(self, name)
        return values[0] if values else None


def _text(value: object) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())[:MAX_VALUE_CHARS]
    return value or None


def _add(values: list[Declared], value: object, source: str) -> None:
    text = _text(value)
    if text is not None and all(d.value != text for d in values):
        values.append(Declared(text, source))


def _names(value: Any) -> Iterator[str]:
    """Names of a JSON-LD person/organisation value (a string, an object, or a list)."""
    for item in value if isinstance(value, list) else [value]:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str):
            yield name


def _objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object in a document (lists and `@graph` looked into)."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph"), depth + 1)


def _is_article(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k in ARTICLE_TYPES for k in kinds)


def _json_ld(root: etree._Element, meta: PageMetadata) -> None:
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads((script.text or "")[:MAX_JSON_CHARS])
        except (ValueError, RecursionError):
            continue
        for obj in filter(_is_article, _objects(data)):
            _add(meta.headline, obj.get("headline"), "json-ld:headline")
            sections = obj.get("articleSection")
            for section in sections if isinstance(sections, list) else [sections]:
                _add(meta.section, section, "json-ld:articleSection")
            _add(meta.published, obj.get("datePublished"), "json-ld:datePublished")
            _add(meta.modified, obj.get("dateModified"), "json-ld:dateModified")
            _add(meta.description, obj.get("description"), "json-ld:description")
            for name in _names(obj.get("author")):
                _add(meta.authors, name, "json-ld:author")
            for name in _names(obj.get("publisher")):
                _add(meta.publisher, name, "json-ld:publisher")
            images = obj.get("image")
            for image in images if isinstance(images, list) else [images]:
                if isinstance(image, dict):
                    _add(meta.image_caption, image.get("caption"), "json-ld:image.caption")


# (meta property or name, field) in the order they are read after JSON-LD.
_META = (("og:title", "headline"), ("article:section", "section"),
         ("article:published_time", "published"),
         ("article:modified_time", "modified"), ("og:updated_time", "modified"),
         ("article:author", "authors"), ("author", "authors"), ("og:site_name", "publisher"),
         ("og:url", "canonical"), ("og:image:alt", "image_caption"),
         ("og:description", "description"), ("description", "description"))


def _meta_tags(root: etree._Element, meta: PageMetadata) -> None:
    found: dict[str, str] = {}
    for tag in root.iter("meta"):
        key = (tag.get("property") or tag.get("name") or "").strip().lower()
        content = tag.get("content")
        if key and content and key not in found:
            found[key] = content
    for key, name in _META:
        value = found.get(key)
        if name == "authors" and value and value.startswith(("http://", "https://")):
            continue  # a profile URL, not a name
        _add(getattr(meta, name), value, key)


def _html(root: etree._Element, meta: PageMetadata) -> None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            _add(meta.canonical, link.get("href"), "link[rel=canonical]")
    _add(meta.language, root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang"),
         "html[lang]")
    for time in root.iter("time"):
        if time.get("datetime"):
            role = (time.get("itemprop") or "").lower()
            target = meta.modified if role == "datemodified" else meta.published
            _add(target, time.get("datetime"), "time[itemprop=datePublished]"
                 if role == "datepublished" else "time[datetime]")
    title = next(root.iter("title"), None)
    if title is not None:
        _add(meta.headline, title.text, "title")


def page_metadata(root: etree._Element | None) -> PageMetadata:
    """The metadata `root` declares (empty for a page without a tree)."""
    meta = PageMetadata()
    if root is not None:
        _json_ld(root, meta)
        _meta_tags(root, meta)
        _html(root, meta)
    return meta
