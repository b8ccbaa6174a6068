"""The irlens command line on Triton files, run as a user runs it (a subprocess)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
FAILING = Path(__file__).with_name("kernels_that_fail.py")


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("irlens: error:")]


def test_dump_prints_a_header_and_the_ptx_entry(vector_add_ptx_dump):
    result = vector_add_ptx_dump
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first == "=== ptx: add_kernel (triton, sm_90) ==="
    assert re.search(r"^\.visible \.entry add_kernel\(", result.stdout, re.MULTILINE)


def test_show_prints_exactly_what_dump_printed(irlens_cli, vector_add_ptx_dump, tmp_path):
    bundle = tmp_path / "bundle"
    captured = irlens_cli("capture", SAMPLES / "triton_vector_add.py", "-o", bundle)
    assert captured.returncode == 0, captured.stderr
    shown = irlens_cli("show", bundle, "--stage", "ptx")
    assert shown.returncode == 0 and shown.stdout == vector_add_ptx_dump.stdout


def test_an_existing_bundle_is_not_overwritten_without_force(irlens_cli, tmp_path):
    bundle = tmp_path / "bundle"
    assert irlens_cli("capture", SAMPLES / "triton_vector_add.py", "-o", bundle).returncode == 0
    manifest = (bundle / "manifest.json").read_text()
    result = irlens_cli("capture", SAMPLES / "triton_softmax.py", "-o", bundle)
    assert result.returncode == 1 and "--force" in result.stderr
    assert (bundle / "manifest.json").read_text() == manifest


def test_a_directory_that_is_not_a_bundle_is_kept_even_with_force(irlens_cli, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "keep.txt").write_text("mine")
    result = irlens_cli("capture", SAMPLES / "triton_vector_add.py", "-o", mine, "--force")
    assert result.returncode == 1 and "is not an irlens bundle" in result.stderr
    assert [p.name for p in mine.iterdir()] == ["keep.txt"] and (mine / "keep.txt").read_text() == "mine"


def test_unknown_stage_exits_2_listing_the_valid_ones(irlens_cli):
    result = irlens_cli("dump", SAMPLES / "triton_vector_add.py", "--stage", "sassy")
    assert result.returncode == 2
    assert "unknown stage 'sassy'" in result.stderr and "ttgir" in result.stderr and "ptx" in result.stderr


def test_a_syntax_error_is_one_line_naming_the_line(irlens_cli, tmp_path):
    source = tmp_path / "broken.py"
    source.write_text("import triton\n\n@triton.jit\ndef k(x_ptr:\n    pass\n")
    result = irlens_cli("capture", source, "-o", tmp_path / "bundle")
    assert result.returncode == 1
    assert len(error_lines(result.stderr)) == 1 and "broken.py:4" in result.stderr and "SyntaxError" in result.stderr


def test_an_exception_in_the_users_code_is_one_line_naming_their_line(irlens_cli, tmp_path):
    source = tmp_path / "raises.py"
    source.write_text((SAMPLES / "triton_vector_add.py").read_text().replace(
        "def example():\n", "def example():\n    raise ValueError('no inputs today')\n"))
    result = irlens_cli("capture", source, "-o", tmp_path / "bundle")
    assert result.returncode == 1
    lines = error_lines(result.stderr)
    assert len(lines) == 1 and re.search(r"raises\.py:\d+ in example: ValueError: no inputs today", lines[0])


def test_a_failed_capture_never_replaces_a_bundle_nor_writes_an_empty_one(irlens_cli, tmp_path):
    bundle = tmp_path / "bundle"
    assert irlens_cli("capture", SAMPLES / "triton_vector_add.py", "-o", bundle).returncode == 0
    manifest = (bundle / "manifest.json").read_text()
    source = tmp_path / "raises.py"
    source.write_text((SAMPLES / "triton_vector_add.py").read_text().replace(
        "def example():\n", "def example():\n    raise ValueError('no inputs today')\n"))
    result = irlens_cli("capture", source, "-o", bundle, "--force")
    assert result.returncode == 1 and len(error_lines(result.stderr)) == 1
    assert f"irlens: note: nothing written to {bundle}" in result.stderr
    assert (bundle / "manifest.json").read_text() == manifest
    fresh = irlens_cli("capture", source, "-o", tmp_path / "new")
    assert fresh.returncode == 1 and not (tmp_path / "new").exists()


def test_an_output_that_cannot_be_written_is_refused_before_the_capture(irlens_cli, tmp_path):
    source = tmp_path / "model.py"
    source.write_text("this file is never run")
    result = irlens_cli("capture", SAMPLES / "triton_vector_add.py", "-o", source / "bundle")
    assert result.returncode == 1 and error_lines(result.stderr) == [
        f"irlens: error: {source / 'bundle'}: {source} is a file, not a folder; cannot write a bundle there"]
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def failing_capture(irlens_cli, tmp_path_factory):
    bundle = tmp_path_factory.mktemp("failing") / "bundle"
    return irlens_cli("capture", FAILING, "-o", bundle), bundle


def test_a_kernel_that_fails_to_compile_exits_1_with_one_line(failing_capture):
    result, _ = failing_capture
    assert result.returncode == 1
    lines = error_lines(result.stderr)
    assert len(lines) == 1, result.stderr
    assert re.search(r"kernels_that_fail\.py:\d+: ValueError: arange's range must be a power of 2", lines[0])


def test_a_kernel_that_fails_to_compile_is_reported_in_one_line(failing_capture):
    result, _ = failing_capture
    lines = error_lines(result.stderr)
    assert len(lines) == 1, result.stderr
    assert re.search(r"kernels_that_fail\.py:\d+: ValueError: arange's range must be a power of 2", lines[0])


def test_the_bundle_keeps_what_compiled_and_records_the_failure(failing_capture):
    _, bundle = failing_capture
    manifest = json.loads((bundle / "manifest.json").read_text())
    by_unit: dict[str, list] = {}
    for entry in manifest["records"]:
        by_unit.setdefault(entry["unit"], []).append(entry)
    assert {e["stage"] for e in by_unit["copy_kernel"]} >= {"ttir", "ttgir", "llir", "ptx", "cubin", "sass"}
    failed = [e for e in by_unit["non_power_of_two_arange"] if e["error"]]
    assert len(failed) == 1 and failed[0]["stage"] == "frontend" and "power of 2" in failed[0]["error"]


SCRIPT = '''
import torch, triton, triton.language as tl

@triton.jit
def twice(x):
    return x * 2.0

@triton.jit
def scale_kernel(x_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    blocks = tl.cdiv(n, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n)
    tl.store(out_ptr + offs, twice(x) + blocks * 0, mask=offs < n)

device = "cuda" if torch.cuda.is_available() else "cpu"  # on a GPU the launches run
for block in (64, 256):
    x = torch.arange(300, dtype=torch.float32, device=device)
    out = torch.empty_like(x)
    scale_kernel[(triton.cdiv(300, block),)](x, out, 300, BLOCK=block)
    assert torch.equal(out, 2 * x)
'''


def test_a_script_capture_compiles_each_launched_specialization(irlens_cli, tmp_path):
    source = tmp_path / "launches.py"
    source.write_text(SCRIPT)
    result = irlens_cli("dump", source, "--stage", "ptx", "--format", "json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["unit"] for r in records] == ["scale_kernel[BLOCK=64]", "scale_kernel[BLOCK=256]"]
    for r in records:
        assert ".entry scale_kernel(" in r["text"] and r["metadata"]["signature"]["x_ptr"] == "*fp32"


def test_a_file_without_launches_is_one_clear_line(irlens_cli, tmp_path):
    source = tmp_path / "idle.py"
    source.write_text("import triton\nimport triton.language as tl\n\n@triton.jit\ndef k(x_ptr):\n    pass\n")
    result = irlens_cli("dump", source, "--stage", "ptx")
    assert result.returncode == 1
    lines = error_lines(result.stderr)
    assert any("launched no Triton kernel" in line for line in lines)


def test_a_script_that_fails_after_a_launch_keeps_the_launched_kernel(irlens_cli, tmp_path):
    script = tmp_path / "late_failure.py"
    script.write_text(
        "import torch\nimport triton\nimport triton.language as tl\n\n"
        "@triton.jit\ndef double_kernel(x_ptr, n, BLOCK: tl.constexpr):\n"
        "    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)\n"
        "    tl.store(x_ptr + offs, tl.load(x_ptr + offs, mask=offs < n) * 2, mask=offs < n)\n\n"
        "x = torch.ones(1000, device='cuda' if torch.cuda.is_available() else 'cpu')\n"
        "double_kernel[(4,)](x, 1000, BLOCK=256)\n"
        "raise RuntimeError('the script fails after its launch')\n")
    result = irlens_cli("dump", script, "--stage", "ptx")
    assert result.returncode == 1
    assert error_lines(result.stderr) == [
        "irlens: error: running late_failure.py: late_failure.py:12 in <module>: "
        "RuntimeError: the script fails after its launch"]
    assert ".visible .entry double_kernel(" in result.stdout


def test_no_passes_skips_only_the_pass_dump(irlens_cli):
    result = irlens_cli("dump", SAMPLES / "triton_vector_add.py", "--stage", "mlir_passes", "--no-passes")
    assert result.returncode == 1
    assert "no mlir_passes stage in this capture (captured: source frontend ttir ttgir llir ptx cubin sass" \
        in result.stderr


AUTOTUNED_SCRIPT = '''
import torch
import triton
import triton.language as tl


@triton.autotune(configs=[triton.Config({"BLOCK": 256}, num_warps=4),
                          triton.Config({"BLOCK": 1024}, num_warps=8)], key=["n"])
@triton.jit
def scale_kernel(x_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    tl.store(out_ptr + offs, tl.load(x_ptr + offs, mask=mask) * 3.0, mask=mask)


x = torch.randn(4096)
out = torch.empty_like(x)
scale_kernel[lambda meta: (triton.cdiv(4096, meta["BLOCK"]),)](x, out, 4096)
torch.testing.assert_close(out, x * 3)
'''


@pytest.mark.skipif(__import__("shutil").which("nvidia-smi") is not None, reason="on a GPU the autotuner runs")
def test_an_autotuned_script_without_a_gpu_compiles_every_config(irlens_cli, tmp_path):
    script = tmp_path / "autotuned.py"
    script.write_text(AUTOTUNED_SCRIPT)
    result = irlens_cli("dump", script, "--stage", "ptx", "--format", "json")
    assert result.returncode == 0, result.stderr
    records = {r["unit"]: r for r in json.loads(result.stdout)}
    assert set(records) == {"scale_kernel[BLOCK=256]", "scale_kernel[BLOCK=1024]"}
    assert ".reqntid 128" in records["scale_kernel[BLOCK=256]"]["text"]
    assert ".reqntid 256" in records["scale_kernel[BLOCK=1024]"]["text"]


def test_an_autotuned_kernel_in_example_compiles_every_config(irlens_cli, tmp_path):
    kernel_file = tmp_path / "autotuned_example.py"
    body = AUTOTUNED_SCRIPT.split("x = torch.randn")[0]
    kernel_file.write_text(body + "\n\ndef example():\n    x = torch.randn(4096)\n"
                           "    return [(scale_kernel, (4,), (x, torch.empty_like(x), 4096))]\n")
    result = irlens_cli("dump", kernel_file, "--stage", "ttgir", "--format", "json")
    assert result.returncode == 0, result.stderr
    warps = {r["unit"]: r["metadata"].get("num_warps") for r in json.loads(result.stdout)}
    assert set(warps) == {"scale_kernel[BLOCK=256]", "scale_kernel[BLOCK=1024]"}
    texts = {r["unit"]: r["text"] for r in json.loads(result.stdout)}
    assert '"ttg.num-warps" = 4' in texts["scale_kernel[BLOCK=256]"]
    assert '"ttg.num-warps" = 8' in texts["scale_kernel[BLOCK=1024]"]


def test_launches_are_named_by_what_differs_between_them():
    from irlens.capturers.triton_launches import KernelSpecialization, unit_names

    def spec(dtype, warps):
        return KernelSpecialization(kernel=None, name="copy_kernel", signature={"x_ptr": dtype, "n": "i32"},
                                    constexprs={(2,): 128}, attrs={}, options={"num_warps": warps, "num_stages": 3})

    assert unit_names([spec("*fp32", 4), spec("*fp16", 4)]) == ["copy_kernel[x_ptr=*fp32]", "copy_kernel[x_ptr=*fp16]"]
    assert unit_names([spec("*fp32", 4), spec("*fp32", 8)]) == ["copy_kernel[num_warps=4]", "copy_kernel[num_warps=8]"]
    # a dtype and a launch option at once: both say which is which, where one alone does not
    assert unit_names([spec("*fp32", 4), spec("*fp16", 4), spec("*fp32", 8)]) == [
        "copy_kernel[num_warps=4,x_ptr=*fp32]", "copy_kernel[num_warps=4,x_ptr=*fp16]",
        "copy_kernel[num_warps=8,x_ptr=*fp32]"]
