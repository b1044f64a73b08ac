"""Where the API key may travel: https anywhere, plain http only to this machine."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checked_base_url(url: str) -> str:
    """``url`` without a trailing slash; ValueError when it is not http(s), or plain http beyond loopback."""
    url = url.rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"base_url must be an http(s) URL, got {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError(f"refusing plain http to {parts.hostname}: the API key would travel unencrypted; use https")
    return url
