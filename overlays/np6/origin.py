"""Where the API key may travel, and what a key or base URL may look like: https anywhere, plain http only to
this machine, and nothing in either that could smuggle a header or show a secret in a message.

``np6.Client`` applies these rules to its ``api_key`` and ``base_url``; a tool that sends an NP6 key itself
(``np6 contract``, the sandbox refusing to listen beyond loopback, your own scripts) applies the same ones by
calling them.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from .errors import ConfigurationError


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an IP address, IPv6 with or without brackets) is this machine: ``localhost``
    or a loopback address. Plain http is allowed there only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checked_api_key(key: str) -> str:
    """``key`` without surrounding whitespace; ConfigurationError (never quoting it) when it is empty or holds
    anything but printable ASCII: a CR, LF or NUL would forge headers, and httpx encodes header values as ASCII."""
    key = key.strip()
    if not key:
        raise ConfigurationError("no NP6 API key: pass api_key=... or set NP6_API_KEY")
    if not all(" " < character < "\x7f" for character in key):
        raise ConfigurationError(
            f"the NP6 API key ({len(key)} characters, not shown) holds a space, a control character (CR, LF, NUL, "
            "...) or a non-ASCII character: NP6 keys are printable ASCII; check how it was read"
        )
    return key


def checked_base_url(url: str) -> str:
    """``url`` without a trailing slash; ConfigurationError when it is not http(s), is plain http beyond loopback,
    or carries user info, a query string or a fragment (the message never shows user info)."""
    try:
        parts = urlsplit(url.strip())
        hostname = parts.hostname
    except ValueError:  # e.g. an unclosed IPv6 bracket or a bad port
        raise ConfigurationError("base_url is not a valid URL") from None
    origin = f"{parts.scheme}://{hostname}" if hostname else "base_url"
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError(
            f"base_url for {origin} carries user info (user:password@): NP6 authenticates with the API key only, "
            "and a password in a URL would show in messages; remove it"
        )
    if parts.scheme not in ("http", "https") or not hostname:
        raise ConfigurationError(f"base_url must be an http(s) URL, got {url!r}")
    if parts.query or parts.fragment or url.strip().endswith(("?", "#")):
        raise ConfigurationError(
            f"base_url for {origin} has a query string or fragment: give the API root only (e.g. https://api-cm.np6.com)"
        )
    if any(not " " < character < "\x7f" for character in url.strip()):
        raise ConfigurationError(f"base_url for {origin} holds a space, control or non-ASCII character")
    if parts.scheme == "http" and not is_loopback(hostname):
        raise ConfigurationError(f"refusing plain http to {hostname}: the API key would travel unencrypted; use https")
    return url.strip().rstrip("/")


__all__ = ["checked_api_key", "checked_base_url", "is_loopback"]
