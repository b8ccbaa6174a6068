"""Every stage of the samples' real compiles, and the facts each stage must show."""
from __future__ import annotations

import re

import pytest

from pathlib import Path

from irlens.capturers.triton_compile import compile_kernel

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

SAMPLE_NAMES = ("vector_add", "softmax", "layernorm", "matmul")
ALL_STAGES = ("source", "frontend", "ttir", "ttgir", "llir", "ptx", "cubin", "sass", "mlir_passes")


def stage_of(records, stage):
    found = [r for r in records if r.stage == stage]
    assert found, f"no {stage} record among {[r.stage for r in records]}"
    return found[0]


def _line_of(sample: str, needle: str) -> int:
    lines = (SAMPLES / f"triton_{sample}.py").read_text().splitlines()
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


@pytest.mark.parametrize("sample", SAMPLE_NAMES)
def test_every_stage_is_captured_for_the_target(sample_records, sample):
    records = sample_records(sample)
    assert [r.stage for r in records] == list(ALL_STAGES)
    for r in records:
        assert r.ok, f"{r.stage}: {r.error}"
        assert r.target == "sm_90" and r.framework == "triton"
    assert stage_of(records, "cubin").data.startswith(b"\x7fELF")


@pytest.mark.parametrize("sample", SAMPLE_NAMES)
def test_ttgir_carries_a_layout(sample_records, sample):
    ttgir = stage_of(sample_records(sample), "ttgir").text
    assert re.search(r"#(ttg|triton_gpu)\.blocked<", ttgir)


@pytest.mark.parametrize("target,ptx_target", [("sm_90", "sm_90a"), ("sm_80", "sm_80")])
def test_ptx_has_the_kernel_entry_and_the_requested_target(sample_records, target, ptx_target):
    # Triton emits the arch-specific sm_90a for capability 9.0.
    ptx = stage_of(sample_records("vector_add", target), "ptx").text
    assert re.search(r"^\.visible \.entry add_kernel\(", ptx, re.MULTILINE)
    assert re.search(rf"^\.target {ptx_target}\b", ptx, re.MULTILINE)


def test_sass_has_instructions(sample_records):
    sass = stage_of(sample_records("vector_add"), "sass")
    assert sass.metadata["instructions"] > 10
    assert re.search(r"/\*[0-9a-f]{4}\*/\s+(@!?U?P\w+\s+)?LDG\.", sass.text) and "EXIT" in sass.text


@pytest.mark.parametrize("target,instruction", [("sm_80", "mma.sync"), ("sm_90", "wgmma.mma_async")])
def test_tl_dot_becomes_tensor_core_instructions(sample_records, target, instruction):
    assert instruction in stage_of(sample_records("matmul", target), "ptx").text


def test_tl_load_line_maps_to_ld_global_in_ptx(sample_records):
    ptx = stage_of(sample_records("vector_add"), "ptx")
    lines = ptx.text.splitlines()
    load_line = _line_of("vector_add", "x = tl.load(")
    mapped = [lines[n - 1] for n in ptx.lines_from_line(load_line, "triton_vector_add.py")]
    assert any("ld.global" in line for line in mapped)


def test_tl_store_line_maps_to_tt_store_in_ttir_and_stg_in_sass(sample_records):
    records = sample_records("vector_add")
    store_line = _line_of("vector_add", "tl.store(")
    ttir = stage_of(records, "ttir")
    mapped = ttir.lines_from_line(store_line, "triton_vector_add.py")
    assert any("tt.store" in ttir.text.splitlines()[n - 1] for n in mapped)
    sass = stage_of(records, "sass")
    assert any("STG" in sass.text.splitlines()[n - 1] for n in sass.lines_from_line(store_line, "triton_vector_add.py"))


def test_inlined_library_code_keeps_its_own_file_and_records_the_call_site(sample_records):
    ttir = stage_of(sample_records("matmul"), "ttir")
    library = [n for n, loc in ttir.line_map.items() if loc.file.endswith("triton/language/standard.py")]
    assert library, "tl.cdiv's ops should map to triton/language/standard.py"
    cdiv_line = _line_of("matmul", "tl.cdiv(")
    call_sites = {row[0]: (row[1], row[2]) for row in ttir.metadata["call_sites"]}
    assert any(call_sites.get(n, ("", 0))[1] == cdiv_line for n in library)


def test_kernel_metadata_has_launch_and_machine_facts(sample_records):
    cubin = stage_of(sample_records("softmax"), "cubin")
    md = cubin.metadata
    assert md["num_warps"] == 4 and md["name"] == "softmax_kernel" and "shared" in md and md["hash"]
    assert md["registers"] > 0 and md["spill_store_bytes"] >= 0
    assert md["signature"]["in_ptr"] == "*fp32" and md["constexprs"]["BLOCK_SIZE"] == 1024


def test_specialization_follows_triton_rules(sample_records):
    md = stage_of(sample_records("softmax"), "ttir").metadata
    # in_row_stride (781) is neither 1 nor divisible by 16; the pointers are 16-byte aligned
    assert md["signature"]["in_row_stride"] == "i32"
    assert md["attrs"]["in_ptr"] == [["tt.divisibility", 16]]


def test_stage_compile_times_are_recorded(sample_records):
    for r in sample_records("vector_add"):
        if r.stage in ("frontend", "ttir", "ttgir", "llir", "ptx", "cubin"):
            assert r.compile_time_s is not None and r.compile_time_s >= 0


def test_mlir_passes_lists_each_pass_in_order_with_what_changed(sample_records):
    record = stage_of(sample_records("softmax"), "mlir_passes")
    passes = record.metadata["passes"]
    assert len(passes) > 20 and [p["index"] for p in passes] == list(range(len(passes)))
    assert any(p["changed"] for p in passes) and any(not p["changed"] for p in passes)
    assert {p["stage"] for p in passes} >= {"ttir", "ttgir", "llir"}
    lines = record.text.splitlines()
    assert all("IR Dump" in lines[p["start_line"] - 1] for p in passes)
    # the last snapshot is complete, down to its loc table
    assert re.match(r"#loc\d* = loc\(", record.text.rstrip().splitlines()[-1])


def test_a_failing_compile_records_the_failing_stage():
    import importlib.util

    from triton.compiler import ASTSource

    source = Path(__file__).with_name("kernels_that_fail.py")
    spec = importlib.util.spec_from_file_location("kernels_that_fail", source)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    src = ASTSource(fn=module.non_power_of_two_arange, signature={"x_ptr": "*fp32", "BLOCK": "constexpr"},
                    constexprs={"BLOCK": 256})
    records = compile_kernel(src, "sm_90", unit="non_power_of_two_arange")
    failed = [r for r in records if r.error]
    assert len(failed) == 1 and failed[0].stage == "frontend"
    line = next(i for i, text in enumerate(source.read_text().splitlines(), 1) if "tl.arange(0, 1000)" in text)
    assert failed[0].error.startswith(f"kernels_that_fail.py:{line}: ")
    assert "power of 2" in failed[0].error and "\n" not in failed[0].error
    assert "tl.arange(0, 1000)" in failed[0].stderr


def test_source_is_the_kernels_python_mapped_to_its_file(sample_records):
    record = stage_of(sample_records("vector_add"), "source")
    assert record.language == "python" and record.text.lstrip().startswith(("@triton.jit", "def "))
    first = record.metadata["first_line"]
    file_lines = open(record.metadata["file"]).read().splitlines()
    for n, loc in record.line_map.items():
        assert file_lines[loc.line - 1] == record.text.splitlines()[n - 1]
    assert record.line_map[1].line == first
