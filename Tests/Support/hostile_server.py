#!/usr/bin/env python3
"""Loopback HTTP server that answers hostile status lines, headers and bodies, for the HTTP fuzz tests.

usage: hostile_server.py

Binds 127.0.0.1 on a free port and prints the port as the first line of stdout. Python stdlib only;
it speaks raw HTTP/1.1 over the socket so it can send what no well-behaved server would.

The answer is chosen by the request path: /case/NAME/anything?... answers case NAME (so a client's
base URL can be http://127.0.0.1:PORT/case/NAME and every path below it gets that case), and
/random/SEED/... answers a seeded random combination of a status line, headers and a body.
GET /__cases lists the case names, one a line. GET /__stats answers JSON: requests seen and bytes sent.

Big bodies are streamed from one reused buffer, never stored: `body-2g` announces and sends 2 GiB
until the client hangs up.
"""
import json
import random
import socket
import socketserver
import sys
import threading
import time
import zlib

GIB = 1 << 30
STATS = {"requests": 0, "bytes": 0}
LOCK = threading.Lock()
CHUNK = (b'{"items": [' + b'{"id": "0000", "name": "x"}, ' * 2000)[: 64 * 1024]
JSON_OK = b'{"items": [], "next_page_token": null}'


def head(status=b"HTTP/1.1 200 OK", headers=(), length=None, chunked=False):
    lines = [status]
    for k, v in headers:
        lines.append(k + b": " + v)
    if length is not None:
        lines.append(b"Content-Length: " + str(length).encode())
    if chunked:
        lines.append(b"Transfer-Encoding: chunked")
    lines.append(b"Content-Type: application/json")
    lines.append(b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n"


def simple(status, headers=(), body=JSON_OK):
    return lambda w: w(head(status, headers, len(body)) + body)


def stream(total, chunked=False, announce=True):
    """`total` bytes of JSON-looking filler, streamed; stops when the client hangs up."""
    def run(w):
        w(head(b"HTTP/1.1 200 OK", (), total if announce and not chunked else None, chunked))
        sent = 0
        while sent < total:
            n = min(len(CHUNK), total - sent)
            data = CHUNK[:n]
            w(b"%x\r\n" % n + data + b"\r\n" if chunked else data)
            sent += n
        if chunked:
            w(b"0\r\n\r\n")
    return run


def endless(w):
    """A chunked body that never ends, fast: the size cap or the timeout must stop it."""
    w(head(chunked=True))
    piece = b"%x\r\n" % len(CHUNK) + CHUNK + b"\r\n"
    while True:
        w(piece)


def trickle(w):
    """One byte every half second, forever: the low-speed limit or the timeout must stop it."""
    w(head(chunked=True))
    while True:
        w(b"1\r\n \r\n")
        time.sleep(0.5)


def stall(w):
    """Headers, then silence."""
    w(head(length=100))
    time.sleep(3600)


def stall_before_status(w):
    time.sleep(3600)


def truncated_chunked(w):
    w(head(chunked=True) + b"64\r\n" + b'{"items": [')


def bad_chunk_size(w):
    w(head(chunked=True) + b"zz\r\nhello\r\n0\r\n\r\n")


def huge_chunk_size(w):
    w(head(chunked=True) + b"ffffffffffffffffffff\r\nhello")


def short_body(w):
    w(head(length=100000) + JSON_OK)


def gzip_bomb(w):
    """A gzip body of 512 MiB of spaces in a few hundred KB: the cap applies after decompression."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    w(head(headers=((b"Content-Encoding", b"gzip"),), chunked=True))
    block = b" " * (1 << 20)
    for _ in range(512):
        out = comp.compress(block)
        if out:
            w(b"%x\r\n" % len(out) + out + b"\r\n")
    out = comp.flush()
    w(b"%x\r\n" % len(out) + out + b"\r\n0\r\n\r\n")


def huge_header(w):
    w(b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * (2 << 20) + b"\r\nContent-Length: 2\r\n\r\n{}")


def many_headers(w):
    w(b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(200000)) + b"Content-Length: 2\r\n\r\n{}")


def close_at_once(w):
    pass


RATE = (b"X-RateLimit-Remaining", b"0")
CASES = {
    # Retry-After and rate-limit values
    "retry-after-inf": simple(b"HTTP/1.1 429 Too Many Requests", [(b"Retry-After", b"inf")]),
    "retry-after-infinity": simple(b"HTTP/1.1 503 Unavailable", [(b"Retry-After", b"Infinity")]),
    "retry-after-nan": simple(b"HTTP/1.1 429 Too Many Requests", [(b"Retry-After", b"nan")]),
    "retry-after-negative": simple(b"HTTP/1.1 429 Too Many Requests", [(b"Retry-After", b"-86400")]),
    "retry-after-huge": simple(b"HTTP/1.1 429 Too Many Requests", [(b"Retry-After", b"1e300")]),
    "retry-after-overflow": simple(b"HTTP/1.1 429 Too Many Requests", [(b"Retry-After", b"9" * 400)]),
    "retry-after-int64": simple(b"HTTP/1.1 503 Unavailable", [(b"Retry-After", b"9223372036854775808")]),
    "retry-after-garbage": simple(b"HTTP/1.1 429 Too Many Requests", [(b"Retry-After", b"soon\x01\xff please")]),
    "retry-after-date-9999": simple(b"HTTP/1.1 503 Unavailable", [(b"Retry-After", b"Fri, 31 Dec 9999 23:59:59 GMT")]),
    "retry-after-date-past": simple(b"HTTP/1.1 503 Unavailable", [(b"Retry-After", b"Thu, 01 Jan 1970 00:00:00 GMT")]),
    "retry-after-long-text": simple(b"HTTP/1.1 429 Too Many Requests", [(b"Retry-After", b"7" * 5000)]),
    "ratelimit-9999": simple(b"HTTP/1.1 403 Forbidden", [RATE, (b"X-RateLimit-Reset", b"253402300799")]),
    "ratelimit-inf": simple(b"HTTP/1.1 403 Forbidden", [RATE, (b"X-RateLimit-Reset", b"inf")]),
    "ratelimit-huge": simple(b"HTTP/1.1 429 Too Many Requests", [RATE, (b"X-RateLimit-Reset", b"1e308")]),
    "ratelimit-negative": simple(b"HTTP/1.1 403 Forbidden", [RATE, (b"X-RateLimit-Reset", b"-1e18")]),
    "ratelimit-garbage": simple(b"HTTP/1.1 403 Forbidden", [RATE, (b"X-RateLimit-Reset", b"tomorrow")]),
    "ratelimit-on-200-9999": simple(b"HTTP/1.1 200 OK", [RATE, (b"X-RateLimit-Reset", b"253402300799")]),
    # bodies
    "body-2g": stream(2 * GIB),
    "body-2g-chunked": stream(2 * GIB, chunked=True),
    "body-endless": endless,
    "body-trickle": trickle,
    "body-stall": stall,
    "stall-before-status": stall_before_status,
    "body-invalid-utf8": simple(b"HTTP/1.1 200 OK", (), b'{"items": ["\xff\xfe\xc3\x28 bad"], "next_page_token": null}'),
    "body-invalid-utf8-error": simple(b"HTTP/1.1 500 Oops", (), b'{"message": "\xff\xfe\nline two\x1b[31m"}'),
    "body-binary": simple(b"HTTP/1.1 200 OK", (), bytes(range(256)) * 64),
    "body-truncated-chunked": truncated_chunked,
    "body-bad-chunk-size": bad_chunk_size,
    "body-huge-chunk-size": huge_chunk_size,
    "body-gzip-bomb": gzip_bomb,
    "length-short": short_body,
    "length-garbage": simple(b"HTTP/1.1 200 OK", [(b"Content-Length", b"abc")], b""),
    "length-negative": lambda w: w(b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n" + JSON_OK),
    "length-huge": lambda w: w(b"HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\n" + JSON_OK),
    "length-two": lambda w: w(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 50\r\n\r\n" + JSON_OK),
    "error-message-multiline": simple(b"HTTP/1.1 502 Bad Gateway", (), json.dumps({"message": "line one\nline two\r\n" + "x" * 5000}).encode()),
    # status lines
    "status-999": simple(b"HTTP/1.1 999 X"),
    "status-000": simple(b"HTTP/1.1 000 Zero"),
    "status-1xx-final": simple(b"HTTP/1.1 199 Weird"),
    "status-garbage": lambda w: w(b"GARBAGE\r\n\r\n"),
    "status-binary": lambda w: w(bytes(range(256)) * 4),
    "status-http09": lambda w: w(JSON_OK),
    "status-long": lambda w: w(b"HTTP/1.1 200 " + b"O" * (1 << 20) + b"\r\nContent-Length: 2\r\n\r\n{}"),
    "status-huge-code": simple(b"HTTP/1.1 99999999999999999999 Big"),
    "status-negative": simple(b"HTTP/1.1 -200 Neg"),
    "close-at-once": close_at_once,
    "huge-header": huge_header,
    "many-headers": many_headers,
    "header-no-colon": lambda w: w(b"HTTP/1.1 200 OK\r\nthis is not a header\r\nContent-Length: 2\r\n\r\n{}"),
}
# Cases a random combination may draw (none of the slow ones).
STATUSES = [b"HTTP/1.1 200 OK", b"HTTP/1.1 429 Too Many Requests", b"HTTP/1.1 403 Forbidden", b"HTTP/1.1 500 Oops",
            b"HTTP/1.1 503 Unavailable", b"HTTP/1.1 999 X", b"HTTP/1.1 000 Zero", b"HTTP/1.0 404 Nope", b"HTTP/2 200",
            b"HTTP/1.1 301 Moved", b"GARBAGE", b"HTTP/1.1 200", b"HTTP/1.1 42 Short"]
HEADER_VALUES = [b"inf", b"-inf", b"nan", b"-1", b"0", b"1e300", b"1e-300", b"9" * 40, b"", b"\xff\xfe", b"Fri, 31 Dec 9999 23:59:59 GMT",
                 b"253402300799", b"0.001", b"1", b"soon", b"  2  ", b"0x10", b"+5"]
HEADER_NAMES = [b"Retry-After", b"X-RateLimit-Reset", b"X-RateLimit-Remaining", b"Content-Length", b"Link", b"Location",
                b"Content-Encoding", b"Transfer-Encoding"]
BODIES = [JSON_OK, b"", b"{", b'{"items": [', b"\xff\xfe\xfd", b'{"message": "a\\nb"}', b"null", b"[]", b'{"items": 1}',
          b'{"MetricDataResults": []}', b"<html>", bytes(range(256)), b'{"message": "' + b"m" * 3000 + b'"}']


def random_case(seed):
    rng = random.Random(seed)

    def run(w):
        status = rng.choice(STATUSES)
        headers = [(rng.choice(HEADER_NAMES), rng.choice(HEADER_VALUES)) for _ in range(rng.randint(0, 4))]
        if rng.random() < 0.3:
            headers.append((b"X-RateLimit-Remaining", b"0"))
        body = rng.choice(BODIES)
        if rng.random() < 0.1:
            body = body[: rng.randint(0, len(body))]
        lines = [status] + [k + b": " + v for k, v in headers]
        if not any(k == b"Content-Length" for k, _ in headers):
            lines.append(b"Content-Length: " + str(len(body)).encode())
        lines.append(b"Connection: close")
        w(b"\r\n".join(lines) + b"\r\n\r\n" + body)
    return run


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        request = b""
        try:
            while b"\r\n\r\n" not in request:
                data = self.request.recv(65536)
                if not data:
                    return
                request += data
                if len(request) > 1 << 20:
                    return
            header_block, _, rest = request.partition(b"\r\n\r\n")
            lines = header_block.split(b"\r\n")
            length = 0
            for line in lines[1:]:
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1].strip() or 0)
            while len(rest) < length:
                data = self.request.recv(65536)
                if not data:
                    break
                rest += data
            parts = lines[0].split(b" ")
            path = parts[1].decode("latin-1") if len(parts) > 1 else "/"
        except (OSError, ValueError):
            return
        with LOCK:
            STATS["requests"] += 1

        def write(data):
            self.request.sendall(data)
            with LOCK:
                STATS["bytes"] += len(data)

        segments = [s for s in path.split("?")[0].split("/") if s]
        try:
            if segments[:1] == ["__cases"]:
                body = "\n".join(sorted(CASES)).encode() + b"\n"
                return write(head(length=len(body)) + body)
            if segments[:1] == ["__stats"]:
                with LOCK:
                    body = json.dumps(STATS).encode()
                return write(head(length=len(body)) + body)
            if len(segments) >= 2 and segments[0] == "case" and segments[1] in CASES:
                return CASES[segments[1]](write)
            if len(segments) >= 2 and segments[0] == "random":
                return random_case(int(segments[1]))(write)
            body = b'{"message": "unknown case"}'
            write(head(b"HTTP/1.1 404 Not Found", (), len(body)) + body)
        except OSError:
            pass  # the client hung up: that is how a capped or timed-out download ends


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64


def main():
    server = Server(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
