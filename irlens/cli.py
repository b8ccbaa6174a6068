"""The irlens command line: a thin view over captures and bundles."""
from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from irlens import __version__
from irlens.stages import STAGES, UnknownStageError, describe_stage

EXIT_FAILURE = 1
EXIT_USAGE = 2
REPEATS = 100


def _fail(message: str, code: int = EXIT_FAILURE) -> int:
    print(f"irlens: error: {message}", file=sys.stderr)
    return code


MAX_TIMEOUT_S = 7 * 24 * 3600.0  # a bound the process timers accept (inf and 1e12 s overflow them)


def _positive(kind, most: float | None = None):
    """An argparse type: a number above zero (and at most `most`), else a usage error naming the value."""
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"{text} must be above 0")
        if most is not None and not value <= most:
            raise argparse.ArgumentTypeError(f"{text} is more than {most:g}")
        return value
    parse.__name__ = kind.__name__  # argparse names the type in its messages
    return parse


class _NotForBench(argparse.Action):
    """An option of the captured stages given to bench: a usage error that says why."""

    def __call__(self, parser, namespace, values, option_string=None):
        parser.error(f"{option_string} shapes the captured stages (dump, capture); bench times inference "
                     "as the file gives it, on the local device, so it takes no such option")


def _capture_arguments(p: argparse.ArgumentParser, stages: bool = True) -> None:
    """The file and how to run it; with `stages`, the options of the stages captured, which `bench`
    does not take: it times inference as the file gives it, on the local device."""
    p.add_argument("file", help="a model, kernel or JAX file (see the README for conventions)")
    p.add_argument("--framework", choices=("torch", "jax", "triton"), help="default: detected from the file")
    p.add_argument("--timeout", type=_positive(float, most=MAX_TIMEOUT_S), default=600.0,
                   help=f"seconds before the capture is stopped (at most {MAX_TIMEOUT_S:g}, a week)")
    p.add_argument("--mode", default="default", choices=("default", "max-autotune", "reduce-overhead"),
                   help="torch.compile mode")
    p.add_argument("-v", "--verbose", action="store_true", help="report each stage as it is captured")
    if not stages:
        for flag in ("--target", "--backward", "--dynamic", "--no-passes"):
            p.add_argument(flag, action=_NotForBench, nargs=1 if flag == "--target" else 0, help=argparse.SUPPRESS)
        return
    p.add_argument("--target", help="GPU architecture to compile for: sm_80, sm_90 (default without a GPU), "
                                    "sm_90a, sm_100, ...")
    p.add_argument("--backward", action="store_true", help="torch: capture the backward graph too")
    p.add_argument("--dynamic", action="store_true", help="torch: dynamic shapes")
    p.add_argument("--no-passes", action="store_true",
                   help="Triton: skip the pass-by-pass MLIR dump (mlir_passes), most of a capture's overhead")
    p.add_argument("--no-cache", action="store_true", help="capture again even if a cached capture exists")


def _timing_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--repeats", type=_positive(int), default=REPEATS,
                   help=f"timed runs per path and kernel (default {REPEATS}; a slow path gets fewer, and says so)")
    p.add_argument("--cuda-graphs", action="store_true",
                   help="on a GPU, replay what is timed from a CUDA graph, without launch overhead "
                        "(no effect without a GPU)")


def _view_arguments(p: argparse.ArgumentParser, stage_required: bool = True) -> None:
    p.add_argument("--stage", required=stage_required, help="stage name (see 'irlens stages')")
    p.add_argument("--kernel", help="only the kernel or graph of this name, else those whose name contains it")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--backend", choices=("cuda", "cpu"), default="cuda",
                   help="torch: show Inductor's CUDA output (default) or its CPU output")


def _options(args):
    from irlens.options import CaptureOptions

    return CaptureOptions(framework=args.framework, target=getattr(args, "target", None),
                          backward=getattr(args, "backward", False), mode=args.mode,
                          dynamic=getattr(args, "dynamic", False), passes=not getattr(args, "no_passes", False),
                          bench=getattr(args, "bench", False),
                          bench_only=args.command == "bench",
                          repeats=getattr(args, "repeats", None) or REPEATS,
                          cuda_graphs=getattr(args, "cuda_graphs", False))


def _print_stage(capture, args) -> int:
    """Print the records of the stage asked for. Errors (exit 1): a failure of the capture itself,
    of a record shown, or of an earlier stage of a kernel the filter takes that has no record of
    this stage (why it is missing). Failures of other stages and kernels are counted in one note:
    what was asked for is there."""
    from irlens.render import BACKEND_NEUTRAL_STAGES, has_both_backends, render_json, render_text, select_records

    records = select_records(capture, args.stage, args.kernel, args.backend)
    explaining = _failures_explaining_missing_records(capture, args, records)
    for line in capture.errors:
        print(f"irlens: error: {line}", file=sys.stderr)
    for r in records + explaining:
        if r.error:
            print(f"irlens: {'note' if r.absent_by_design else 'error'}: {r.failure}", file=sys.stderr)
    told = {id(r) for r in records + explaining}
    elsewhere = [r for r in capture.records if r.failed and id(r) not in told]
    if elsewhere:
        stages = ", ".join(dict.fromkeys(r.stage for r in elsewhere))
        print(f"irlens: note: {len(elsewhere)} other stage(s) failed ({stages}); --stage NAME shows each "
              "failure with its stage", file=sys.stderr)
    for note in dict.fromkeys(n for r in records for n in r.metadata.get("options_not_applied") or []):
        print(f"irlens: note: {note}", file=sys.stderr)
    _say_options_not_followed(capture)
    if args.backend == "cpu" and capture.framework != "torch":
        print(f"irlens: note: --backend picks between torch.compile's CPU and CUDA outputs; a {capture.framework} "
              "capture has one output, shown as it is", file=sys.stderr)
    if capture.environment.get("retried"):
        print(f"irlens: note: {capture.environment['retried']}", file=sys.stderr)
    if capture.environment.get("threads_left_running"):
        print(f"irlens: note: threads the file started still ran when the capture ended "
              f"({', '.join(capture.environment['threads_left_running'])}); the capture process ended "
              "without waiting for them", file=sys.stderr)
    if (capture.framework == "torch" and args.backend == "cuda" and args.stage in BACKEND_NEUTRAL_STAGES
            and records and all(r.target == "cpu" for r in records) and has_both_backends(capture)):
        print(f"irlens: note: {args.stage} is traced once, without a GPU, and feeds both outputs: labelled cpu, "
              "it is the same for the CUDA output", file=sys.stderr)
    if (capture.framework == "torch" and args.backend == "cuda" and records
            and all(r.target == "cpu" for r in records) and args.stage not in ("dynamo", "graph_breaks")):
        why = capture.environment.get("cuda_output") or "not generated"
        print(f"irlens: note: this capture has no CUDA output ({why}); showing the CPU output", file=sys.stderr)
    if not records:
        if capture.errors or explaining:
            return EXIT_FAILURE  # the failure lines above already say why the stage is missing
        print(f"irlens: error: {_why_no_records(capture, args)}", file=sys.stderr)
        return EXIT_FAILURE
    sys.stdout.write(render_json(records) if args.format == "json" else render_text(records))
    failed = any(r.failed for r in records + explaining) or all(r.absent_by_design for r in records)
    return EXIT_FAILURE if capture.errors or failed else 0


def _failures_explaining_missing_records(capture, args, records) -> list:
    """Failed records of stages before the one asked for (in the registry's order), of kernels the
    filter and backend take that have no record of the asked stage: a Triton kernel whose frontend
    failed has no SASS, and `--stage sass` must say so."""
    from irlens.render import select_records
    from irlens.stages import STAGES

    order = {s.name: i for i, s in enumerate(STAGES)}
    asked = order.get(args.stage, -1)
    present = {r.unit for r in records}
    explaining = []
    for r in capture.records:
        if (r.error and r.unit not in present and order.get(r.stage, len(order)) < asked
                and any(x is r for x in select_records(capture, r.stage, args.kernel, args.backend))):
            explaining.append(r)
    return explaining


def _why_no_records(capture, args) -> str:
    """One line on why no record matched: the stage is only in the other backend's output, no
    kernel matches the --kernel filter (naming those that exist), or the capture lacks it."""
    from irlens.render import select_records

    other = "cpu" if args.backend == "cuda" else "cuda"
    unfiltered = select_records(capture, args.stage, None, args.backend) if args.kernel else []
    if unfiltered:
        units = ", ".join(dict.fromkeys(r.unit for r in unfiltered))
        return f"no {args.stage} stage for a kernel matching {args.kernel!r}; its kernels: {units}"
    if select_records(capture, args.stage, args.kernel, other):
        return (f"{args.stage} is only in the {other.upper()} output of this capture; "
                f"pass --backend {other} to see it")
    produced = {r.stage for r in capture.records if not r.error}
    if capture.framework == "torch" and "dynamo" not in produced and "graph_breaks" in produced:
        return (f"no {args.stage} stage: Dynamo compiled no graph of this model, so nothing reached the "
                "compilers (--stage graph_breaks says where and why)")
    captured = " ".join(s for s in capture.stages() if s in produced) or "none"
    failed = " ".join(s for s in capture.stages() if s not in produced)
    line = f"no {args.stage} stage in this capture (captured: {captured}" + (f"; failed: {failed})" if failed else ")")
    env = capture.environment or {}
    if args.stage == "mlir_passes" and getattr(args, "no_passes", False):
        line += "; --no-passes leaves it out"
    elif args.stage == "xla_ptx" and capture.framework == "jax" and env.get("jax_backend") == "cpu":
        line += "; XLA writes PTX only when it compiles for a GPU, and this capture ran on the CPU"
    elif args.stage in ("ptx", "cubin", "sass") and capture.framework == "jax":
        line += ("; XLA's PTX is --stage xla_ptx (on a GPU), and XLA's kernels have no cubin or SASS stage: "
                 "XLA assembles its PTX inside the process, where irlens cannot read the result")
    elif capture.framework == "torch" and args.stage in ("aot_backward", "aot_joint") and "training" not in str(
            env.get("torch_mode", "")):
        line += "; --backward captures the backward graph"
    elif capture.framework == "torch" and str(env.get("cuda_output", "")).startswith("not"):
        line += f"; CUDA output: {env['cuda_output']}"
    return line


def _check_stage(name: str | None) -> None:
    if name is not None:
        describe_stage(name)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def cmd_stages(args) -> int:
    width, fw_width = max(len(s.name) for s in STAGES), max(len(s.framework) for s in STAGES)
    for s in STAGES:
        print(f"{s.name:<{width}}  {s.framework:<{fw_width}}  {s.description}")
    return 0


def _say_options_not_followed(capture) -> None:
    for note in capture.environment.get("options_not_followed") or []:
        print(f"irlens: note: {note}", file=sys.stderr)


def _capture(args):
    from irlens.cache import cache_dir, cached_capture

    capture, from_cache = cached_capture(args.file, _options(args), timeout_s=args.timeout,
                                         use_cache=not args.no_cache, verbose=args.verbose)
    if args.verbose and from_cache:
        print(f"irlens: {_count(len(capture.records), 'stage')} from the cache ({cache_dir()}); --no-cache captures again",
              file=sys.stderr)
    failed = sum(1 for r in capture.records if r.failed)
    if from_cache and failed and not args.verbose:  # a failure seen before: say where it comes from
        print(f"irlens: note: from the cache, with the {_count(failed, 'failed stage')} of the capture before; "
              "--no-cache captures again", file=sys.stderr)
    return capture


def cmd_dump(args) -> int:
    _check_stage(args.stage)
    return _print_stage(_capture(args), args)


def cmd_capture(args) -> int:
    from irlens.bundle import MANIFEST, check_bundle_destination, write_bundle

    out = Path(args.output)
    check_bundle_destination(out, args.force)  # before the capture: a refusal should cost nothing
    capture = _capture(args)
    for line in capture.failures():
        print(f"irlens: error: {line}", file=sys.stderr)
    _say_options_not_followed(capture)
    stage_only = [flag for flag, on in (("--backward", args.backward), ("--dynamic", args.dynamic)) if on]
    if getattr(args, "bench", False) and stage_only:
        print(f"irlens: note: {' and '.join(stage_only)} applied to the captured stages; the timings are of "
              "inference with the file's own shapes", file=sys.stderr)
    if not capture.records:
        print(f"irlens: note: nothing written to {out}: the capture kept no stage", file=sys.stderr)
        return EXIT_FAILURE
    if capture.errors and (out / MANIFEST).is_file():
        # --force asked to replace a bundle with a new capture, not with what is left of a failed one
        print(f"irlens: note: kept {out} as it was: the capture failed; give another -o to keep the "
              f"{_count(len(capture.records), 'stage')} it made before failing", file=sys.stderr)
        return EXIT_FAILURE
    write_bundle(capture, out, force=args.force)
    units = len(capture.units())
    what = "kernel or graph" if units == 1 else "kernels or graphs"
    failed = sum(1 for r in capture.records if r.failed)
    absent = sum(1 for r in capture.records if r.absent_by_design)
    print(f"irlens: wrote {out} ({_count(len(capture.records) - failed - absent, 'stage')}"
          + (f", {failed} failed" if failed else "") + (f", {absent} not made by this compiler here" if absent else "")
          + f", {units} {what})", file=sys.stderr)
    return EXIT_FAILURE if capture.errors or failed else 0


def cmd_show(args) -> int:
    from irlens.bundle import load_bundle

    if args.timings:
        return _print_timings(load_bundle(args.bundle), args)
    if not args.stage:
        print("irlens: error: show needs --stage STAGE (see 'irlens stages') or --timings", file=sys.stderr)
        return EXIT_USAGE
    _check_stage(args.stage)
    return _print_stage(load_bundle(args.bundle), args)


def _print_timings(capture, args) -> int:
    """A bundle's stored timings, as `irlens bench` printed them where they were taken."""
    from irlens.timing.report import format_timings

    if not capture.timings:
        print(f"irlens: error: {args.bundle} holds no timings: it was captured without --bench "
              "(irlens capture FILE -o DIR --bench)", file=sys.stderr)
        return EXIT_FAILURE
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps(capture.timings, indent=1) + "\n")
    else:
        sys.stdout.write(format_timings(capture.timings))
    return 0


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
    if args.cuda_graphs and not any(r.get("device_kind") == "cuda" and r.get("median_s") for r in capture.timings):
        print("irlens: note: --cuda-graphs had no effect: nothing was timed on a GPU", file=sys.stderr)
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
    for line in capture.errors:
        print(f"irlens: warning: {line}", file=sys.stderr)
    print(f"irlens: wrote {out} ({_count(len(capture.records), 'stage')} from {args.trace_dir})", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="irlens", description="Capture and inspect every lowering stage of "
                                     "torch.compile, JAX/XLA, Triton and LLVM.")
    parser.add_argument("--version", action="version", version=f"irlens {__version__}")
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
    _timing_arguments(p)
    p.set_defaults(func=cmd_capture)

    p = sub.add_parser("show", help="print one stage from a bundle, as dump prints it, or its timings")
    p.add_argument("bundle", help="a bundle directory written by 'irlens capture -o'")
    _view_arguments(p, stage_required=False)
    p.add_argument("--timings", action="store_true",
                   help="print the timings stored by 'capture --bench', as 'bench' prints them")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("bench", help="time eager, torch.compile, JAX and Triton kernels of a file")
    _capture_arguments(p, stages=False)
    p.add_argument("--format", choices=("text", "json"), default="text", help="a table, or the rows as JSON")
    _timing_arguments(p)
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("import-trace", help="turn a TORCH_TRACE directory into a bundle")
    p.add_argument("trace_dir", help="the directory a run with TORCH_TRACE=DIR wrote (or one of its log files)")
    p.add_argument("-o", "--output", required=True, help="bundle directory to write")
    p.add_argument("--force", action="store_true", help="replace an existing bundle")
    p.set_defaults(func=cmd_import_trace)
    return parser


class Stopped(KeyboardInterrupt):
    """A SIGTERM or SIGHUP, raised where irlens is, as Ctrl-C raises KeyboardInterrupt."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _stop(signum, frame):
    raise Stopped(signum)


def main(argv: list[str] | None = None) -> int:
    from irlens.bundle import BundleError
    from irlens.record import CaptureError

    args = build_parser().parse_args(argv)
    # A SIGTERM or SIGHUP (a `timeout`, a closed terminal) ends irlens as Ctrl-C does, through the
    # handlers that stop the capture process and remove its files, with the shell's status for it.
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _stop)
    try:
        return args.func(args)
    except UnknownStageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except CaptureError as exc:
        return _fail(str(exc) + (f"; {exc.cli_hint}" if exc.cli_hint else ""))
    except BundleError as exc:
        return _fail(str(exc))
    except Stopped as exc:
        return _fail(f"stopped ({signal.Signals(exc.signum).name})", 128 + exc.signum)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
