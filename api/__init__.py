"""The FastAPI application: the SPARQL 1.1 Protocol endpoint, health, the query editor and the REST endpoints."""
