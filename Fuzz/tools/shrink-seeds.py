#!/usr/bin/env python3
"""Writes small, still valid versions of big seed files into a corpus folder.

libFuzzer truncates every input to -max_len, so a 100 KB JSON fixture becomes invalid JSON and the
importer behind the parser is never reached. For JSON, arrays keep their first two elements (strings
are cut to 200 characters); JSON lines and other text keep their first 40 lines.

usage: shrink-seeds.py MAX_LEN CORPUS_DIR FILE...
"""
import hashlib, json, os, sys

def shrink(value):
    if isinstance(value, list):
        return [shrink(v) for v in value[:2]]
    if isinstance(value, dict):
        return {k: shrink(v) for k, v in value.items()}
    if isinstance(value, str):
        return value[:200]
    return value

def variants(data):
    try:
        doc = json.loads(data)
        yield json.dumps(shrink(doc), separators=(",", ":")).encode()
        yield json.dumps(shrink(doc), indent=2).encode()
    except (ValueError, UnicodeDecodeError, RecursionError):
        pass
    lines = data.split(b"\n")
    if len(lines) > 40:
        yield b"\n".join(lines[:40]) + b"\n"

max_len, corpus, files = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
for path in files:
    with open(path, "rb") as f:
        data = f.read()
    if len(data) <= max_len:
        continue
    for small in variants(data):
        if len(small) <= max_len:
            name = "shrunk-" + hashlib.sha1(small).hexdigest()[:12]
            with open(os.path.join(corpus, name), "wb") as f:
                f.write(small)
