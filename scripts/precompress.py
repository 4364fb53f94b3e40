"""Release builds ship every text file also compressed, as `<name>.gz` and `<name>.br` side
files, for hosts that serve precompressed files (nginx `gzip_static` / `brotli_static`, Caddy
`file_server { precompressed br gzip }`): brotli at its best setting makes the first view about
a fifth smaller than the gzip a host makes on the fly (BENCHMARKS.md), at no cost per request."""
import gzip
import pathlib
import shutil
import subprocess

TEXT = (".html", ".js", ".wasm", ".css", ".svg", ".webmanifest")


def precompress(staging: pathlib.Path) -> None:
    brotli = shutil.which("brotli")
    if brotli is None:
        raise SystemExit("post_build.py: no brotli (scripts/setup installs it)")
    for path in sorted(staging.iterdir()):
        if not path.name.endswith(TEXT):
            continue
        data = path.read_bytes()
        # mtime 0: the same input gives the same bytes, build after build.
        (staging / f"{path.name}.gz").write_bytes(gzip.compress(data, 9, mtime=0))
        subprocess.run([brotli, "-q", "11", "-f", "-o", str(staging / f"{path.name}.br"), str(path)], check=True)
