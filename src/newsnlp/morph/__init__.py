"""Polish morphology: Morfeusz 2 access (one cached module) and nominative base forms."""
