"""Sync through the reader's own WebDAV server, end-to-end encrypted (docs/sync.md).

Qt-free and free of SQL and sockets: clocks (:mod:`.hlc`), sealing (:mod:`.seal`),
the file payloads (:mod:`.payload`), the merge rule (:mod:`.merge`) and one sync
pass (:mod:`.engine`) with the server and the library handed in.
"""
