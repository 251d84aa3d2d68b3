"""`make bench`: serve the site with gunicorn and drive it with wrk; time the importer.

Environment: DATABASE_URL (the database to measure; default SQLite), BENCH_N (postings, default
100,000), BENCH_SECONDS (per URL, default 10), BENCH_CONCURRENCY (default 8), BENCH_ONLY=imports
(time only the importer; needs no wrk) or pages (skip the importer), BENCH_REPEAT (import runs, median reported; default 1),
BENCH_SCRATCH_PREFIX (names of the scratch PostgreSQL databases). The importer is timed into
SQLite and, when DATABASE_URL is PostgreSQL, into PostgreSQL too. Prints a table and writes
bench/results/latest.json. Needs Debian's wrk. Not part of the test suite.
"""

from __future__ import annotations

import json
import os
import platform
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PORT = int(os.environ.get("BENCH_PORT", "8765"))
N = int(os.environ.get("BENCH_N", "100000"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "8"))
ONLY = os.environ.get("BENCH_ONLY", "")
REPEAT = int(os.environ.get("BENCH_REPEAT", "1"))
SCRATCH_PREFIX = os.environ.get("BENCH_SCRATCH_PREFIX", "jobboard_bench")
RESULTS = ROOT / "bench" / "results"
SEED_DIR = ROOT / "seeds"


SERVER_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DJANGO_SECURE_SSL_REDIRECT": "0",
    "DJANGO_SESSION_COOKIE_SECURE": "0",
    "DJANGO_CSRF_COOKIE_SECURE": "0",
    "DJANGO_LOG_LEVEL": "ERROR",
}


def manage(*args: str, env: dict | None = None) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def prepare_board(wanted: int) -> int:
    """The board under test holds at least `wanted` postings; returns how many it holds."""
    count = int(
        manage(
            "shell",
            "--no-imports",
            "-c",
            "from postings.models import Posting; print(Posting.objects.count())",
        )
    )
    if count < wanted:
        print(f"Generating {wanted - count:,} synthetic postings…", flush=True)
        manage(
            "generate_postings", "--count", str(wanted - count), "--seed", str(count + 1), "-v", "0"
        )
    return max(count, wanted)


def prepare_data() -> int:
    manage("migrate", "--noinput")
    postings = prepare_board(N)
    manage("collectstatic", "--noinput", "-v", "0", env=SERVER_ENV)
    return postings


def pick_urls() -> dict[str, str]:
    code = (
        "from postings.models import Posting;"
        "p = Posting.objects.open().order_by('id').first();"
        "print(p.slug)"
    )
    slug = manage("shell", "--no-imports", "-c", code).strip()
    return {
        "ceiling (bare Django view)": "/healthz",
        "list page": "/",
        "keyword search": "/?q=machine+learning",
        "search + 3 filters + sort by pay": "/?q=research&country=US&type=internship&degree=phd&sort=pay",
        "page 2,000": "/?page=2000",
        "detail page": f"/jobs/{slug}/",
    }


class Server:
    def __init__(self, cache_url: str):
        self.env = {**os.environ, **SERVER_ENV, "CACHE_URL": cache_url}
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Server:
        self.process = subprocess.Popen(
            [
                GUNICORN,
                "jobboard.wsgi",
                "-w",
                "2",
                "-b",
                f"127.0.0.1:{PORT}",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
        )
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1)
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=20)


WRK_RATE = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_PERCENTILE = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.M)
WRK_ERRORS = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
WRK_SOCKET = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def run_wrk(url: str) -> dict:
    # Warm the workers (and, with the cache on, the cache) before measuring.
    for _ in range(4):
        urllib.request.urlopen(url, timeout=30).read()
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONCURRENCY}", f"-d{SECONDS}s", "--latency", "--timeout", "10s", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    percentiles = {p: float(v) * UNIT_MS[u] for p, v, u in WRK_PERCENTILE.findall(output)}
    errors = sum(int(n) for n in WRK_ERRORS.findall(output))
    socket = WRK_SOCKET.search(output)
    if socket:
        errors += sum(int(n) for n in socket.groups())
    return {
        "rps": float(WRK_RATE.search(output).group(1)),
        "p50_ms": percentiles.get("50"),
        "p99_ms": percentiles.get("99"),
        "errors": errors,
    }


def bench_pages(urls: dict[str, str]) -> list[dict]:
    rows = []
    for cache_name, cache_url in [("off", "dummy://"), ("on", "redis://127.0.0.1:6379/7")]:
        if cache_name == "on":
            subprocess.run(["redis-cli", "-n", "7", "FLUSHDB"], capture_output=True)
        with Server(cache_url):
            ceiling = None
            for name, path in urls.items():
                result = run_wrk(f"http://127.0.0.1:{PORT}{path}")
                ceiling = ceiling or result["rps"]
                rows.append(
                    {
                        "page": name,
                        "url": path,
                        "cache": cache_name,
                        **result,
                        "ratio": round(result["rps"] / ceiling, 3),
                    }  # fmt: skip
                )
                print(format_row(rows[-1]), flush=True)
    return rows


def format_row(row: dict) -> str:
    return (
        f"{row['page']:<34} cache {row['cache']:<3} {row['rps']:>9.1f} req/s  "
        f"p50 {row['p50_ms'] or 0:>7.1f} ms  p99 {row['p99_ms'] or 0:>7.1f} ms  "
        f"errors {row['errors']:>3}  ratio {row['ratio']:.3f}"
    )


def database_kinds() -> list[str]:
    """SQLite always; PostgreSQL too when the board under test is on PostgreSQL."""
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        return ["postgresql", "sqlite"]
    return ["sqlite"]


@contextmanager
def scratch_database(folder: Path, label: str, kind: str):
    """A fresh, migrated database of this kind (next to DATABASE_URL's); dropped afterwards."""
    if kind == "postgresql":
        name = f"{SCRATCH_PREFIX}_{label}_{os.getpid()}"
        psql = ["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "postgres", "-c"]
        subprocess.run([*psql, f"CREATE DATABASE {name}"], check=True)
        try:
            scratch = re.sub(r"/[^/]*$", f"/{name}", os.environ["DATABASE_URL"])
            manage("migrate", "--noinput", env={"DATABASE_URL": scratch})
            yield scratch
        finally:
            subprocess.run([*psql, f"DROP DATABASE IF EXISTS {name}"], check=False)
    else:
        path = folder / f"{label}.sqlite3"
        path.unlink(missing_ok=True)
        scratch = f"sqlite:///{path}"
        manage("migrate", "--noinput", env={"DATABASE_URL": scratch})
        yield scratch


def timed_import(path: Path, database_url: str, *args: str) -> float:
    started = time.perf_counter()
    # Production settings, as an operator's import runs: DEBUG would log every query.
    env = {**SERVER_ENV, "DATABASE_URL": database_url}
    manage("import_postings", str(path), "-v", "0", *args, env=env)
    return time.perf_counter() - started


def bench_imports() -> dict:
    """Raw pages/s and JSON postings/s per database kind, each run into a fresh scratch database.

    With BENCH_REPEAT > 1 each figure is the median of that many runs.
    """
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        pages = folder / "pages"
        pages.mkdir()
        # 400 distinct documents: the seeds under other names, so none counts as unchanged.
        seeds = sorted(SEED_DIR.glob("*.txt"))
        for index in range(RAW_PAGES):
            seed = seeds[index % len(seeds)]
            (pages / f"{index:04d}_{seed.name}").write_bytes(seed.read_bytes())
        exports = folder / "exports"
        exports.mkdir()
        # The JSON comes from the benchmark board itself: real-sized synthetic postings, in files
        # of 1,000 to stay under the 5 MB document limit.
        sample = EXPORT_SAMPLE.format(folder=exports, count=JSON_POSTINGS)
        manage("shell", "--no-imports", "-c", sample)
        results = {}
        for kind in database_kinds():
            raw, json_ = [], []
            for _ in range(REPEAT):
                with scratch_database(folder, "raw", kind) as url:
                    raw.append(RAW_PAGES / timed_import(pages, url, "--as-of", "2026-11-20"))
                with scratch_database(folder, "json", kind) as url:
                    json_.append(JSON_POSTINGS / timed_import(exports, url))
            results[kind] = {
                "raw_pages": RAW_PAGES,
                "raw_pages_per_s": round(statistics.median(raw), 1),
                "json_postings": JSON_POSTINGS,
                "json_postings_per_s": round(statistics.median(json_), 1),
            }
            print(
                f"import into {kind}: {results[kind]['raw_pages_per_s']} raw pages/s, "
                f"{results[kind]['json_postings_per_s']} JSON postings/s",
                flush=True,
            )
    return results


RAW_PAGES = 400
JSON_POSTINGS = 5000
EXPORT_SAMPLE = """
import json
from postings.exports import postings_for_export, to_json
from postings.models import Posting
rows = [to_json(p) for p in postings_for_export(Posting.objects.filter(pk__in=Posting.objects.order_by('pk').values('pk')[:{count}]))]
for start in range(0, len(rows), 1000):
    open(f'{folder}/export-{{start}}.json', 'w').write(json.dumps(rows[start:start + 1000]))
"""


def bench_search_latency() -> dict:
    """Single-request keyword-search latency, for rare, medium and very common terms."""
    terms = {"rare": "recsys", "medium": "speech", "common": "experience"}
    result = {}
    with Server("dummy://"):
        for label, term in terms.items():
            timings = []
            for _ in range(40):
                started = time.perf_counter()
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/?q={term}", timeout=30).read()
                timings.append((time.perf_counter() - started) * 1000)
            timings.sort()
            result[label] = {
                "term": term,
                "p50_ms": round(statistics.median(timings), 1),
                "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1),
            }
            print(
                f"search {label:<7} {term!r:<14} p50 {result[label]['p50_ms']} ms  p95 {result[label]['p95_ms']} ms"
            )
    return result


def main() -> None:
    database = os.environ.get("DATABASE_URL", "sqlite")
    if ONLY == "imports":
        manage("migrate", "--noinput")
        prepare_board(JSON_POSTINGS)
        print(json.dumps(bench_imports(), indent=2))
        return
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    postings = prepare_data()
    print(
        f"Benchmark: {postings:,} postings on {database.split('://')[0]}, {SECONDS}s per URL at concurrency {CONCURRENCY}"
    )
    rows = bench_pages(pick_urls())
    # BENCH_ONLY=pages measures the pages alone, to compare changes to the site quickly.
    imports = None if ONLY == "pages" else bench_imports()
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} cores",
        "database": database.split("://")[0],
        "postings": postings,
        "concurrency": CONCURRENCY,
        "seconds_per_url": SECONDS,
        "pages": rows,
        "imports": imports,
        "search_latency": bench_search_latency()
        if N >= 1_000_000 or os.environ.get("BENCH_LATENCY")
        else None,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=2))
    print(f"Wrote {RESULTS / 'latest.json'}")


if __name__ == "__main__":
    main()
