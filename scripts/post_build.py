#!/usr/bin/env python3
"""Trunk post-build hook: moves trunk's inline boot script into a hashed file, so the page
runs under a Content-Security-Policy without 'unsafe-inline', and adds that policy in
release builds (the dev server's live reload needs an inline script of its own). Splits the
wasm in two (scripts/split.py) and lists the second part for the service worker; in release
builds writes .gz and .br side files (scripts/precompress.py). Puts the
pre-rendered first view (assets/prerendered.html, written by scripts/prerender) into the
body, so the page paints before the wasm has arrived; the app replaces it on mount."""
import hashlib
import os
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import precompress  # noqa: E402
import split  # noqa: E402

staging = pathlib.Path(os.environ["TRUNK_STAGING_DIR"])
source = pathlib.Path(os.environ.get("TRUNK_SOURCE_DIR", "."))

# The later panels' module (scripts/split.py); the service worker caches it on install
# too, since the page names only the first module.
later = split.split(staging, source, os.environ.get("TRUNK_PROFILE", "debug"))
worker = staging / "sw.js"
code = worker.read_text(encoding="utf-8")
listed = "const LATER = [" + ", ".join(f'"./{name}"' for name in later) + "];"
if "const LATER = [];" not in code:
    raise SystemExit("post_build.py: sw.js has no `const LATER = [];` to fill")
worker.write_text(code.replace("const LATER = [];", listed), encoding="utf-8")

index = staging / "index.html"
html = index.read_text(encoding="utf-8")

inline = re.compile(r'<script type="module">(.*?)</script>', re.S)
match = inline.search(html)
if match:
    body = match.group(1).strip() + "\n"
    name = f"boot-{hashlib.sha256(body.encode()).hexdigest()[:16]}.js"
    (staging / name).write_text(body, encoding="utf-8")
    html = html[: match.start()] + f'<script type="module" src="./{name}"></script>' + html[match.end():]

# Trunk puts the wasm's preload at the end of the head, after the parser-blocking guard
# script, and Chromium then requests the wasm only once the stylesheet and the guard have
# arrived: on a phone's network that leaves the line idle for a round trip, and the Explorer
# is interactive ~150 ms later (BENCHMARKS.md, eighth session). Before the guard, the wasm
# is requested with the stylesheet. The glue's preloads stay where they are: moved up too,
# they slowed the unthrottled first paint (measured) and gained nothing on the phone.
wasm_preload = re.search(r'<link rel="preload" href="\./[^"]+_bg\.wasm"[^>]*>', html)
guard = '<script src="./prerender-guard.js"></script>'
if wasm_preload is None or guard not in html:
    raise SystemExit("post_build.py: no wasm preload or guard script to order")
html = html.replace(wasm_preload.group(0), "", 1)
html = html.replace(guard, wasm_preload.group(0) + "\n    " + guard, 1)

if os.environ.get("TRUNK_PROFILE") == "release":
    policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}" />'
    html = html.replace("<head>", "<head>\n    " + meta, 1)

prerendered = source / "assets" / "prerendered.html"
if prerendered.exists():
    first_view = prerendered.read_text(encoding="utf-8")
    html = html.replace("</noscript>", '</noscript>\n    <div id="prerendered">' + first_view + "</div>", 1)

index.write_text(html, encoding="utf-8")

if os.environ.get("TRUNK_PROFILE") == "release":
    precompress.precompress(staging)
