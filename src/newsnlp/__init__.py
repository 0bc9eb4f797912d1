"""newsnlp: scraped Polish news pages to typed `Article` structures."""

from __future__ import annotations

from newsnlp.models import SCHEMA_VERSION, Article

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Article", "__version__"]
