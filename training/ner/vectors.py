"""Train floret static vectors on the NER training split's own text (no outside text).

    python training/ner/vectors.py training/ner/corpus/train.spacy training/ner/vectors

Reads only `train.spacy` (never the NKJP held-out split or CEN dev), writes its tokens one
document a line, trains floret subword vectors (compact hash table: Polish inflection shares
subwords, so every word form gets a vector) and converts them with `spacy init vectors`
into a pipeline directory that `config.cfg` loads as `paths.vectors`. One thread (floret
seeds its own generator), so the vectors are deterministic.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import floret
import spacy
from spacy.tokens import DocBin

# Small table: the shipped model stays <= 25 MB (BUCKET * DIM * 4 bytes = 6.4 MB).
DIM = 64
BUCKET = 25_000


def write_text(train: Path, out: Path) -> int:
    """The training documents' tokens, space-separated, one document a line; the token count."""
    nlp = spacy.blank("pl")
    tokens = 0
    with out.open("w", encoding="utf-8") as handle:
        for doc in DocBin().from_disk(train).get_docs(nlp.vocab):
            words = [t.text for t in doc if not t.is_space]
            tokens += len(words)
            handle.write(" ".join(words) + "\n")
    return tokens


def train_vectors(text: Path, out: Path) -> None:
    """Train floret skipgram vectors on `text`; write `<out>.floret` (the bucket table)."""
    model = floret.train_unsupervised(
        str(text), model="skipgram", mode="floret", hashCount=2, bucket=BUCKET,
        minn=3, maxn=5, dim=DIM, epoch=10, minCount=2, thread=1,
    )
    model.save_floret_vectors(str(out.with_suffix(".floret")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train", type=Path, help="training/ner/corpus/train.spacy")
    parser.add_argument("out", type=Path, help="output directory of the vectors pipeline")
    args = parser.parse_args()
    work = args.train.parent
    text = work / "vectors_text.txt"
    print(f"{write_text(args.train, text)} tokens")
    train_vectors(text, work / "vectors")
    subprocess.run(
        [sys.executable, "-m", "spacy", "init", "vectors", "pl",
         str(work / "vectors.floret"), str(args.out), "--mode", "floret"],
        check=True,
    )


if __name__ == "__main__":
    main()
