"""Captures started from the app run in the background: a thread waits on irlens.cache.cached_capture,
which runs the user's file in a child process, so the page stays live and a crash in the file or a
compiler never takes the app down. One capture runs at a time; later ones queue."""
from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from irlens.bundle import BundleError
from irlens.errors import describe_exception
from irlens.options import CaptureOptions
from irlens.record import Capture, CaptureError
from irlens.runner import DEFAULT_TIMEOUT_S

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


@dataclass
class CaptureJob:
    path: Path
    options: CaptureOptions
    state: str = QUEUED
    capture: Capture | None = None
    from_cache: bool = False
    error: str | None = None  # one line, when the capture could not start or ended abnormally
    submitted_at: float = field(default_factory=time.monotonic)
    started_at: float | None = None
    finished_at: float | None = None

    @property
    def finished(self) -> bool:
        return self.state in (DONE, FAILED)

    @property
    def elapsed_s(self) -> float:
        if self.started_at is None:
            return 0.0
        return (self.finished_at or time.monotonic()) - self.started_at

    def describe(self, ahead: int = 0) -> str:
        """One line on the job; `ahead`: how many captures must end before a queued one starts."""
        name = self.path.name
        if self.state == QUEUED:
            if not ahead:
                return f"{name}: starting the capture…"
            return f"{name}: waiting for {ahead} capture{'s' if ahead > 1 else ''} ahead of it"
        if self.state == RUNNING:
            return f"{name}: capturing… {self.elapsed_s:.0f} s"
        if self.state == FAILED:
            return self.error if name in (self.error or "") else f"{name}: {self.error}"
        source = "from the cache" if self.from_cache else f"captured in {self.elapsed_s:.1f} s"
        return f"{name}: {len(self.capture.records) if self.capture else 0} stages, {source}"


def _file_and_options(path: str | Path, options: CaptureOptions) -> tuple[str, str]:
    return str(Path(path).resolve()), json.dumps(options.to_dict(), sort_keys=True)


def job_key(path: str | Path, options: CaptureOptions) -> str:
    """Same file (by path and modification), same options: same job."""
    file, chosen = _file_and_options(path, options)
    try:
        stamp = Path(file).stat()
        version = f"{stamp.st_mtime_ns}:{stamp.st_size}"
    except OSError:
        version = "missing"
    return f"{file}|{version}|{chosen}"


class CaptureJobs:
    """The app's captures, shared by every browser tab of one app process."""

    def __init__(self, timeout_s: float = DEFAULT_TIMEOUT_S, parallel: int = 1):
        self.timeout_s = timeout_s
        self.parallel = parallel
        self._jobs: dict[str, CaptureJob] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=parallel, thread_name_prefix="irlens-capture")

    def submit(self, path: str | Path, options: CaptureOptions) -> CaptureJob:
        """The job for this file and these options: the existing one unless it failed."""
        key = job_key(path, options)
        with self._lock:
            job = self._jobs.get(key)
            if job is not None and job.state != FAILED:
                return job
            job = CaptureJob(path=Path(path), options=options)
            self._jobs[key] = job
        self._pool.submit(self._run, job)
        return job

    def describe(self, job: CaptureJob) -> str:
        """The job's line, counting for a queued job the captures that must end before it starts."""
        with self._lock:
            earlier = sum(1 for j in self._jobs.values() if not j.finished and j.submitted_at < job.submitted_at)
        return job.describe(ahead=max(0, earlier - self.parallel + 1))

    def find(self, path: str | Path, options: CaptureOptions) -> CaptureJob | None:
        with self._lock:
            return self._jobs.get(job_key(path, options))

    def adopt(self, path: str | Path, options: CaptureOptions, capture: Capture) -> CaptureJob:
        """A finished job for a capture that exists already (the cache's, opened by a link), so that
        the page finds it on every run as it finds one it made: nothing runs."""
        job = CaptureJob(path=Path(path), options=options, state=DONE, capture=capture, from_cache=True)
        job.started_at = job.finished_at = time.monotonic()
        with self._lock:
            return self._jobs.setdefault(job_key(path, options), job)

    def latest_done(self, path: str | Path, options: CaptureOptions) -> CaptureJob | None:
        """The newest finished capture of this file with these options, of any version of the file:
        what to show, marked as out of date, after the file was edited."""
        wanted = _file_and_options(path, options)
        with self._lock:
            done = [j for j in self._jobs.values()
                    if j.state == DONE and _file_and_options(j.path, j.options) == wanted]
        return max(done, key=lambda j: j.submitted_at, default=None)

    def _run(self, job: CaptureJob) -> None:
        from irlens.cache import cached_capture

        job.started_at = time.monotonic()
        job.state = RUNNING
        try:
            job.capture, job.from_cache = cached_capture(job.path, job.options, timeout_s=self.timeout_s)
            job.state = DONE
        except (CaptureError, BundleError) as exc:
            job.error, job.state = str(exc), FAILED
        except Exception as exc:  # noqa: BLE001 - the app shows one line, never a traceback
            job.error, job.state = describe_exception(exc, doing="capture"), FAILED
        finally:
            job.finished_at = time.monotonic()

    def wait(self, job: CaptureJob, timeout_s: float) -> bool:
        """Block until the job finishes or timeout_s passes; True when it finished."""
        deadline = time.monotonic() + timeout_s
        while not job.finished and time.monotonic() < deadline:
            time.sleep(0.05)
        return job.finished
