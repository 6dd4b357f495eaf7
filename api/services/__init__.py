"""The work behind the routes: SPARQL protocol handling, store backends, health, the query editor."""
