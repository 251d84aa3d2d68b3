#!/usr/bin/env python3
"""Load and fault soak: gunicorn on PostgreSQL under wrk, a database outage, a killed import.

Run with `make soak` (outside the test suite; it takes about three minutes). It:

1. starts a throwaway PostgreSQL cluster of its own on a free port (so stopping it disturbs no
   one else's database; `--cluster main` uses the machine's main cluster instead, stopped and
   started with pg_ctlcluster), migrates a fresh database and imports the seeds plus a
   generated feed of a few hundred postings;
2. serves the site with gunicorn under production settings (DJANGO_DEBUG=0);
3. load: wrk at concurrency 32 for 60 s on a mix of list, search, filter, detail, company and
   static pages; expects zero 5xx and flat worker memory (RSS sampled every 5 s);
4. outage: under the same load, stops PostgreSQL for 10 s; a probe requests a page every
   100 ms and expects a 503 within 1 s of the stop, no answer slower than 1 s, no 500, and
   200s again by itself after PostgreSQL is back;
5. killed import: SIGKILLs `import_postings` mid-way through a 2,500-posting document, checks
   nothing of the document was written, then re-runs it to completion.

It prints what it saw and exits 1 when any check failed. Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
DB_NAME = "jobboard_soak"
RSS_GROWTH_LIMIT = 0.15  # a worker's memory may not grow by more than this after warm-up


# Small helpers ---------------------------------------------------------------------------------


def say(message: str = "") -> None:
    print(message, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kwargs)


def pg_bin(name: str) -> str:
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name)
    if not versions:
        sys.exit("PostgreSQL server binaries not found under /usr/lib/postgresql")
    return str(versions[-1] / name)


def as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say("wrk is missing: installing Debian's wrk package")
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=False)
        found = shutil.which("wrk")
    if not found:
        sys.exit("wrk is required: apt-get install wrk")
    return found


# The database --------------------------------------------------------------------------------


class PrivateCluster:
    """A throwaway PostgreSQL cluster in a temporary folder, on a free port."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.port = free_port()
        self.log = folder / "postgres.log"

    def create(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        run(as_postgres([pg_bin("initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres"]))
        self.start()

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        options += " -c max_connections=200 -c fsync=off"
        run(
            as_postgres(
                [pg_bin("pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.log)]
                + ["-w", "start"]
            )
        )

    def stop(self) -> None:
        run(as_postgres([pg_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"]))

    def destroy(self) -> None:
        subprocess.run(
            as_postgres([pg_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]),
            capture_output=True,
            check=False,
        )


class MainCluster:
    """The machine's main cluster, stopped and started with pg_ctlcluster."""

    port = 5432

    def __init__(self) -> None:
        self.version = sorted(os.listdir("/etc/postgresql"))[-1]

    def _ctl(self, action: str) -> None:
        run(["pg_ctlcluster", "--skip-systemctl-redirect", self.version, "main", action])

    def create(self) -> None:
        if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"], check=False).returncode:
            self._ctl("start")

    def start(self) -> None:
        self._ctl("start")

    def stop(self) -> None:
        self._ctl("stop")

    def destroy(self) -> None:
        subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"], check=False)


def psql(cluster, statement: str, database: str = "postgres") -> str:
    """Run one statement; the first column of the first row as text ("" when none)."""
    import psycopg

    with psycopg.connect(
        host="127.0.0.1", port=cluster.port, user="postgres", dbname=database, autocommit=True
    ) as conn:
        cursor = conn.execute(statement)
        row = cursor.fetchone() if cursor.description else None
        return "" if row is None else str(row[0])


# The site ------------------------------------------------------------------------------------


def site_env(cluster) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{cluster.port}/{DB_NAME}",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SESSION_COOKIE_SECURE": "0",
        "DJANGO_CSRF_COOKIE_SECURE": "0",
        "DJANGO_LOG_LEVEL": "CRITICAL",
    }


def manage(env: dict[str, str], *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(PYTHON), "manage.py", *args],
        cwd=ROOT,
        env=env,
        text=True,
        capture_output=True,
        check=False,
        **kwargs,
    )


def feed_document(count: int, *, prefix: str, companies: int = 25) -> bytes:
    """A document in the project's JSON export format: `count` varied postings."""
    cities = [
        ("Melbourne", "VIC", "AU", "AUD"),
        ("Sydney", "NSW", "AU", "AUD"),
        ("Seattle", "WA", "US", "USD"),
        ("Boston", "MA", "US", "USD"),
        ("Aachen", "NW", "DE", "EUR"),
        ("Bengaluru", "KA", "IN", "INR"),
        ("Toronto", "ON", "CA", "CAD"),
    ]
    topics = ["Machine Learning", "Robotics", "NLP", "Computer Vision", "Data Engineering"]
    kinds = [["internship"], ["full_time"], ["internship", "part_time"], ["contract"]]
    today = time.strftime("%Y-%m-%d")
    postings = []
    for n in range(count):
        city, region, country, currency = cities[n % len(cities)]
        topic = topics[n % len(topics)]
        postings.append(
            {
                "title": f"{topic} {'Intern' if n % 2 else 'Engineer'} {prefix}{n}",
                "company": f"{prefix.title()} Co {n % companies}",
                "locations": [{"city": city, "region": region, "country": country}],
                "employment_types": kinds[n % len(kinds)],
                "work_arrangement": ["on_site", "hybrid", "remote"][n % 3],
                "pay": (
                    {"min": 30 + n % 20, "max": 40 + n % 30, "currency": currency, "period": "hour"}
                    if n % 3
                    else None
                ),
                "posted_at": today,
                "valid_through": None,
                "status": "open",
                "degree_levels": [["bachelors"], ["masters"], ["phd"], []][n % 4],
                "visa_sponsorship": None,
                "description": (
                    f"Join the {topic} group to build, evaluate and ship research systems. "
                    "You will work with scientists and engineers on real problems. " * 3
                ),
                "apply_url": f"https://example.org/apply/{prefix}{n}",
                "source": {"document": f"{prefix}.json", "url": None},
            }
        )
    return json.dumps(postings).encode()


IMPORT_SNIPPET = """
import sys
from pathlib import Path
from postings.services import import_document
for raw in sys.argv[1:]:
    for path in sorted(p for p in ([Path(raw)] if Path(raw).is_file() else Path(raw).iterdir())):
        outcome = import_document(data=path.read_bytes(), name=path.name)
        print(path.name, dict(outcome.counts()), outcome.error or "", flush=True)
"""


def import_files(env: dict[str, str], *paths: Path, timeout: float | None = None):
    """`manage.py import_postings`, or the same service directly if the command reads nothing."""
    result = manage(env, "import_postings", *map(str, paths), timeout=timeout)
    if result.returncode == 0 and "Documents read: 0" not in result.stdout:
        return result
    code = f"import sys; sys.argv = ['import', *{[str(p) for p in paths]!r}]\n{IMPORT_SNIPPET}"
    return manage(env, "shell", "--no-imports", "-c", code, timeout=timeout)


def import_command(env: dict[str, str], path: Path) -> list[str]:
    probe = manage(env, "import_postings", "--dry-run", str(path))
    if probe.returncode == 0 and "Documents read: 1" in probe.stdout:
        return [str(PYTHON), "manage.py", "import_postings", str(path)]
    code = f"import sys; sys.argv = ['import', {str(path)!r}]\n{IMPORT_SNIPPET}"
    return [str(PYTHON), "manage.py", "shell", "--no-imports", "-c", code]


class Gunicorn:
    def __init__(self, env: dict[str, str], port: int, workers: int, threads: int) -> None:
        self.port = port
        self.process = subprocess.Popen(
            [
                str(GUNICORN),
                "jobboard.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
                "--threads",
                str(threads),
                "--worker-class",
                "gthread",
                "--timeout",
                "30",
                "--graceful-timeout",
                "5",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.errors: list[str] = []
        threading.Thread(target=self._drain, daemon=True).start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url("/static/css/site.css"), timeout=2)
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def _drain(self) -> None:
        for line in self.process.stderr:
            self.errors.append(line.rstrip())

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def worker_rss_kib(self) -> dict[int, int]:
        rss = {}
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                fields = dict(
                    line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
                )
            except OSError:
                continue
            if int(fields.get("PPid", "0").strip()) == self.process.pid:
                rss[int(status.parent.name)] = int(fields["VmRSS"].split()[0])
        return rss

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()


# Load ----------------------------------------------------------------------------------------

WRK_SCRIPT = """
local paths = %(paths)s
local counter = 0
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  statuses = {}
  counter = math.random(#paths)
end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses")) do
      total[code] = (total[code] or 0) + n
    end
  end
  local parts = {}
  for code, n in pairs(total) do
    table.insert(parts, string.format('"%%d": %%d', code, n))
  end
  io.write("STATUSES {" .. table.concat(parts, ", ") .. "}\\n")
  io.write(string.format(
    'SUMMARY {"requests": %%d, "seconds": %%.1f, "connect": %%d, "read": %%d, "write": %%d, '
    .. '"timeout": %%d, "p50_ms": %%.1f, "p99_ms": %%.1f, "max_ms": %%.1f}\\n',
    summary.requests, summary.duration / 1e6, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""


@dataclass
class WrkResult:
    statuses: dict[int, int] = field(default_factory=dict)
    summary: dict = field(default_factory=dict)
    output: str = ""

    @property
    def server_errors(self) -> dict[int, int]:
        return {code: n for code, n in self.statuses.items() if code >= 500}


def start_wrk(
    wrk: str, site: Gunicorn, paths: list[str], seconds: int, connections: int, folder: Path
):
    script = folder / "mix.lua"
    lua_paths = "{" + ", ".join(json.dumps(p) for p in paths) + "}"
    script.write_text(WRK_SCRIPT % {"paths": lua_paths})
    return subprocess.Popen(
        [
            wrk,
            "-t",
            "2",
            "-c",
            str(connections),
            "-d",
            f"{seconds}s",
            "--timeout",
            "5s",
            "-s",
            str(script),
            site.url("/"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish_wrk(process: subprocess.Popen) -> WrkResult:
    output, _ = process.communicate()
    result = WrkResult(output=output)
    for line in output.splitlines():
        if line.startswith("STATUSES "):
            result.statuses = {int(k): v for k, v in json.loads(line[9:]).items()}
        if line.startswith("SUMMARY "):
            result.summary = json.loads(line[8:])
    return result


def page_mix(env: dict[str, str], site: Gunicorn) -> tuple[list[str], list[str]]:
    code = (
        "from postings.models import Posting, Company; import json; print(json.dumps(["
        "[p.get_absolute_url() for p in Posting.objects.published()[:40]],"
        "[c.get_absolute_url() for c in Company.objects.all()[:10]]]))"
    )
    details, companies = json.loads(manage(env, "shell", "--no-imports", "-c", code).stdout)
    candidates = [
        "/",
        "/?q=machine+learning",
        "/?q=intern&sort=relevance",
        "/?country=AU",
        "/?country=US&region=WA&city=Seattle",
        "/?type=internship&arrangement=hybrid",
        "/?pay_min=40&currency=USD&period=hour&sort=pay",
        "/?degree=phd&sort=closing",
        "/?page=2",
        "/?include_expired=1",
        "/feed/",
        "/feed/?q=robotics",
        "/deadlines.ics",
        "/static/css/site.css",
        *details,
        *companies,
    ]
    paths, excluded = [], []
    for path in candidates:
        try:
            status = urllib.request.urlopen(site.url(path), timeout=10).status
        except urllib.error.HTTPError as error:
            status = error.code
        if status == 200:
            paths.append(path)
        else:
            excluded.append(f"{path} ({status})")
    return paths, excluded


# Outage probe ----------------------------------------------------------------------------------


@dataclass
class Probe:
    url: str
    samples: list[tuple[float, int, float]] = field(default_factory=list)  # (t, status, latency)
    stop_event: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        while not self.stop_event.is_set():
            started = time.monotonic()
            try:
                status = urllib.request.urlopen(self.url, timeout=10).status
            except urllib.error.HTTPError as error:
                status = error.code
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                status = 0
            self.samples.append((started, status, time.monotonic() - started))
            time.sleep(0.1)


# The soak ------------------------------------------------------------------------------------


@dataclass
class Checks:
    results: list[tuple[str, bool, str]] = field(default_factory=list)

    def add(self, name: str, ok: bool, detail: str) -> None:
        self.results.append((name, ok, detail))
        say(f"  [{'PASS' if ok else 'FAIL'}] {name}: {detail}")

    @property
    def ok(self) -> bool:
        return all(ok for _, ok, _ in self.results)


def load_phase(args, wrk, site, paths, folder, checks: Checks) -> None:
    say(f"\n== Load: wrk {args.duration}s at concurrency {args.connections} on {len(paths)} pages")
    warm = start_wrk(wrk, site, paths, 10, args.connections, folder)
    finish_wrk(warm)
    baseline = site.worker_rss_kib()
    samples = [(0, sum(baseline.values()))]
    process = start_wrk(wrk, site, paths, args.duration, args.connections, folder)
    started = time.monotonic()
    while process.poll() is None:
        time.sleep(5)
        samples.append((round(time.monotonic() - started), sum(site.worker_rss_kib().values())))
    result = finish_wrk(process)
    final = site.worker_rss_kib()
    summary = result.summary
    rps = summary["requests"] / summary["seconds"] if summary else 0
    say(f"  requests: {summary.get('requests')} ({rps:.0f}/s); statuses: {result.statuses}")
    say(
        f"  latency p50 {summary.get('p50_ms')} ms, p99 {summary.get('p99_ms')} ms, "
        f"max {summary.get('max_ms')} ms; socket errors: "
        + ", ".join(f"{k} {summary.get(k)}" for k in ("connect", "read", "write", "timeout"))
    )
    say(
        "  worker RSS total (MiB) every 5 s: "
        + " ".join(f"{t}s:{kib / 1024:.0f}" for t, kib in samples)
    )
    per_worker = []
    for pid, kib in sorted(baseline.items()):
        after = final.get(pid)
        per_worker.append((pid, kib, after))
    say(
        "  per worker (MiB) after warm-up -> end: "
        + ", ".join(
            f"{pid}: {kib / 1024:.1f} -> {after / 1024:.1f}" if after else f"{pid}: gone"
            for pid, kib, after in per_worker
        )
    )
    checks.add("load: zero 5xx", not result.server_errors, f"5xx {result.server_errors or 0}")
    errors = sum(summary.get(k, 0) for k in ("connect", "read", "write", "timeout"))
    checks.add(
        "load: no socket errors, no request over 5 s",
        errors == 0,
        f"{errors} errors or timeouts",
    )
    growth = max(
        ((after - kib) / kib for _, kib, after in per_worker if after), default=float("inf")
    )
    same_workers = all(after for _, _, after in per_worker)
    checks.add(
        "load: worker memory flat",
        same_workers and growth <= RSS_GROWTH_LIMIT,
        f"largest growth {growth:+.1%} (limit {RSS_GROWTH_LIMIT:.0%}); "
        f"workers {'unchanged' if same_workers else 'restarted'}",
    )


def outage_phase(args, wrk, site, cluster, paths, folder, checks: Checks) -> None:
    say(f"\n== Outage: PostgreSQL stopped for {args.outage}s under load")
    lead, tail = 5, 20
    process = start_wrk(wrk, site, paths, lead + args.outage + tail, args.connections, folder)
    # The probe asks for a page that always needs the database (a search nobody caches).
    probe = Probe(url=site.url("/?q=outage+probe&sort=newest"))
    thread = threading.Thread(target=probe.run, daemon=True)
    thread.start()
    time.sleep(lead)
    stopped_at = time.monotonic()
    cluster.stop()
    stop_took = time.monotonic() - stopped_at
    time.sleep(max(0.0, args.outage - stop_took))
    started_at = time.monotonic()
    cluster.start()
    start_took = time.monotonic() - started_at
    result = finish_wrk(process)
    probe.stop_event.set()
    thread.join(timeout=15)

    # Requests sent after the stop completed and answered before the start began.
    down = [s for s in probe.samples if stopped_at + stop_took <= s[0] and s[0] + s[2] < started_at]
    for sent, status, latency in probe.samples:
        if latency > 1.0:
            say(
                f"  slow probe: sent {sent - stopped_at:+.2f}s from the stop, status {status}, "
                f"{latency * 1000:.0f} ms (PostgreSQL down from +{stop_took:.2f}s "
                f"to +{started_at - stopped_at:.2f}s)"
            )
    first_503 = next((s for s in probe.samples if s[0] >= stopped_at and s[1] == 503), None)
    after_start = [s for s in probe.samples if s[0] >= started_at + start_took]
    recovered = next((s for s in after_start if s[1] == 200), None)
    slowest = max((s[2] for s in down), default=0.0)
    down_statuses: dict[int, int] = {}
    for _, status, _ in down:
        down_statuses[status] = down_statuses.get(status, 0) + 1
    say(f"  pg stop took {stop_took:.1f}s, start took {start_took:.1f}s")
    say(f"  wrk statuses during the run: {result.statuses}; summary {result.summary}")
    say(f"  probe while down: {len(down)} requests, statuses {down_statuses}")
    stop_done = stopped_at + stop_took
    checks.add(
        "outage: 503 within 1 s",
        first_503 is not None and first_503[0] + first_503[2] <= stop_done + 1.0,
        (
            f"first 503 answered {first_503[0] + first_503[2] - stopped_at:.2f}s after the "
            f"stop began ({first_503[0] + first_503[2] - stop_done:+.2f}s from when the stop "
            f"completed, {stop_took:.2f}s later)"
            if first_503
            else "no 503 seen"
        ),
    )
    checks.add(
        "outage: every answer within 1 s while down",
        bool(down) and slowest <= 1.0,
        f"slowest probe {slowest * 1000:.0f} ms",
    )
    checks.add(
        "outage: only 200 or 503 while down (no 500, no hang)",
        bool(down) and set(down_statuses) <= {200, 503},
        f"{down_statuses}",
    )
    bad = {code: n for code, n in result.statuses.items() if code >= 500 and code != 503}
    checks.add("outage: wrk saw no 5xx other than 503", not bad, f"{bad or 'none'}")
    checks.add(
        "outage: recovers by itself",
        recovered is not None,
        (
            f"first 200 {recovered[0] - started_at:.2f}s after PostgreSQL was started "
            f"(start took {start_took:.2f}s)"
            if recovered
            else "no 200 after restart"
        ),
    )


def killed_import_phase(env, cluster, folder, checks: Checks) -> None:
    say("\n== Killed import: SIGKILL mid-way, then re-run")
    count = 2500
    document = folder / "soak-killed.json"
    document.write_bytes(feed_document(count, prefix="killed"))
    say(f"  document: {count} postings, {document.stat().st_size / 1024 / 1024:.1f} MB")
    cmd = import_command(env, document)
    process = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    began = time.monotonic()
    wrote = None
    query = (
        "SELECT count(*) FROM pg_stat_activity WHERE datname = 'jobboard_soak' "
        "AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()"
    )
    while process.poll() is None and time.monotonic() - began < 60:
        if int(psql(cluster, query) or 0) > 0:
            wrote = time.monotonic()
            break
        time.sleep(0.05)
    if wrote is None:
        checks.add("killed import: killed mid-way", False, "the import never started writing")
        process.kill()
        return
    time.sleep(0.5)
    alive = process.poll() is None
    process.kill()
    process.wait()
    say(
        f"  killed {time.monotonic() - began:.1f}s after start, "
        f"{time.monotonic() - wrote:.1f}s into its writes (still running: {alive})"
    )
    checks.add("killed import: killed mid-way", alive, "the import was still writing")
    time.sleep(1)
    left = psql(
        cluster,
        "SELECT count(*) FROM postings_posting WHERE title LIKE '%killed%'",
        DB_NAME,
    )
    companies = psql(
        cluster, "SELECT count(*) FROM postings_company WHERE name LIKE 'Killed Co %'", DB_NAME
    )
    checks.add(
        "killed import: nothing partial left",
        left == "0" and companies == "0",
        f"{left} postings and {companies} companies of the document in the database",
    )
    rerun_started = time.monotonic()
    result = import_files(env, document, timeout=600)
    took = time.monotonic() - rerun_started
    done = psql(
        cluster, "SELECT count(*) FROM postings_posting WHERE title LIKE '%killed%'", DB_NAME
    )
    checks.add(
        "killed import: re-run completes",
        result.returncode == 0 and done == str(count),
        f"{done} of {count} postings after re-running ({took:.1f}s)",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=60, help="load seconds (default 60)")
    parser.add_argument("--connections", type=int, default=32, help="wrk concurrency (32)")
    parser.add_argument("--outage", type=int, default=10, help="seconds PostgreSQL is down (10)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (3)")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker (4)")
    parser.add_argument(
        "--cluster",
        choices=["private", "main"],
        default="private",
        help="private: a throwaway cluster (default); main: stop the machine's main cluster",
    )
    args = parser.parse_args()
    wrk = ensure_wrk()
    folder = Path(tempfile.mkdtemp(prefix="soak-"))
    cluster = PrivateCluster(folder) if args.cluster == "private" else MainCluster()
    checks = Checks()
    site = None
    try:
        say(f"== Setup: {args.cluster} PostgreSQL cluster on port {cluster.port}")
        cluster.create()
        psql(cluster, f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        psql(cluster, f"CREATE DATABASE {DB_NAME}")
        env = site_env(cluster)
        for step in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
            result = manage(env, *step)
            if result.returncode:
                sys.exit(f"{' '.join(step)} failed:\n{result.stdout}{result.stderr}")
        feed = folder / "soak-feed.json"
        feed.write_bytes(feed_document(400, prefix="soak"))
        imported = import_files(env, ROOT / "seeds", feed, timeout=600)
        say("  imported: " + " | ".join(imported.stdout.strip().splitlines()[-3:]))
        site = Gunicorn(env, free_port(), args.workers, args.threads)
        say(f"  gunicorn: {args.workers} workers x {args.threads} threads on port {site.port}")
        paths, excluded = page_mix(env, site)
        if excluded:
            say(f"  left out of the mix (not 200 before the load): {', '.join(excluded)}")
        checks.add(
            "setup: every page in the mix answers 200",
            not excluded,
            f"{len(paths)} pages" + (f", {len(excluded)} not" if excluded else ""),
        )
        load_phase(args, wrk, site, paths, folder, checks)
        outage_phase(args, wrk, site, cluster, paths, folder, checks)
        site.stop()
        site = None
        killed_import_phase(env, cluster, folder, checks)
    finally:
        if site is not None:
            site.stop()
        if args.cluster == "private":
            cluster.destroy()
            shutil.rmtree(folder, ignore_errors=True)
        else:
            cluster.create()  # leave the main cluster running
            with_db = subprocess.run(
                ["pg_isready", "-q", "-h", "127.0.0.1"], check=False
            ).returncode
            if with_db == 0:
                psql(cluster, f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
            shutil.rmtree(folder, ignore_errors=True)
    say("\n== Summary")
    for name, ok, detail in checks.results:
        say(f"  {'PASS' if ok else 'FAIL'}  {name} — {detail}")
    say("\nSoak passed." if checks.ok else "\nSoak FAILED.")
    return 0 if checks.ok else 1


if __name__ == "__main__":
    sys.exit(main())
