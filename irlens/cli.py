"""The irlens command line: a thin view over captures and bundles."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from irlens.stages import STAGES, UnknownStageError, describe_stage

EXIT_FAILURE = 1
EXIT_USAGE = 2


def _fail(message: str, code: int = EXIT_FAILURE) -> int:
    print(f"irlens: error: {message}", file=sys.stderr)
    return code


def _capture_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="a model, kernel or JAX file (see the README for conventions)")
    p.add_argument("--framework", choices=("torch", "jax", "triton"), help="default: detected from the file")
    p.add_argument("--target", help="GPU architecture to compile for: sm_80, sm_90 (default without a GPU), "
                                    "sm_90a, sm_100, ...")
    p.add_argument("--timeout", type=float, default=600.0, help="seconds before the capture is stopped")
    p.add_argument("--backward", action="store_true", help="torch: capture the backward graph too")
    p.add_argument("--mode", default="default", choices=("default", "max-autotune", "reduce-overhead"),
                   help="torch.compile mode")
    p.add_argument("--dynamic", action="store_true", help="torch: dynamic shapes")
    p.add_argument("--no-passes", action="store_true",
                   help="Triton: skip the pass-by-pass MLIR dump (mlir_passes), most of a capture's overhead")
    p.add_argument("--no-cache", action="store_true", help="capture again even if a cached capture exists")
    p.add_argument("-v", "--verbose", action="store_true", help="report each stage as it is captured")


def _view_arguments(p: argparse.ArgumentParser, stage_required: bool = True) -> None:
    p.add_argument("--stage", required=stage_required, help="stage name (see 'irlens stages')")
    p.add_argument("--kernel", help="only kernels or graphs whose name contains this")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--backend", choices=("cuda", "cpu"), default="cuda",
                   help="torch: show Inductor's CUDA output (default) or its CPU output")


def _options(args):
    from irlens.options import CaptureOptions

    return CaptureOptions(framework=args.framework, target=args.target, backward=args.backward,
                          mode=args.mode, dynamic=args.dynamic, passes=not args.no_passes,
                          bench=getattr(args, "bench", False),
                          bench_only=args.command == "bench",
                          repeats=getattr(args, "repeats", None) or 100,
                          cuda_graphs=getattr(args, "cuda_graphs", False))


def _print_stage(capture, args) -> int:
    from irlens.render import render_json, render_text, select_records

    records = select_records(capture, args.stage, args.kernel, args.backend)
    for line in capture.failures():
        print(f"irlens: error: {line}", file=sys.stderr)
    if not records:
        if capture.errors:
            return EXIT_FAILURE  # the failure line above already says why the stage is missing
        captured = " ".join(capture.stages()) or "none"
        what = f" for kernel {args.kernel!r}" if args.kernel else ""
        print(f"irlens: error: no {args.stage} stage{what} in this capture (captured: {captured})",
              file=sys.stderr)
        return EXIT_FAILURE
    sys.stdout.write(render_json(records) if args.format == "json" else render_text(records))
    failed = any(r.error for r in records)
    return EXIT_FAILURE if capture.errors or failed else 0


def _check_stage(name: str | None) -> None:
    if name is not None:
        describe_stage(name)


def cmd_stages(args) -> int:
    width = max(len(s.name) for s in STAGES)
    for s in STAGES:
        print(f"{s.name:<{width}}  {s.framework:<7} {s.description}")
    return 0


def _capture(args):
    from irlens.cache import cached_capture

    capture, _ = cached_capture(args.file, _options(args), timeout_s=args.timeout,
                                use_cache=not args.no_cache, verbose=args.verbose)
    return capture


def cmd_dump(args) -> int:
    _check_stage(args.stage)
    return _print_stage(_capture(args), args)


def cmd_capture(args) -> int:
    from irlens.bundle import check_bundle_destination, write_bundle

    out = Path(args.output)
    check_bundle_destination(out, args.force)  # before the capture: a refusal should cost nothing
    capture = _capture(args)
    write_bundle(capture, out, force=args.force)
    for line in capture.failures():
        print(f"irlens: error: {line}", file=sys.stderr)
    kernels = len(capture.units())
    print(f"irlens: wrote {out} ({len(capture.records)} stages, {kernels} kernels/graphs)", file=sys.stderr)
    return EXIT_FAILURE if capture.errors or any(r.error for r in capture.records) else 0


def cmd_show(args) -> int:
    from irlens.bundle import load_bundle

    _check_stage(args.stage)
    return _print_stage(load_bundle(args.bundle), args)


def cmd_bench(args) -> int:
    """Exits 1 when the capture failed, a path failed or gave a wrong result, or nothing could be
    measured, so that a script can gate on it; figures skipped by design (no GPU) do not count."""
    from irlens.timing.report import bench_failure, format_timings

    args.no_cache = True
    capture = _capture(args)
    for line in capture.errors:
        print(f"irlens: error: {line}", file=sys.stderr)
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps(capture.timings, indent=1) + "\n")
    else:
        sys.stdout.write(format_timings(capture.timings))
    failure = bench_failure(capture.timings) if capture.timings or not capture.errors else None
    if failure:
        print(f"irlens: error: bench: {failure}", file=sys.stderr)
    return EXIT_FAILURE if capture.errors or failure else 0


def cmd_import_trace(args) -> int:
    from irlens.bundle import check_bundle_destination, write_bundle
    from irlens.capturers.torch_trace import import_trace

    out = Path(args.output)
    check_bundle_destination(out, args.force)
    capture = import_trace(args.trace_dir)
    write_bundle(capture, out, force=args.force)
    print(f"irlens: wrote {out} ({len(capture.records)} stages from {args.trace_dir})", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="irlens", description="Capture and inspect every lowering stage of "
                                     "torch.compile, JAX/XLA, Triton and LLVM.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("stages", help="list every stage with its framework")
    p.set_defaults(func=cmd_stages)

    p = sub.add_parser("dump", help="capture a file (cached) and print one stage")
    _capture_arguments(p)
    _view_arguments(p)
    p.set_defaults(func=cmd_dump)

    p = sub.add_parser("capture", help="capture a file into a bundle directory")
    _capture_arguments(p)
    p.add_argument("-o", "--output", required=True, help="bundle directory to write")
    p.add_argument("--force", action="store_true", help="replace an existing bundle")
    p.add_argument("--bench", action="store_true", help="time the kernels too and store the figures")
    p.add_argument("--repeats", type=int, default=100)
    p.add_argument("--cuda-graphs", action="store_true")
    p.set_defaults(func=cmd_capture)

    p = sub.add_parser("show", help="print one stage from a bundle, as dump prints it")
    p.add_argument("bundle")
    _view_arguments(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("bench", help="time eager, torch.compile, JAX and Triton kernels of a file")
    _capture_arguments(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--repeats", type=int, default=100)
    p.add_argument("--cuda-graphs", action="store_true")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("import-trace", help="turn a TORCH_TRACE directory into a bundle")
    p.add_argument("trace_dir")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_import_trace)
    return parser


def main(argv: list[str] | None = None) -> int:
    from irlens.bundle import BundleError
    from irlens.record import CaptureError

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except UnknownStageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except (CaptureError, BundleError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
