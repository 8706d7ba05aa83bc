"""The production stack for the benchmark and the load test: gunicorn with the production settings on 127.0.0.1."""

from __future__ import annotations

import http.client
import os
import re
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings

READY_TIMEOUT = 60.0
HEADERS = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _database_url() -> str:
    return os.environ.get("DATABASE_URL", "sqlite:///db.sqlite3")


class Server:
    """gunicorn with the production settings on 127.0.0.1, started and stopped by the benchmark."""

    def __init__(self, workers: int, using: str) -> None:
        self.port = _free_port()
        self.workers = workers
        self.using = using
        self.process: subprocess.Popen | None = None

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
        env.update(
            DJANGO_SETTINGS_MODULE="archive.settings",
            DJANGO_DEBUG="false",
            DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
            DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
            DJANGO_LOG_LEVEL="WARNING",
            # As behind the TLS proxy of production: requests say they came over HTTPS (see request()).
            DJANGO_SECURE_PROXY_SSL_HEADER="true",
            DATABASE_URL=_database_url(),
        )
        return env

    def collectstatic(self) -> None:
        """The manifest storage of the production settings needs the collected files (in STATIC_ROOT)."""
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=settings.BASE_DIR,
            env=self.environment(),
            check=True,
        )

    def start(self) -> None:
        self.collectstatic()
        gunicorn = Path(sys.executable).with_name("gunicorn")
        command = [str(gunicorn)] if gunicorn.exists() else [sys.executable, "-m", "gunicorn"]
        self.process = subprocess.Popen(
            [
                *command,
                "archive.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--log-level",
                "warning",
                "--timeout",
                "120",
            ],
            cwd=settings.BASE_DIR,
            env=self.environment(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                assert self.process.stderr is not None  # stderr=PIPE
                raise RuntimeError("gunicorn stopped: " + self.process.stderr.read().decode(errors="replace")[-2000:])
            try:
                status, _ = request(self.port, "/en/")
                if status < 500:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not answer in time")

    def worker_pids(self) -> list[int]:
        if self.process is None:
            return []
        pids = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == self.process.pid:
                    pids.append(int(entry.name))
        return pids

    def worker_rss_mb(self) -> float | None:
        sizes = []
        for pid in self.worker_pids():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            match = re.search(r"VmRSS:\s+(\d+) kB", status)
            if match:
                sizes.append(int(match.group(1)) / 1024)
        return round(max(sizes), 1) if sizes else None

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def request(port: int, path: str) -> tuple[int, float]:
    """GET one path over a fresh loopback connection; (status, milliseconds) with the body read."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request("GET", path, headers=HEADERS)
        response = connection.getresponse()
        response.read()
        return response.status, (time.perf_counter() - started) * 1000
    finally:
        connection.close()
