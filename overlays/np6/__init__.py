"""np6: the Python SDK for the NP6 CM (Chapsvision) REST API 8.1.0.

The low-level client, generated from ``spec/np6.yaml``, is the ``np6_client`` package: every
operation of the API as a typed function under ``np6_client.api.<tag>``.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
