"""Ingest: raw source text + curated annotation -> evidence-anchored RDF -> SHACL gate -> store."""
