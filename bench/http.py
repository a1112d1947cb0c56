"""Throughput and latency of ``POST /v1/extract`` against gunicorn with 2 workers.

Usage: python bench/http.py [CORPUS.jsonl] [--seconds S] [--clients N] [--rate R]
       (default corpus ../shared/corpora/tbaq.jsonl; 20 s per phase, 4 clients, 20 req/s)

Starts ``timeline serve`` (WEB_CONCURRENCY=2, a temporary SQLite file) on a free
loopback port, cycles through the corpus documents as request bodies, and
measures two things:

* closed loop: N clients send back to back for S seconds -> the maximum
  requests per second, with its latencies;
* open loop: requests are *scheduled* at a fixed rate R for S seconds, each on
  its own thread, and latency is counted from the scheduled instant, so a
  stalled server cannot hide its queue (no coordinated omission).

Requests/s are completed requests over the phase's wall time. Worker CPU per
request (from /proc) shows what the server itself spends, whatever else the
machine is doing: 2 cores / that figure is the ceiling for 2 workers.

The load generator runs on the same 2-core machine as the server and takes part
of its CPU; figures are printed, nothing is asserted.
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is bench/http.py: run as a script, its folder comes first on sys.path
# and would shadow the standard library's ``http`` package.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    del sys.path[0]

import argparse  # noqa: E402
import http.client  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import signal  # noqa: E402
import socket  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "tbaq.jsonl"
MAX_DOCUMENTS = 256


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each phase")
    parser.add_argument("--clients", type=int, default=4, help="closed-loop clients")
    parser.add_argument("--rate", type=float, default=20.0, help="open-loop requests/s")
    args = parser.parse_args(argv[1:])
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus} (pass the path of tbaq.jsonl)", file=sys.stderr)
        return 1
    bodies = _bodies(args.corpus)
    print(
        f"{len(bodies)} documents, median {statistics.median(len(b) for b in bodies)} bytes a body"
    )
    with _server() as server:
        _warm(server.port, bodies)
        phases = (
            (
                f"max throughput, {args.clients} clients back to back",
                lambda: _closed_loop(server.port, bodies, args.clients, args.seconds),
            ),
            (
                f"fixed offered rate {args.rate:g} req/s",
                lambda: _open_loop(server.port, bodies, args.rate, args.seconds),
            ),
        )
        for title, phase in phases:
            cpu_before, started = server.worker_cpu_seconds(), time.perf_counter()
            client_before = time.process_time()
            results = phase()
            elapsed = time.perf_counter() - started
            cpu = server.worker_cpu_seconds() - cpu_before
            _report(title, results, elapsed, cpu, time.process_time() - client_before)
    return 0


def _bodies(path: Path) -> list[bytes]:
    bodies = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and len(bodies) < MAX_DOCUMENTS:
                document = json.loads(line)
                body = {"text": document["text"], "published": document["dct"][:10]}
                bodies.append(json.dumps(body).encode())
    return bodies


class _server:
    """``timeline serve`` in its own session on a free loopback port; stopped on exit."""

    def __enter__(self) -> _server:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.workdir = tempfile.TemporaryDirectory(prefix="timeline-bench-")
        env = {
            **os.environ,
            "WEB_CONCURRENCY": "2",
            "DATABASE_URL": f"sqlite:///{self.workdir.name}/bench.db",
            "TIMELINE_LOG_LEVEL": "warning",
        }
        env.pop("PROMETHEUS_MULTIPROC_DIR", None)
        self.log = open(Path(self.workdir.name) / "server.log", "w+")
        command = [sys.executable, "-m", "service.cli", "serve", "--port", str(self.port)]
        self.process = subprocess.Popen(
            command, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if _send(self.port, "GET", "/readyz", None)[0] == 200:
                    return self
            except OSError:
                time.sleep(0.25)
        self.__exit__()
        raise SystemExit("the server did not start; see its log above")

    def worker_cpu_seconds(self) -> float:
        """User + system CPU time of the gunicorn workers (children of the master)."""
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:  # fields[1] is the parent pid
                total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / ticks

    def __exit__(self, *exc: object) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.seek(0)
        errors = [line for line in self.log if "Traceback" in line or "[ERROR]" in line]
        if errors or exc and exc[0] is not None:
            self.log.seek(0)
            print(self.log.read()[-4000:], file=sys.stderr)
        self.log.close()
        self.workdir.cleanup()


def _send(port: int, method: str, path: str, body: bytes | None) -> tuple[int, float]:
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    finally:
        connection.close()


def _warm(port: int, bodies: list[bytes]) -> None:
    for body in bodies[:10]:
        _send(port, "POST", "/v1/extract", body)


def _closed_loop(port: int, bodies: list[bytes], clients: int, seconds: float) -> list[tuple]:
    results: list[tuple[int, float]] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(offset: int) -> None:
        index = offset
        while time.monotonic() < stop:
            outcome = _send(port, "POST", "/v1/extract", bodies[index % len(bodies)])
            with lock:
                results.append(outcome)
            index += clients

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _open_loop(port: int, bodies: list[bytes], rate: float, seconds: float) -> list[tuple]:
    total = int(rate * seconds)
    start = time.perf_counter() + 0.1

    def scheduled(index: int) -> tuple[int, float]:
        due = start + index / rate
        time.sleep(max(0.0, due - time.perf_counter()))
        status, _ = _send(port, "POST", "/v1/extract", bodies[index % len(bodies)])
        return status, time.perf_counter() - due

    with ThreadPoolExecutor(max_workers=64) as pool:
        return list(pool.map(scheduled, range(total)))


def _report(
    title: str, results: list[tuple[int, float]], seconds: float, cpu: float, client_cpu: float
) -> None:
    latencies = sorted(latency for _, latency in results)
    failures = sum(1 for status, _ in results if status != 200)
    p50 = latencies[len(latencies) // 2] * 1000
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    print(
        f"{title}: {len(results)} requests, {len(results) / seconds:.1f} req/s, "
        f"p50 {p50:.0f} ms, p99 {p99:.0f} ms, max {latencies[-1] * 1000:.0f} ms, "
        f"non-200: {failures}; CPU a request: workers {cpu / len(results) * 1000:.0f} ms, "
        f"load generator {client_cpu / len(results) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv))
