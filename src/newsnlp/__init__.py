"""newsnlp: scraped Polish news pages to typed `Article` structures.

`import newsnlp` is cheap: dictionaries, patterns and models load on the first parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsnlp.models import SCHEMA_VERSION, Article, json_schema

if TYPE_CHECKING:
    from newsnlp.morph.baseform import base_form
    from newsnlp.pipeline import Pipeline, parse

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Article", "Pipeline", "__version__", "base_form", "json_schema",
           "parse"]


def __getattr__(name: str) -> Any:
    """Import the pipeline and the morphology only when they are first used."""
    if name in ("Pipeline", "parse"):
        from newsnlp import pipeline

        return getattr(pipeline, name)
    if name == "base_form":
        from newsnlp.morph.baseform import base_form

        return base_form
    raise AttributeError(f"module 'newsnlp' has no attribute {name!r}")
