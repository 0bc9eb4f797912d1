"""Ship a trained spaCy NER pipeline inside newsnlp: its config plus one weights file.

The pipeline is stored as `config.cfg` + `model.bin` (`Language.to_bytes` with the floret
vectors table but without the vocab strings, which neither the hash embeddings nor floret
need), so it loads from package data through
`importlib.resources` even from a zipped install (`newsnlp.extract.ner.shipped_model`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy


def package(model_dir: Path, out_dir: Path) -> int:
    """Write config.cfg and model.bin for the pipeline in `model_dir`; return the bytes."""
    nlp = spacy.load(model_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.config.to_disk(out_dir / "config.cfg")
    data = nlp.to_bytes(exclude=["strings"])
    (out_dir / "model.bin").write_bytes(data)
    return len(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model", type=Path, help="a trained pipeline (model-best)")
    parser.add_argument("out", type=Path, help="src/newsnlp/data/models/ner")
    args = parser.parse_args()
    print(f"{package(args.model, args.out)} bytes")


if __name__ == "__main__":
    main()
