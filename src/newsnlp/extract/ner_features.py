"""The `newsnlp_morph_features` component: Morfeusz base forms and name classes on tokens.

It runs before the shipped NER model's `tok2vec`, whose hash embeddings read `LEMMA` and
`MORPH` besides the word's own form (`training/ner/config.cfg`), and during training as an
annotating component, so the model sees the same features at training and at run time.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis

from newsnlp.morph.features import token_features

__all__ = ["MorphFeatures", "make_morph_features"]


class MorphFeatures:
    """Set each token's `lemma_` and `morph` from `newsnlp.morph.features.token_features`."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            lemma, morph = token_features(token.text)
            token.lemma_ = lemma
            token.morph = MorphAnalysis(doc.vocab, morph)
        return doc


@Language.factory("newsnlp_morph_features", assigns=["token.lemma", "token.morph"])
def make_morph_features(nlp: Language, name: str) -> MorphFeatures:
    """The `newsnlp_morph_features` factory (`nlp.add_pipe("newsnlp_morph_features")`)."""
    return MorphFeatures()
