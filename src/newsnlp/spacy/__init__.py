"""spaCy integration: the ``newsnlp_article`` component factory."""
