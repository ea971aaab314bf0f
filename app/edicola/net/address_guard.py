"""Which machines a feed may make Edicola connect to: not the reader's own, nor its network.

A feed is written by someone else, and what it points at (item pages, images,
enclosures, every redirect) is fetched unattended, on a schedule, and the
answer can end up in a signed, published edition. A feed that points at
``http://127.0.0.1:8080/admin`` or ``http://2130706433/`` (the same address in
decimal) would read the reader's own services into the paper (issue 19).

So every connection is checked *after* name resolution, whatever notation the
URL used (decimal, octal, hexadecimal, IPv4-mapped IPv6…), and made to the
very address that was checked, so a name that resolves to a public address
once and to 127.0.0.1 the next time (DNS rebinding) cannot slip through.
Refused: loopback, private, link-local, multicast, unspecified and other
non-global addresses, also when embedded in IPv6. The exceptions are the
origins the reader trusts (the feeds they typed: scheme, host and port) and a
recipe that says ``allow_private_networks = true``.

Qt-free and synchronous (sockets), for ``urllib`` on worker threads.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]
"""``(host, port)`` → the addresses (text) a connection may go to, in order."""

_DEFAULT_PORTS = {"http": 80, "https": 443}
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


class AddressRefused(OSError):
    """A connection the guard refused; ``str()`` is one line naming the address and why."""


def origin(url: str) -> tuple[str, str, int] | None:
    """``(scheme, host, port)`` of an http(s) URL, lower-cased, default port filled in."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    return scheme, host, port or _DEFAULT_PORTS[scheme]


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, compatible, 6to4, NAT64), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64 or (address in _IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def refusal(text: str) -> str | None:
    """Why an address may not be reached ("a loopback address"), or None when it is public."""
    try:
        address: Address = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            reason = refusal(str(embedded))
            return f"{reason} inside an IPv6 address" if reason else None
    for kind, test in (
        ("an unspecified", address.is_unspecified),
        ("a loopback", address.is_loopback),
        ("a link-local", address.is_link_local),
        ("a multicast", address.is_multicast),
        ("a private", address.is_private),
        ("a reserved", not address.is_global),
    ):
        if test:
            return f"{kind} address"
    return None


def system_resolver(host: str, port: int) -> list[str]:
    """The system's answer for ``host`` (names, and every numeric notation it accepts)."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise OSError(f"{host}: cannot resolve ({exc.strerror})") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in found))


class AddressGuard:
    """Checks and makes connections for one fetcher; thread-safe (its state only grows)."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        trusted: Iterable[str] = (),
        resolver: Resolver = system_resolver,
    ) -> None:
        self.allow_private = allow_private
        self.resolver = resolver
        self._trusted: set[tuple[str, str, int]] = set()
        for url in trusted:
            self.trust(url)

    def trust(self, url: str) -> None:
        """Let connections to ``url``'s origin reach any address (a feed the reader typed)."""
        found = origin(url)
        if found is not None:
            self._trusted.add(found)

    def is_trusted(self, scheme: str, host: str, port: int) -> bool:
        return self.allow_private or (scheme, host.lower(), port) in self._trusted

    def addresses(self, scheme: str, host: str, port: int) -> list[str]:
        """The addresses a connection to ``host`` may use; :class:`AddressRefused` when
        any of them is not public (a mixed answer is how rebinding starts)."""
        found = self.resolver(host.strip("[]"), port)
        if not found:
            raise AddressRefused(f"{host}: resolves to no address")
        if self.is_trusted(scheme, host, port):
            return found
        for address in found:
            reason = refusal(address)
            if reason:
                where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
                shown = f"{where} is" if host == address else f"{where} resolves to {address},"
                raise AddressRefused(
                    f"refused: {shown} {reason} (feeds may not reach this machine or its "
                    "network; see allow_private_networks)"
                )
        return found

    def connect(
        self,
        scheme: str,
        host: str,
        port: int,
        timeout: Any,
        source_address: tuple[str, int] | None = None,
    ) -> socket.socket:
        """A connected socket to a checked address of ``host`` (the one that was checked)."""
        error: OSError | None = None
        for address in self.addresses(scheme, host, port):
            try:
                return socket.create_connection((address, port), timeout, source_address)
            except OSError as exc:
                error = exc
        assert error is not None
        raise error


def check_url(
    url: str, *, trusted: Iterable[str] = (), resolver: Resolver = system_resolver
) -> None:
    """Raise :class:`AddressRefused` when ``url`` (an address a catalog gave, say) would
    reach this machine or its network, unless it shares an origin with a ``trusted`` URL
    (the catalog the reader typed). For clients that resolve names themselves
    (QNetworkAccessManager): the check cannot pin the address, so a name that changes
    its answer between this check and the request is not caught; the feeds' fetcher
    connects through :meth:`AddressGuard.connect`, which does."""
    target = origin(url)
    if target is None:
        raise AddressRefused(f"{url}: not an http(s) URL")
    AddressGuard(trusted=trusted, resolver=resolver).addresses(*target)
