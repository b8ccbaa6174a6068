"""How much irlens adds to torch.compile: capture time per sample against a bare torch.compile of
the same model in a fresh process, and the time of a cached re-dump.

    python benchmarks/bench_torch_capture.py [samples/torch_mlp.py ...]

Both sides run in fresh processes with the FX graph and AOTAutograd caches off (a capture always
compiles, so that the trace holds every record); Inductor's kernel caches stay as they are, so
run the script twice for warm figures. Targets: capture within 1.3x of bare, re-dump under 1 s.
A capture also generates Inductor's CUDA output when no GPU is present (a second compile): its
time is included in the capture column.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("torch_*.py"))

BARE = """
import importlib.util, sys, torch
spec = importlib.util.spec_from_file_location("m", sys.argv[1])
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
init = m.get_init_inputs() if hasattr(m, "get_init_inputs") else []
model = m.Model(*init).eval()
with torch.no_grad():
    torch.compile(model)(*m.get_inputs())
"""


def timed(command: list[str], env: dict) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    return time.perf_counter() - start, done


def main(paths: list[Path]) -> int:
    env = dict(os.environ, TORCHINDUCTOR_FX_GRAPH_CACHE="0", TORCHINDUCTOR_AUTOGRAD_CACHE="0")
    print(f"{'sample':<26} {'bare (s)':>9} {'capture (s)':>12} {'ratio':>6} {'re-dump (s)':>12}")
    status = 0
    for path in paths:
        with tempfile.TemporaryDirectory() as cache:
            run_env = dict(env, IRLENS_CACHE_DIR=cache)
            bare, done = timed([sys.executable, "-c", BARE, str(path)], run_env)
            if done.returncode:
                print(f"{path.name}: bare torch.compile failed: {done.stderr.strip().splitlines()[-1:]}")
                status = 1
                continue
            dump = [sys.executable, "-m", "irlens", "dump", str(path), "--stage", "inductor", "--backend", "cpu"]
            capture, done = timed(dump, run_env)
            redump, again = timed(dump, run_env)
            if done.returncode or again.returncode:
                print(f"{path.name}: irlens dump failed: {(again.stderr or done.stderr).strip()[-300:]}")
                status = 1
            print(f"{path.name:<26} {bare:>9.2f} {capture:>12.2f} {capture / bare:>6.2f} {redump:>12.2f}")
    return status


if __name__ == "__main__":
    sys.exit(main([Path(p).resolve() for p in sys.argv[1:]] or SAMPLES))
