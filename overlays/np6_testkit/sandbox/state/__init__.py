"""The sandbox's in-memory NP6 state and the handlers that implement NP6's semantics on it."""
