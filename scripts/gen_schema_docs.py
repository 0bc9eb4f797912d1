"""Write docs/schema.md from the pydantic models, so every field is documented.

Run `python scripts/gen_schema_docs.py` after changing `newsnlp/models.py`; a test fails
when the file is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from newsnlp import models

DOC = Path(__file__).resolve().parents[1] / "docs" / "schema.md"

INTRO = f"""# Output schema

Schema version **{models.SCHEMA_VERSION}** (`Article.schema_version`). The JSON Schema is
printed by `newsnlp schema`; this page is generated from the same models by
`scripts/gen_schema_docs.py`.

Every item copied from the page is a `Span`: `start` and `end` are character offsets into
`Article.text`, the input after normalisation (NFC; `\\r\\n` and `\\r` to `\\n`; NBSP and other
space characters to a space; zero-width characters, soft hyphens, BOM and control characters
removed), and `article.text[start:end] == span.text` always holds.
`newsnlp.text.normalize.normalize` returns the offset map back to the raw input.

The flat view (`Article.to_flat()`, `--format flat`) uses the field names of the gold format:
`id, category, published, title, image{{caption, credit}}, lead, sections[{{heading,
paragraphs}}], lists, quotes[{{text, speaker}}], institutions[{{canonical, acronym, kind,
locality, parent, mentions}}], dates[{{text, value}}], sources[{{kind, name}}], boilerplate,
warnings`, with plain strings instead of spans.

## Institution kinds

See [Institutions](institutions.md) for the taxonomy used in `Institution.kind`.
"""

ORDER = [models.Article, models.Meta, models.Image, models.Span, models.Section,
         models.ListBlock, models.Quote, models.ChromeBlock, models.Event, models.Institution,
         models.DateMention, models.Source, models.Warning]


def _type(annotation: Any) -> str:
    text = str(annotation).replace("typing.", "").replace("newsnlp.models.", "")
    return text.replace("<class '", "").replace("'>", "").replace("|", "\\|")


def model_table(model: type[BaseModel]) -> str:
    lines = [f"## {model.__name__}", "", (model.__doc__ or "").strip(), "",
             "| field | type | meaning |", "| --- | --- | --- |"]
    for name, field in model.model_fields.items():
        desc = (field.description or "").replace("|", "\\|")
        lines.append(f"| `{name}` | `{_type(field.annotation)}` | {desc} |")
    return "\n".join(lines) + "\n"


def render() -> str:
    return INTRO + "\n" + "\n".join(model_table(m) for m in ORDER)


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {DOC}\n")
