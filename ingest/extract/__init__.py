"""Scripted extraction: draft a curated annotation from a raw article (`ckg extract`) and score drafts
against gold annotations (`ckg eval`, `make eval`).

A rule-based pipeline (regular expressions, a gazetteer built from data/registry.yaml and the world's
countries, towns and provinces (world_places.py), the vocabularies of ontology/vocabularies.ttl): text.py (sentences with offsets) ->
entities.py (people, groups, places) -> events.py (typed, dated, placed events; dates.py) -> claims.py
(casualty claims; numbers.py) -> statements.py (quotes) -> draft.py (the annotation, valid for the ingest).
Scoring: gold.py (both annotation formats) -> score.py (precision, recall, F1).
"""
from ingest.extract.draft import draft_annotation, dump_yaml, extract

__all__ = ["draft_annotation", "dump_yaml", "extract"]
