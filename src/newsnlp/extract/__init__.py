"""Extractors that read the blocks: quotes, dates, institutions, sources, calendar events."""
