"""ConflictKG core: configuration, namespaces, the store interface and the `ckg` command."""
