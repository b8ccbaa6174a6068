"""When NVIDIA's tools or the target fail: one line naming the tool, what it was doing and its own
reason; an unsupported --target refused before compiling; no temporary directory left behind."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from irlens.capturers.triton_compile import compile_kernel
from irlens.capturers.triton_target import check_target, supported_targets
from irlens.capturers.triton_tools import tool_path
from irlens.record import CaptureError

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
VECTOR_ADD = SAMPLES / "triton_vector_add.py"
NOT_FROM_IRLENS = re.compile(r"CalledProcessError|Command '\[|Traceback|/tmp/|\.cubin\b|\.ptx\b")


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("irlens: error:")]


def vector_add_request(target: str = "sm_90", **options):
    """(ASTSource, options) of the vector_add sample's launch, as the capturer builds them."""
    from irlens.capturers.triton_launches import specialize_launch
    from irlens.model_file import load_user_module

    kernel, _grid, args, *kwargs = load_user_module(VECTOR_ADD).example()[0]
    spec = specialize_launch(kernel, target, tuple(args), kwargs[0] if kwargs else {})
    return spec.ast_source(spec.kernel), {**spec.options, **options}


def undecodable_target() -> str | None:
    """A target the wheel's ptxas compiles for but its nvdisasm cannot read (sm_70 with CUDA 13's
    nvdisasm), from nvdisasm's own list of architectures."""
    help_text = subprocess.run([tool_path("nvdisasm"), "--help"], capture_output=True, text=True).stdout
    m = re.search(r"^--binary\b.*?Allowed values for this option:(.*?)\.\s*$", help_text, re.S | re.M)
    decodable = {int(n) for n in re.findall(r"'SM(\d+)[af]?'", m.group(1))} if m else set()
    compilable = supported_targets()
    ordered = (["sm_70"] if "sm_70" in compilable else []) + compilable  # sm_70: the case users met
    return next((t for t in ordered if int(t[3:]) not in decodable), None)


class ProgressSink:
    """Like RecordSink with -v: a progress line on sys.stderr for every record."""

    def __init__(self):
        self.records = []

    def emit(self, record):
        self.records.append(record)
        print(f"irlens-test-progress: {record.stage}", file=sys.stderr)


@pytest.fixture(scope="module")
def ptxas_failure(tmp_path_factory):
    """A compile whose ptxas fails for real (an option it does not know), with Python's temporary
    directory pointed at an empty one: (records, what was left in that directory)."""
    temp = tmp_path_factory.mktemp("tempdir")
    src, options = vector_add_request(ptx_options="--no-such-option")
    saved, tempfile.tempdir = tempfile.tempdir, str(temp)
    try:
        sink = ProgressSink()
        compile_kernel(src, "sm_90", unit="add_kernel", options=options, sink=sink, pass_dumps=False)
    finally:
        tempfile.tempdir = saved
    return sink.records, sorted(p.name for p in temp.iterdir())


def test_a_ptxas_failure_is_one_line_naming_ptxas_and_its_own_reason(ptxas_failure):
    records, _ = ptxas_failure
    cubin = records[-1]
    assert cubin.stage == "cubin" and cubin.data is None
    assert re.fullmatch(r"ptxas(-blackwell)? failed compiling the PTX for sm_90a: Unknown option '-no-such-option'",
                        cubin.error), cubin.error
    assert "fatal" in cubin.stderr and "-no-such-option" in cubin.stderr


def test_a_stage_after_a_failed_ptxas_is_not_presented_as_produced(ptxas_failure):
    records, _ = ptxas_failure
    assert [r.stage for r in records if r.ok] == ["source", "frontend", "ttir", "ttgir", "llir", "ptx"]
    assert [r.stage for r in records if not r.ok] == ["cubin"]


def test_irlens_progress_lines_are_not_kept_as_the_compilers_stderr(ptxas_failure):
    records, _ = ptxas_failure
    assert "irlens-test-progress" not in records[-1].stderr


def test_a_failing_compile_leaves_no_temporary_files(ptxas_failure):
    _, left = ptxas_failure
    assert left == []  # neither irlens's private cache nor the .ptx Triton keeps when ptxas fails


def test_sass_that_nvdisasm_cannot_read_names_nvdisasm_and_its_own_reason(sample_records):
    target = undecodable_target()
    if target is None:
        pytest.skip("this wheel's nvdisasm reads every architecture its ptxas compiles for")
    records = sample_records("vector_add", target)
    cubin, sass = (next(r for r in records if r.stage == s) for s in ("cubin", "sass"))
    assert cubin.ok and not sass.ok
    with tempfile.NamedTemporaryFile(suffix=".cubin") as f:
        f.write(cubin.data)
        f.flush()
        own = subprocess.run([tool_path("nvdisasm"), f.name], capture_output=True, text=True).stderr
    reason = re.sub(r"^nvdisasm\s+fatal\s*:\s*", "", own.strip().splitlines()[0])
    assert sass.error == f"nvdisasm failed disassembling the cubin: {reason}"
    assert not NOT_FROM_IRLENS.search(sass.error)


@pytest.mark.parametrize("target", ["sm_99", "sm_1000"])
def test_a_target_triton_cannot_compile_for_is_refused_listing_the_supported_ones(target):
    with pytest.raises(CaptureError) as refused:
        check_target(target)
    message = str(refused.value)
    assert message.startswith(f"target {target} is not one the installed Triton") and "\n" not in message
    assert re.search(r"; supported: (sm_\d+ )+sm_\d+$", message)
    assert {"sm_80", "sm_90"} <= set(message.rsplit("supported: ", 1)[1].split())


def test_the_targets_the_tests_compile_for_are_supported():
    assert {"sm_80", "sm_90"} <= set(supported_targets())
    for target in ("sm_80", "sm_90", "sm_90a"):
        check_target(target)


def test_an_unsupported_target_on_the_command_line_is_one_line_and_leaves_no_directory(cli_env, tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**cli_env, "TMPDIR": str(temp)}
    result = subprocess.run([sys.executable, "-m", "irlens", "dump", str(VECTOR_ADD), "--stage", "ptx",
                             "--target", "sm_1000", "--no-cache"], capture_output=True, text=True, env=env,
                            timeout=600)
    assert result.returncode == 1 and result.stdout == ""
    lines = error_lines(result.stderr)
    assert len(lines) == 1, result.stderr
    assert "target sm_1000 is not one the installed Triton" in lines[0] and "supported: " in lines[0]
    assert "SIGABRT" not in result.stderr and not NOT_FROM_IRLENS.search(result.stderr)
    assert list(temp.iterdir()) == []


def test_a_directory_left_by_a_capture_process_that_died_is_removed(tmp_path):
    dead = subprocess.Popen(["true"])
    dead.wait()
    orphan = tmp_path / f"irlens-triton-{dead.pid}-abc123"
    live = tmp_path / f"irlens-triton-{os.getpid()}-def456"
    for d in (orphan, live):
        (d / "cache").mkdir(parents=True)
        old = time.time() - 3600
        os.utime(d, (old, old))
    src, options = vector_add_request()
    saved, tempfile.tempdir = tempfile.tempdir, str(tmp_path)
    try:
        compile_kernel(src, "sm_90", unit="add_kernel", options=options, pass_dumps=False)
    finally:
        tempfile.tempdir = saved
    assert sorted(p.name for p in tmp_path.iterdir()) == [live.name]


def test_a_ptxas_error_at_a_line_keeps_the_line_and_not_the_file(tmp_path):
    from irlens.capturers.triton_tools import ToolError, run_tool

    ptx = tmp_path / "bad.ptx"
    ptx.write_text(".version 8.0\n.target sm_80\n.address_size 64\n.visible .entry k()\n{\n  bogus %r1;\n  ret;\n}\n")
    with pytest.raises(ToolError) as failed:
        run_tool("ptxas", ["-v", "--gpu-name=sm_80", str(ptx), "-o", str(tmp_path / "bad.o")],
                 "compiling the PTX for sm_80")
    message = str(failed.value)
    assert message.startswith("ptxas failed compiling the PTX for sm_80: line 6: ") and "bad.ptx" not in message
