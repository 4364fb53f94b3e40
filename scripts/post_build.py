#!/usr/bin/env python3
"""Trunk post-build hook: moves trunk's inline boot script into a hashed file, so the page
runs under a Content-Security-Policy without 'unsafe-inline', and adds that policy in
release builds (the dev server's live reload needs an inline script of its own). Puts the
pre-rendered first view (assets/prerendered.html, written by scripts/prerender) into the
body, so the page paints before the wasm has arrived; the app replaces it on mount."""
import hashlib
import os
import pathlib
import re

staging = pathlib.Path(os.environ["TRUNK_STAGING_DIR"])
index = staging / "index.html"
html = index.read_text(encoding="utf-8")

inline = re.compile(r'<script type="module">(.*?)</script>', re.S)
match = inline.search(html)
if match:
    body = match.group(1).strip() + "\n"
    name = f"boot-{hashlib.sha256(body.encode()).hexdigest()[:16]}.js"
    (staging / name).write_text(body, encoding="utf-8")
    html = html[: match.start()] + f'<script type="module" src="./{name}"></script>' + html[match.end():]

if os.environ.get("TRUNK_PROFILE") == "release":
    policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}" />'
    html = html.replace("<head>", "<head>\n    " + meta, 1)

source = pathlib.Path(os.environ.get("TRUNK_SOURCE_DIR", "."))
prerendered = source / "assets" / "prerendered.html"
if prerendered.exists():
    first_view = prerendered.read_text(encoding="utf-8")
    html = html.replace("</noscript>", '</noscript>\n    <div id="prerendered">' + first_view + "</div>", 1)

index.write_text(html, encoding="utf-8")
