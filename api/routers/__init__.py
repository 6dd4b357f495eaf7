"""HTTP routes, one module per surface; each reads its parameters and hands the work to a service."""
