"""The `events` namespace: iterate NP6's event streams over a time range, resumably."""

from __future__ import annotations

from np6_client import AuthenticatedClient


class Events:
    """Bounded-memory, de-duplicated, resumable iteration over action events and contact hits."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client


class AsyncEvents:
    """The asynchronous twin of :class:`Events`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
