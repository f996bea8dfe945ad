"""Helpers for the batch tests: injected parse functions (importable by spawned workers) and a
small WARC builder (so tests and the benchmark need no WARC writer library)."""

from __future__ import annotations

import gzip
import io
import os
import time
from collections.abc import Iterable
from typing import Any

import pressparse

SLEEP = b"@@SLEEP@@"
ALLOCATE = b"@@ALLOCATE@@"
EXIT = b"@@EXIT@@"
RAISE = b"@@RAISE@@"


def misbehaving_parse(data: bytes | str, **kwargs: Any) -> pressparse.PressRelease:
    """``pressparse.parse``, except for pages that start with a marker: those hang, allocate
    without bound, kill their process or raise."""
    head = data[:20] if isinstance(data, bytes) else data[:20].encode()
    if head.startswith(SLEEP):
        time.sleep(3600)
    if head.startswith(ALLOCATE):
        hoard = []
        while True:
            hoard.append(bytearray(64 * 1024 * 1024))
    if head.startswith(EXIT):
        os._exit(7)
    if head.startswith(RAISE):
        raise RuntimeError("injected parser failure")
    return pressparse.parse(data, **kwargs)


def warc_record(uri: str, record_id: str, body: bytes, *, content_type: str = "text/html; charset=utf-8",
                status: str = "200 OK", chunked: bool = False) -> bytes:
    """One WARC/1.0 response record holding an HTTP response."""
    payload = body
    headers = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
    if chunked:
        payload = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in _chunks(body, 4096)) + b"0\r\n\r\n"
        headers += "Transfer-Encoding: chunked\r\n"
    else:
        headers += f"Content-Length: {len(body)}\r\n"
    block = (headers + "\r\n").encode("latin-1") + payload
    warc_headers = (
        "WARC/1.0\r\n"
        "WARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{record_id}>\r\n"
        "WARC-Date: 2024-04-01T12:00:00Z\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return warc_headers.encode("latin-1") + block + b"\r\n\r\n"


def warcinfo_record() -> bytes:
    block = b"software: pressparse-tests\r\n"
    return (
        "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n"
        "WARC-Date: 2024-04-01T12:00:00Z\r\nContent-Type: application/warc-fields\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode() + block + b"\r\n\r\n"


def write_warc(path: str | os.PathLike[str], records: Iterable[bytes], *, compress: bool = True) -> None:
    """Write records, each in its own gzip member when ``compress`` (as crawlers write .warc.gz)."""
    with open(path, "wb") as out:
        for record in [warcinfo_record(), *records]:
            if compress:
                buffer = io.BytesIO()
                with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as member:
                    member.write(record)
                out.write(buffer.getvalue())
            else:
                out.write(record)


def _chunks(data: bytes, size: int) -> Iterable[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def sleepy_parse(data: bytes | str, **kwargs: Any) -> pressparse.PressRelease:
    """Parse a tiny page after 20 ms of sleep: a page whose cost is not CPU, to measure the pool's
    own scaling on a machine whose CPUs are shared with other work."""
    time.sleep(0.02)
    return pressparse.parse(b"WASHINGTON - The agency said so today.", **kwargs)
