# The ConflictKG API: builds the graph from data/ into the store CKG_STORE names, then serves it.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    CKG_STORE=/var/lib/ckg/store

WORKDIR /app

# Dependencies first, so that a change to the code or data does not reinstall them.
COPY pyproject.toml README.md ./
COPY ckg/__init__.py ckg/__init__.py
COPY ingest/__init__.py ingest/__init__.py
COPY api/__init__.py api/__init__.py
# Editable: ckg/paths.py finds ontology/, shapes/, queries/ and data/ beside the package, in /app.
RUN pip install -e .

COPY ckg ckg
COPY ingest ingest
COPY api api
COPY ontology ontology
COPY shapes shapes
COPY queries queries
COPY data data

EXPOSE 8000
# Rebuild on start: the store may be a remote server that only exists at run time (docker-compose.yml).
CMD ["sh", "-c", "python -m api.wait_for_store && ckg build && exec ckg serve --host 0.0.0.0 --port 8000"]
