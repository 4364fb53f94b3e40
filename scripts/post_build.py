#!/usr/bin/env python3
"""The build's steps after trunk, in order: the one list of them is STEPS below.

Trunk 0.21 compiles the crate, runs wasm-bindgen, names files by content hash and writes
index.html into a staging folder; then it runs this hook (Trunk.toml) over that folder, and
copies the folder to dist/. Trunk cannot split a wasm or leave a page free of inline scripts,
so the steps here do that.

Every step depends on the shape of trunk's output (a file name, a tag in index.html). All of
those expectations are checked first, before any file is touched, and a missing one stops the
build with a message naming it: a change in trunk's output breaks the build, never the page.
`post_build.py --check DIR` runs only those checks (tests/release_build.rs uses it).
"""
import hashlib
import os
import pathlib
import re
import shutil
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import precompress  # noqa: E402
import split  # noqa: E402

# What the steps expect in trunk's output. Each is found exactly once, or the build stops.
INLINE_BOOT = re.compile(r'<script type="module">(.*?)</script>', re.S)
WASM_PRELOAD = re.compile(r'<link rel="preload" href="\./[^"]+_bg\.wasm"[^>]*>')
GUARD = '<script src="./prerender-guard.js"></script>'
LATER_LIST = "const LATER = [];"
CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"


class Expectation(SystemExit):
    def __init__(self, what: str):
        super().__init__(f"post_build.py: expected {what}; trunk's output has changed, so the build stops here")


def one(found: list, what: str):
    if len(found) != 1:
        raise Expectation(f"exactly one {what}, found {len(found)}")
    return found[0]


class Build:
    def __init__(self, staging: pathlib.Path, source: pathlib.Path, release: bool):
        self.staging, self.source, self.release = staging, source, release
        self.index = staging / "index.html"
        self.html = self.index.read_text(encoding="utf-8") if self.index.exists() else ""
        self.later: list[str] = []

    def check(self) -> None:
        """Every expectation of every step, before any step runs."""
        if not self.index.exists():
            raise Expectation("index.html in trunk's staging folder")
        glue = one(list(self.staging.glob(f"{split.CRATE}-*.js")), f"wasm-bindgen glue {split.CRATE}-<hash>.js")
        wasm = glue.name[: -len(".js")] + "_bg.wasm"
        if not (self.staging / wasm).exists():
            raise Expectation(f"the glue's wasm {wasm}")
        for name in (glue.name, wasm):
            pattern = rf'href="\./{re.escape(name)}"[^>]*integrity="'
            one(re.findall(pattern, self.html), f"integrity attribute for {name} in index.html")
        one(INLINE_BOOT.findall(self.html), "inline boot script <script type=\"module\">…</script> in index.html")
        one(WASM_PRELOAD.findall(self.html), "preload link of the wasm in index.html")
        for tag in (GUARD, "<head>", "</head>", "</noscript>"):
            one(re.findall(re.escape(tag), self.html), f"{tag} in index.html")
        worker = self.staging / "sw.js"
        if not worker.exists() or worker.read_text(encoding="utf-8").count(LATER_LIST) != 1:
            raise Expectation(f"sw.js with one `{LATER_LIST}` to fill")
        if not (self.source / "assets" / "prerendered.html").exists():
            raise Expectation("assets/prerendered.html (scripts/prerender writes it)")

    def replace(self, old: str, new: str) -> None:
        if self.html.count(old) != 1:
            raise Expectation(f"one {old!r} in index.html")
        self.html = self.html.replace(old, new, 1)


def check_tools() -> None:
    """The installed tools are the pinned ones (scripts/versions)."""
    pins = dict(
        line.split("=", 1)
        for line in (pathlib.Path(__file__).parent / "versions").read_text().splitlines()
        if "=" in line and not line.startswith("#")
    )
    bindgen = subprocess.run(["wasm-bindgen", "--version"], capture_output=True, text=True).stdout.split()
    if bindgen[-1:] != [pins["WASM_BINDGEN_VERSION"]]:
        raise SystemExit(f"post_build.py: wasm-bindgen {pins['WASM_BINDGEN_VERSION']} is pinned, found {bindgen}: run scripts/setup")
    if shutil.which("wasm-split-cli") is None:
        raise SystemExit("post_build.py: no wasm-split-cli: run scripts/setup")


def split_wasm(b: Build) -> None:
    """The linker's output in two: the first view and the later panels (scripts/split.py)."""
    b.later = split.split(b.staging, b.source, "release" if b.release else "debug")
    if not b.later:
        raise SystemExit("post_build.py: the splitter made no later module: are the split points built (feature `split`)?")
    b.html = b.index.read_text(encoding="utf-8")


def list_later_modules_for_the_service_worker(b: Build) -> None:
    """The page names only the first module; the worker caches the later ones on install."""
    worker = b.staging / "sw.js"
    listed = "const LATER = [" + ", ".join(f'"./{name}"' for name in b.later) + "];"
    worker.write_text(worker.read_text(encoding="utf-8").replace(LATER_LIST, listed), encoding="utf-8")


def move_the_boot_script_into_a_file(b: Build) -> None:
    """The page then runs under a Content-Security-Policy without 'unsafe-inline'."""
    match = INLINE_BOOT.search(b.html)
    body = match.group(1).strip() + "\n"
    name = f"boot-{hashlib.sha256(body.encode()).hexdigest()[:16]}.js"
    (b.staging / name).write_text(body, encoding="utf-8")
    b.replace(match.group(0), f'<script type="module" src="./{name}"></script>')


def request_the_wasm_before_the_guard(b: Build) -> None:
    """Trunk puts the wasm's preload at the end of the head, after the parser-blocking guard
    script, and Chromium then requests the wasm only once the stylesheet and the guard have
    arrived: on a phone's network the line idles for a round trip (BENCHMARKS.md, phone).
    The glue's preloads stay: moved up too, they slowed the unthrottled first paint."""
    preload = WASM_PRELOAD.search(b.html).group(0)
    b.replace(preload, "")
    b.replace(GUARD, preload + "\n    " + GUARD)


def add_the_content_security_policy(b: Build) -> None:
    """Release builds only: the dev server's live reload needs an inline script."""
    b.replace("<head>", f'<head>\n    <meta http-equiv="Content-Security-Policy" content="{CSP}" />')


def put_in_the_prerendered_first_view(b: Build) -> None:
    """The page paints before the wasm arrives; the app replaces this on mount."""
    first_view = (b.source / "assets" / "prerendered.html").read_text(encoding="utf-8")
    b.replace("</noscript>", '</noscript>\n    <div id="prerendered">' + first_view + "</div>")


def write_the_page(b: Build) -> None:
    b.index.write_text(b.html, encoding="utf-8")


def write_compressed_side_files(b: Build) -> None:
    """Release builds: .gz and .br beside every text file (scripts/precompress.py)."""
    precompress.precompress(b.staging)


STEPS = [
    split_wasm,
    list_later_modules_for_the_service_worker,
    move_the_boot_script_into_a_file,
    request_the_wasm_before_the_guard,
    add_the_content_security_policy,
    put_in_the_prerendered_first_view,
    write_the_page,
    write_compressed_side_files,
]
RELEASE_ONLY = {add_the_content_security_policy, write_compressed_side_files}


def main() -> None:
    if sys.argv[1:2] == ["--check"]:
        Build(pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3] if len(sys.argv) > 3 else "."), True).check()
        print("post_build.py: every expectation holds")
        return
    b = Build(
        pathlib.Path(os.environ["TRUNK_STAGING_DIR"]),
        pathlib.Path(os.environ.get("TRUNK_SOURCE_DIR", ".")),
        os.environ.get("TRUNK_PROFILE") == "release",
    )
    check_tools()
    b.check()
    for step in STEPS:
        name = step.__name__.replace("_", " ")
        if step in RELEASE_ONLY and not b.release:
            print(f"post_build.py: {name}: release builds only, skipped", flush=True)
            continue
        print(f"post_build.py: {name}", flush=True)
        step(b)


if __name__ == "__main__":
    main()
