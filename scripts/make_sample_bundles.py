"""Capture every sample into samples/bundles/<name>/ with irlens itself, so the app opens on real
captures in seconds on a machine with no GPU and no warm cache. Re-run after changing a sample or
irlens's bundle format; tests/core/test_sample_bundles.py says when that is due.

    .venv/bin/python scripts/make_sample_bundles.py [NAME ...]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from irlens.bundle import write_bundle
from irlens.cache import cached_capture
from irlens.options import CaptureOptions

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
BUNDLES = SAMPLES / "bundles"
# The same MLP through torch.compile and XLA carries timings too (CPU figures, labelled CPU on a
# machine without a GPU), so the app's timing view opens on real rows.
TIMED = {"torch_mlp", "jax_mlp"}


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.glob("*.py") if not p.name.startswith("_"))


def main(names: list[str]) -> int:
    status = 0
    for path in sample_files():
        if names and path.stem not in names:
            continue
        start = time.perf_counter()
        options = CaptureOptions(bench=path.stem in TIMED, repeats=50)
        capture, _ = cached_capture(path, options, timeout_s=900)
        capture.source_path = f"samples/{path.name}"
        write_bundle(capture, BUNDLES / path.stem, force=True)
        size = sum(f.stat().st_size for f in (BUNDLES / path.stem).rglob("*") if f.is_file())
        failures = capture.failures()
        print(f"{path.stem:<24} {len(capture.records):4d} stages {size / 1e6:6.2f} MB "
              f"{time.perf_counter() - start:6.1f} s" + (f"  FAILURES: {failures}" if failures else ""))
        status |= bool(capture.errors)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
