"""Schemathesis hooks for the ConflictKG API: send SPARQL query and update bodies as the text they are.

Loaded by tests/fuzz/run_schemathesis.sh through SCHEMATHESIS_HOOKS; schemathesis has no serializer of
its own for application/sparql-query or application/sparql-update, so POST /sparql would go untested.
"""
import schemathesis

schemathesis.serializer.alias(["application/sparql-query", "application/sparql-update"], "text/plain")
