"""A cache of captures, keyed by the input's content, the options, the package versions and the
machine (GPU or not), so asking twice for the same thing compiles once."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import irlens
from irlens.bundle import BundleError, load_bundle, write_bundle
from irlens.environment import has_nvidia_gpu, package_versions
from irlens.options import CaptureOptions
from irlens.record import Capture
from irlens.runner import DEFAULT_TIMEOUT_S, run_capture


def cache_dir() -> Path:
    root = os.environ.get("IRLENS_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "irlens")
    return Path(root)


def irlens_code_digest() -> str:
    """A digest of irlens's own code: a capture made by other code is not reused."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for source in sorted(root.rglob("*.py")):
        digest.update(str(source.relative_to(root)).encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def file_digest(path: str | os.PathLike) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def sources_unchanged(capture: Capture) -> bool:
    """Whether the user's modules the capture imported (irlens.worker.local_sources) are as they
    were: the key covers only the file itself."""
    for source, digest in (capture.environment.get("local_sources") or {}).items():
        try:
            if file_digest(source) != digest:
                return False
        except OSError:
            return False
    return True


TOOL_VARIABLES = ("TRITON_PTXAS_PATH", "TRITON_CUOBJDUMP_PATH", "TRITON_NVDISASM_PATH", "TRITON_PTXAS_BLACKWELL_PATH")


def cache_key(path: str | os.PathLike, options: CaptureOptions) -> str:
    # The user's own modules the file imports (a helper beside it, a package) are not in the key:
    # the capture records them (local_sources) and each lookup checks them, so editing a file
    # beside this one that it does not import keeps its entry.
    p = Path(path)
    material = {
        "source": hashlib.sha256(p.read_bytes()).hexdigest(),
        "options": options.to_dict(),
        "packages": package_versions(),
        "irlens": irlens.__version__,
        "irlens_code": irlens_code_digest(),
        "gpu": has_nvidia_gpu(),
        # Triton runs the CUDA tools these name in place of its own: another ptxas, another outcome
        "tools": {name: os.environ.get(name) for name in TOOL_VARIABLES},
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()[:32]


def keepable(capture: Capture) -> bool:
    """Whether a capture's outcome would come out the same again: not when the capture failed as
    a whole, nor when a stage failed by running out of time (a CUDA tool on a loaded machine)."""
    return not capture.errors and not any("timed out" in (r.error or "") for r in capture.records)


def stored_capture(path: str | os.PathLike, options: CaptureOptions) -> Capture | None:
    """The cache's capture of this file with these options, if it holds one that still stands
    (the local modules it imported unchanged); None otherwise. Runs nothing: the app opens a link
    to a file captured before with it, without executing the file."""
    return _stored_at(cache_dir() / cache_key(path, options), path)


def _stored_at(entry: Path, path: str | os.PathLike) -> Capture | None:
    """stored_capture, for the entry the file's key names."""
    if not entry.is_dir():
        return None
    try:
        capture = load_bundle(entry)
    except BundleError:
        shutil.rmtree(entry, ignore_errors=True)  # a damaged entry (irlens's own) is captured again
        return None
    if not sources_unchanged(capture):
        return None
    capture.source_path = str(Path(path).resolve())
    return capture


def cached_capture(path: str | os.PathLike, options: CaptureOptions, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                   use_cache: bool = True, verbose: bool = False) -> tuple[Capture, bool]:
    """(capture, came_from_cache); use_cache=False captures again and replaces what the cache
    held. A capture whose stages failed is stored too: the key pins a compiler's or a tool's
    refusal down (the source, the options, the packages, the tools' paths; the local modules it
    imported are checked on each use), and
    capturing again would only fail again, slower. One that failed as a whole (it timed out, its
    process died, the file or model raised) is not: that may not happen twice."""
    from irlens.runner import read_user_source

    read_user_source(path)  # bad files fail here, before any hashing
    entry = cache_dir() / cache_key(path, options)
    kept = _stored_at(entry, path) if use_cache else None
    if kept is not None:
        return kept, True
    capture = run_capture(path, options, timeout_s=timeout_s, verbose=verbose)
    if keepable(capture) and not options.bench_only:  # `bench` always measures anew: keeping its rows helps no one
        try:
            write_bundle(capture, entry, force=True)
        except (OSError, BundleError):
            pass  # a read-only or damaged cache only costs time
    return capture, False
