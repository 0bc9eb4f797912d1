"""Text preparation: decoding, HTML to text, normalisation with an offset map, lines, sentences."""
