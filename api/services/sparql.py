"""The SPARQL service: negotiate, authorise, and run protocol operations on the configured backend."""
from __future__ import annotations

import hmac
import json

from api.services.backends import ProtocolBackend
from api.services.negotiation import choose_formats, not_acceptable
from api.services.protocol import ProtocolError, QueryOperation, UpdateOperation
from api.services.sparql_syntax import (RefusedOperation, UpdateDatasetError, add_using_clauses,
                                        refuse_unservable_query, refuse_unservable_update, result_kind)
from api.settings import Settings
from ckg.query_runner import QueryOutput

_BEARER_CHALLENGE = 'Bearer realm="ckg-sparql-update"'


class SparqlService:
    """What /sparql does, whichever backend it runs on."""

    def __init__(self, backend: ProtocolBackend, settings: Settings):
        self.backend = backend
        self.settings = settings

    def run_query(self, operation: QueryOperation, accept: str | None, base_iri: str) -> QueryOutput:
        # Checked here, before either backend: a remote `oxigraph serve` would follow SERVICE too, and
        # a query nested too deep would crash it for every client.
        try:
            refuse_unservable_query(operation.query)
        except RefusedOperation as exc:
            raise ProtocolError(400, str(exc)) from None
        formats = choose_formats(accept)
        kind = result_kind(operation.query)
        if kind is not None and formats.for_kind(kind) is None:
            raise not_acceptable(kind)
        return self.backend.query(operation, formats, kind, base_iri, self.settings.query_timeout)

    def run_update(self, operation: UpdateOperation, authorization: str | None, base_iri: str) -> None:
        self.authorize_update(authorization)
        try:
            refuse_unservable_update(operation.update)
            update = add_using_clauses(operation.update, operation.using_graphs, operation.using_named_graphs)
        except (RefusedOperation, UpdateDatasetError) as exc:
            raise ProtocolError(400, str(exc)) from None
        self.backend.update(update, base_iri, self.settings.query_timeout)

    def authorize_update(self, authorization: str | None, what: str = "SPARQL Update") -> None:
        """Read-only unless CKG_WRITE_TOKEN is set; then the request must present it as a bearer token. `what`
        names the kind of write in the refusal ("SPARQL Update", "writing to the Graph Store")."""
        token = self.settings.write_token
        if not token:
            raise ProtocolError(403, f"{what} is switched off on this endpoint (the server has no CKG_WRITE_TOKEN)")
        scheme, _, presented = (authorization or "").strip().partition(" ")
        if scheme.lower() != "bearer" or not presented.strip():
            raise ProtocolError(401, f"{what} needs the header `Authorization: Bearer <CKG_WRITE_TOKEN>`",
                                {"WWW-Authenticate": _BEARER_CHALLENGE})
        if not hmac.compare_digest(presented.strip().encode(), token.encode()):
            raise ProtocolError(401, "the bearer token is not the write token",
                                {"WWW-Authenticate": _BEARER_CHALLENGE + ', error="invalid_token"'})

    def triple_count(self) -> int:
        """Triples in the default graph and every named graph, counted through the query path itself."""
        query = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        output = self.run_query(QueryOperation(query), "application/sparql-results+json", "http://localhost/")
        bindings = json.loads(output.body)["results"]["bindings"]
        return int(bindings[0]["n"]["value"]) if bindings else 0

    def close(self) -> None:
        self.backend.close()
