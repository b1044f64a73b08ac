"""The resource namespaces of ``np6.Client`` / ``np6.AsyncClient`` with NP6's multi-step workflows."""
