"""Reading a WebDAV folder listing (PROPFIND, depth 1) as servers send it."""

from __future__ import annotations

import pytest

from edicola.core.sync.engine import RemoteError, RemoteFile
from edicola.net.webdav import _parse_listing

URL = "https://cloud.example/remote.php/dav/files/anna/Edicola/"
FOLDER = "/remote.php/dav/files/anna/Edicola/"

LISTING = b"""<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns">
 <d:response><d:href>/remote.php/dav/files/anna/Edicola/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype>
   <d:getetag>"folder"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
 </d:response>
 <d:response><d:href>/remote.php/dav/files/anna/Edicola/vault</d:href>
  <d:propstat><d:prop><d:getetag>"e1"</d:getetag><d:getcontentlength>120</d:getcontentlength>
   <d:resourcetype/><oc:id>7</oc:id></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
 </d:response>
 <d:response><d:href>https://cloud.example/remote.php/dav/files/anna/Edicola/0a%201b</d:href>
  <d:propstat><d:prop><d:getcontentlength>9</d:getcontentlength>
   <d:getlastmodified>Mon, 07 Dec 2026 06:00:00 GMT</d:getlastmodified></d:prop>
   <d:status>HTTP/1.1 200 OK</d:status></d:propstat>
  <d:propstat><d:prop><d:getetag/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
 </d:response>
 <d:response><d:href>/remote.php/dav/files/anna/Edicola/old/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop>
   <d:status>HTTP/1.1 200 OK</d:status></d:propstat>
 </d:response>
</d:multistatus>"""


def test_files_with_their_tags_and_no_folders() -> None:
    assert _parse_listing(LISTING, FOLDER, URL) == [
        RemoteFile("vault", '"e1"'),
        RemoteFile("0a 1b", "9@Mon, 07 Dec 2026 06:00:00 GMT"),  # no ETag: size and date
    ]


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b"<html>a login page", "not XML"),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', "entities"),
    ],
)
def test_a_listing_that_is_not_one_is_a_one_line_error(body: bytes, why: str) -> None:
    with pytest.raises(RemoteError, match=why):
        _parse_listing(body, FOLDER, URL)
