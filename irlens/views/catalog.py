"""The samples the app opens on: samples/*.py and their pre-made bundles in samples/bundles/<name>/,
plus saving an uploaded file where a capture can run it (a private temporary directory named by
the upload's content, never over a user's file)."""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from irlens.bundle import MANIFEST

# The order a class meets them: a kernel first, then whole models.
FRAMEWORK_ORDER = ("triton", "torch", "jax")


@dataclass(frozen=True)
class Sample:
    name: str
    source: Path | None  # samples/<name>.py
    bundle: Path | None  # samples/bundles/<name>/, when a bundle was made

    @property
    def framework_hint(self) -> str:
        return self.name.split("_", 1)[0]


def bundle_dirs(root: Path) -> dict[str, Path]:
    """Bundles directly under `root`, by directory name."""
    if not root.is_dir():
        return {}
    return {p.name: p for p in sorted(root.iterdir()) if (p / MANIFEST).is_file()}


def list_samples(samples_dir: Path, bundles_dir: Path | None = None) -> list[Sample]:
    """Every sample file and every bundle, joined by name; Triton, then torch, then JAX."""
    bundles = bundle_dirs(bundles_dir if bundles_dir is not None else samples_dir / "bundles")
    sources = {p.stem: p for p in sorted(samples_dir.glob("*.py"))
               if not p.name.startswith("_")} if samples_dir.is_dir() else {}
    names = sorted(set(bundles) | set(sources), key=_sample_order)
    return [Sample(n, sources.get(n), bundles.get(n)) for n in names]


def _sample_order(name: str) -> tuple[int, str]:
    prefix = name.split("_", 1)[0]
    rank = FRAMEWORK_ORDER.index(prefix) if prefix in FRAMEWORK_ORDER else len(FRAMEWORK_ORDER)
    return rank, name


def save_upload(file_name: str, data: bytes, directory: str | os.PathLike | None = None) -> Path:
    """Write an uploaded file under a directory named by its content and return its path: the
    same upload again (a reload, another session) is the same file, not one more directory, and
    its capture comes from the cache. The name is reduced to a safe base name, so an upload cannot
    land outside that directory."""
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(file_name).name).strip("._") or "upload"
    if not stem.endswith(".py"):
        stem += ".py"
    root = Path(directory or tempfile.gettempdir()) / f"irlens-uploads-{os.getuid()}"
    root.mkdir(mode=0o700, exist_ok=True)
    if root.stat().st_uid != os.getuid():  # a shared /tmp: never write into another user's directory
        root = Path(tempfile.mkdtemp(prefix="irlens-uploads-", dir=directory))
    target_dir = root / hashlib.sha256(data).hexdigest()[:20]
    target_dir.mkdir(exist_ok=True)
    path = target_dir / stem
    if not (path.is_file() and path.read_bytes() == data):
        partial = target_dir / f".{stem}.{os.getpid()}.partial"
        partial.write_bytes(data)
        os.replace(partial, path)  # another session reading it never sees half a file
    return path
