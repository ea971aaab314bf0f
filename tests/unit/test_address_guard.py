"""The address guard (issue 19): which addresses a feed may reach, in every notation,
checked after resolution and connected to as checked."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from edicola.net.address_guard import AddressGuard, AddressRefused, check_url, origin, refusal


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.1.2", "loopback"),
        ("::1", "loopback"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),  # the cloud metadata service
        ("fe80::1%eth0", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("100.64.0.1", "reserved"),  # carrier-grade NAT: not global
        ("::ffff:127.0.0.1", "loopback address inside an IPv6"),
        ("::ffff:10.0.0.1", "private address inside an IPv6"),
        ("::127.0.0.1", "loopback address inside an IPv6"),  # IPv4-compatible
        ("2002:7f00:1::", "loopback address inside an IPv6"),  # 6to4
        ("64:ff9b::a00:1", "private address inside an IPv6"),  # NAT64
    ],
)
def test_non_public_addresses_are_refused(address: str, kind: str) -> None:
    reason = refusal(address)
    assert reason is not None and kind in reason


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal(address) is None


@pytest.mark.parametrize(
    "host",
    ["2130706433", "0x7f000001", "0x7f.1", "0177.0.0.1", "127.1", "017700000001", "localhost"],
)
def test_every_notation_of_loopback_resolves_and_is_refused(host: str) -> None:
    """The system resolver reads decimal, octal and hexadecimal forms: the check runs on
    what it resolves to, so no notation slips through."""
    guard = AddressGuard()
    with pytest.raises(AddressRefused, match="loopback"):
        guard.addresses("http", host, 80)


def test_the_origins_the_reader_typed_are_trusted() -> None:
    guard = AddressGuard(trusted=["http://127.0.0.1:8000/feed.xml"])
    assert guard.addresses("http", "127.0.0.1", 8000) == ["127.0.0.1"]
    for scheme, host, port in (
        ("http", "127.0.0.1", 8001),  # another port
        ("https", "127.0.0.1", 8000),  # another scheme
        ("http", "2130706433", 8000),  # the same machine by another name
    ):
        with pytest.raises(AddressRefused):
            guard.addresses(scheme, host, port)
    assert AddressGuard(allow_private=True).addresses("http", "127.0.0.1", 9) == ["127.0.0.1"]


def test_a_mixed_answer_is_refused_whole() -> None:
    guard = AddressGuard(resolver=lambda host, port: ["93.184.215.14", "127.0.0.1"])
    with pytest.raises(AddressRefused, match=r"resolves to 127\.0\.0\.1"):
        guard.addresses("https", "news.example", 443)


def test_origin() -> None:
    assert origin("HTTP://Example.COM/feed") == ("http", "example.com", 80)
    assert origin("https://[::1]:8443/") == ("https", "::1", 8443)
    assert origin("ftp://example.com/") is None
    assert origin("http://x:99999/") is None


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A listening socket: the kernel completes a connection into its backlog."""
    server = socket.create_server(("127.0.0.1", 0))
    yield server
    server.close()


def test_the_connection_goes_to_the_address_that_was_checked(listener: socket.socket) -> None:
    """DNS rebinding: the name is resolved once, by the guard, and the socket connects
    to that answer. (``rebind.invalid`` does not resolve at all: a second lookup by
    the system would fail.)"""
    answers = iter([["127.0.0.1"], ["203.0.113.9"]])
    guard = AddressGuard(allow_private=True, resolver=lambda host, port: next(answers))
    port = listener.getsockname()[1]
    with guard.connect("http", "rebind.invalid", port, timeout=10) as connection:
        assert connection.getpeername() == ("127.0.0.1", port)


def test_a_rebinding_name_is_refused_when_it_turns_private() -> None:
    answers = iter([["93.184.215.14"], ["127.0.0.1"]])
    guard = AddressGuard(resolver=lambda host, port: next(answers))
    assert guard.addresses("http", "rebind.example", 80) == ["93.184.215.14"]
    with pytest.raises(AddressRefused, match="loopback"):
        guard.addresses("http", "rebind.example", 80)


def test_check_url_for_clients_that_resolve_themselves() -> None:
    check_url("http://127.0.0.1:8765/bundle.edicola", trusted=["http://127.0.0.1:8765/catalog"])
    with pytest.raises(AddressRefused, match="loopback"):
        check_url("http://127.0.0.1:8766/", trusted=["http://127.0.0.1:8765/catalog"])
    with pytest.raises(AddressRefused, match="not an http"):
        check_url("file:///etc/passwd")
