"""Splits the wasm into the first view's module and the later panels' modules (the first step
of post_build.py, the Trunk hook). The split points are `wasm_split_helpers::wasm_split` calls
in src/ui/later.rs. Trunk 0.21 cannot split, so this step redoes its last stage: it splits the linker's output (kept unstripped, with relocations) with
wasm-split-cli, runs wasm-bindgen on the main part under trunk's own file names, and gives the
later module and its loader content-hashed names (the service worker serves hashed files from
its cache, so a name must change when its content does). Integrity hashes are recomputed."""
import base64
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import tempfile

CRATE = "focal-loss-explorer"
LOADER = "./__wasm_split.js"


def short_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def integrity(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def leb128(data: bytes, i: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def without_custom_sections(data: bytes) -> bytes:
    """The splitter copies the function names (a third of a chunk) into every chunk;
    browsers ignore custom sections, so they go, as wasm-bindgen drops them from the main part."""
    out, i = bytearray(data[:8]), 8
    while i < len(data):
        start = i
        section = data[i]
        size, i = leb128(data, i + 1)
        i += size
        if section != 0:
            out += data[start:i]
    return bytes(out)


def linker_output(source: pathlib.Path, profile: str) -> pathlib.Path:
    meta = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps", "--offline"],
        cwd=source, check=True, capture_output=True, text=True,
    )
    target = pathlib.Path(json.loads(meta.stdout)["target_directory"])
    folder = "release" if profile == "release" else "debug"
    path = target / "wasm32-unknown-unknown" / folder / f"{CRATE}.wasm"
    if not path.exists():
        raise SystemExit(f"split.py: expected the linker's output at {path}")
    return path


def language_only(loader: str) -> set[str]:
    """The chunks that only the languages' split points load (`lang_*`: Fluent's runtime and
    one language's catalogue each): an English page never fetches them, and the service
    worker does not cache them ahead (only once a page in that language fetched them)."""
    users: dict[str, set[str]] = {}
    chunk_loaders = dict(re.findall(r'const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\./([^"]+)"', loader))
    for point, file, deps in re.findall(
        r'export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\./([^"]+)".*?, \[([^\]]*)\]\)\);',
        loader,
        re.S,
    ):
        users.setdefault(file, set()).add(point)
        for dep in re.findall(r"__chunk_\d+", deps):
            users.setdefault(chunk_loaders[dep], set()).add(point)
    if not users:
        raise SystemExit("split.py: found no split points in the loader")
    return {file for file, points in users.items() if all(p.startswith("lang_") for p in points)}


def split(staging: pathlib.Path, source: pathlib.Path, profile: str) -> list[str]:
    """Returns the names of the files only the later panels need (for the service worker).
    The languages' modules are named `lang-<hash>.wasm` and left out of that list."""
    glues = list(staging.glob(f"{CRATE}-*.js"))
    if len(glues) != 1:
        raise SystemExit(f"split.py: expected one {CRATE}-<hash>.js, found {len(glues)}")
    glue = glues[0]
    stem = glue.name[: -len(".js")]
    raw = linker_output(source, profile)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        subprocess.run(
            ["wasm-split-cli", str(raw), str(tmp), "--out-name", stem], check=True
        )
        subprocess.run(
            ["wasm-bindgen", "--target", "web", "--no-typescript", "--keep-lld-exports",
             "--no-demangle", "--remove-name-section", "--remove-producers-section",
             "--out-name", stem, "--out-dir", str(staging), str(tmp / f"{stem}.wasm")],
            check=True,
        )
        loader = (tmp / "__wasm_split.js").read_text(encoding="utf-8")
        later = []
        languages = language_only(loader)
        # One module per split point, and chunks of code that several of them share.
        for chunk in sorted(c for c in tmp.glob("*.wasm") if c.name != f"{stem}.wasm"):
            data = without_custom_sections(chunk.read_bytes())
            kind = "lang" if chunk.name in languages else "later"
            name = f"{kind}-{short_hash(data)}.wasm"
            (staging / name).write_bytes(data)
            if f'"./{chunk.name}"' not in loader:
                raise SystemExit(f"split.py: expected the split loader to name {chunk.name}")
            loader = loader.replace(f'"./{chunk.name}"', f'"./{name}"')
            if kind == "later":
                later.append(name)
    loader_name = f"later-{short_hash(loader.encode())}.js"
    (staging / loader_name).write_text(loader, encoding="utf-8")
    code = glue.read_text(encoding="utf-8")
    code = code.replace(f"from '{LOADER}'", f"from './{loader_name}'")
    code = code.replace(f'from "{LOADER}"', f'from "./{loader_name}"')
    if loader_name not in code:
        raise SystemExit(f"split.py: the glue does not import {LOADER}")
    glue.write_text(code, encoding="utf-8")

    # Trunk's integrity hashes describe its own output; the page loads this one.
    index = staging / "index.html"
    html = index.read_text(encoding="utf-8")
    for name in (glue.name, f"{stem}_bg.wasm"):
        digest = integrity((staging / name).read_bytes())
        html, n = re.subn(
            rf'(href="\./{re.escape(name)}"[^>]*integrity=")[^"]*"', rf'\g<1>{digest}"', html
        )
        if n != 1:
            raise SystemExit(f"split.py: no integrity attribute for {name}")
    # The loader is imported by the glue: preloading it saves a round trip on a slow network.
    preload = (
        f'<link rel="modulepreload" href="./{loader_name}" crossorigin="anonymous" '
        f'integrity="{integrity((staging / loader_name).read_bytes())}">'
    )
    html = html.replace("</head>", f"{preload}\n</head>", 1)
    index.write_text(html, encoding="utf-8")
    return later
