"""The samples the app opens on: samples/*.py and their pre-made bundles in samples/bundles/<name>/,
plus saving an uploaded file where a capture can run it (a fresh temporary directory, never over
a user's file)."""
from __future__ import annotations

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
    """Write an uploaded file into a new private directory and return its path. The name is
    reduced to a safe base name, so an upload cannot land outside that directory."""
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(file_name).name).strip("._") or "upload"
    if not stem.endswith(".py"):
        stem += ".py"
    target_dir = Path(tempfile.mkdtemp(prefix="irlens-upload-", dir=directory))
    path = target_dir / stem
    path.write_bytes(data)
    return path
