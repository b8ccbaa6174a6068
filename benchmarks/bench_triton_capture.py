"""Prints, per Triton sample: the cold capture time, the cached `irlens dump`, irlens's compile of
the sample's kernels against a bare triton.compile of the same specializations (each in a fresh
process, compile calls only), with and without the MLIR pass dumps (--no-passes), and the time to
open the written bundle. Figures, not a test.

Targets: compile overhead within 1.2x of the bare compile, cached dump < 1 s, bundle open < 0.3 s.
Run: python benchmarks/bench_triton_capture.py [--target sm_90] [--repeats 3]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = ("vector_add", "softmax", "layernorm", "matmul")


def compile_seconds(sample: str, target: str, how: str) -> float:
    """In this (fresh) process: seconds spent compiling the sample's example() launches, either
    bare (`triton.compile`) or through irlens's compile_kernel (every stage, SASS, pass dump)."""
    from irlens.capturers.triton_capture import load_user_module
    from irlens.capturers.triton_compile import compile_kernel
    from irlens.capturers.triton_launches import innermost_jit_function, specialize_launch
    from irlens.capturers.triton_target import gpu_target
    import triton
    from triton import knobs

    module = load_user_module(REPO / "samples" / f"triton_{sample}.py")
    specs = [specialize_launch(innermost_jit_function(k), target, tuple(a), dict(rest[0]) if rest else {})
             for k, _grid, a, *rest in module.example()]
    knobs.cache.dir = tempfile.mkdtemp(prefix="bench-triton-")  # an empty cache: a real compile
    start = time.perf_counter()
    for spec in specs:
        src = spec.ast_source(spec.kernel)
        if how == "bare":
            triton.compile(src, target=gpu_target(target), options=spec.options)
        else:
            compile_kernel(src, target, unit=spec.name, options=spec.options, pass_dumps=how == "irlens")
    return time.perf_counter() - start


def in_fresh_process(sample: str, target: str, how: str) -> float:
    out = subprocess.run([sys.executable, __file__, "--compile-only", sample, how, "--target", target],
                         capture_output=True, text=True, check=True, env=_env())
    return float(out.stdout.strip().splitlines()[-1])


def _env(cache_dir: str | None = None) -> dict:
    env = dict(os.environ, TRITON_DEFAULT_FP_FUSION="1")
    if cache_dir:
        env["IRLENS_CACHE_DIR"] = cache_dir
    return env


def timed_cli(args: list[str], cache_dir: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "irlens", *args], capture_output=True, check=True, env=_env(cache_dir))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", default="sm_90")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--compile-only", nargs=2, metavar=("SAMPLE", "HOW"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.compile_only:
        print(compile_seconds(args.compile_only[0], args.target, args.compile_only[1]))
        return
    from irlens.bundle import load_bundle

    print(f"target {args.target}; median of {args.repeats}; seconds")
    print(f"{'sample':<11} {'cold capture':>12} {'cached dump':>11} {'bare compile':>12} "
          f"{'irlens compile':>14} {'overhead':>8} {'--no-passes':>11} {'overhead':>8} {'open bundle':>11}")
    for sample in SAMPLES:
        path = str(REPO / "samples" / f"triton_{sample}.py")
        cold, warm, opened = [], [], []
        for _ in range(args.repeats):
            with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as out:
                bundle = os.path.join(out, "bundle")
                cold.append(timed_cli(["capture", path, "--target", args.target, "-o", bundle], cache))
                warm.append(timed_cli(["dump", path, "--target", args.target, "--stage", "ptx"], cache))
                start = time.perf_counter()
                load_bundle(bundle)
                opened.append(time.perf_counter() - start)
        bare = statistics.median(in_fresh_process(sample, args.target, "bare") for _ in range(args.repeats))
        ours = statistics.median(in_fresh_process(sample, args.target, "irlens") for _ in range(args.repeats))
        lean = statistics.median(in_fresh_process(sample, args.target, "irlens-no-passes")
                                 for _ in range(args.repeats))
        print(f"{sample:<11} {statistics.median(cold):>12.2f} {statistics.median(warm):>11.2f} {bare:>12.2f} "
              f"{ours:>14.2f} {ours / bare:>7.2f}x {lean:>11.2f} {lean / bare:>7.2f}x "
              f"{statistics.median(opened):>11.4f}")


if __name__ == "__main__":
    main()
