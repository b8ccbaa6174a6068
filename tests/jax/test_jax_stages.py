"""Every JAX stage is captured for real programs: an MLP, a softmax and a lax.scan loop."""
import json

import pytest

JAX_STAGES = ("jaxpr", "stablehlo", "hlo", "hlo_opt", "xla_passes", "fusion", "xla_emitter_passes", "xla_llir")


@pytest.fixture(params=["mlp_capture", "softmax_capture", "scan_capture"])
def capture(request):
    return request.getfixturevalue(request.param)


def test_every_jax_stage_is_captured_without_failures(capture):
    assert capture.failures() == []
    stages = {r.stage for r in capture.select(framework="jax")}
    assert set(JAX_STAGES) <= stages


def test_records_are_for_the_cpu_backend(capture):
    assert {r.target for r in capture.select(framework="jax")} == {"cpu"}
    assert capture.environment["jax_backend"] == "cpu"
    assert capture.select(stage="xla_ptx") == []  # XLA's CPU backend writes no PTX


def test_each_stage_is_the_ir_it_names(mlp_capture):
    get = lambda stage: mlp_capture.get(stage, "mlp").text  # noqa: E731
    assert get("jaxpr").startswith("{ lambda") and "dot_general" in get("jaxpr")
    assert "stablehlo.dot_general" in get("stablehlo")
    assert get("hlo").startswith("HloModule jit_mlp") and "fusion(" not in get("hlo")
    assert "is_scheduled=true" in get("hlo_opt") and " fusion(" in get("hlo_opt")


def test_hlo_opt_carries_cost_and_memory_analysis_as_plain_numbers(mlp_capture):
    metadata = mlp_capture.get("hlo_opt", "mlp").metadata
    assert metadata["cost_analysis"]["flops"] > 2 * 64 * 256 * 1024  # at least the first matmul
    assert metadata["memory_analysis"]["argument_size_in_bytes"] > 0
    json.dumps(metadata)


def test_xla_passes_lists_passes_in_order_with_snapshots_of_changed_ones(mlp_capture):
    record = mlp_capture.get("xla_passes", "mlp")
    passes = record.metadata["passes"]
    lines = record.text.splitlines()
    assert [p["index"] for p in passes] == list(range(len(passes)))
    assert len(passes) > 50  # every pass, not only those that changed the module
    fusion = next(p for p in passes if p["name"] == "fusion")
    assert fusion["changed"]
    assert "fusion after" not in lines[fusion["start_line"] - 1]
    assert lines[fusion["start_line"] - 1] == f"// -----// HLO after fusion ({fusion['pipeline']}) //----- //"
    assert any(" fusion(" in line for line in lines[fusion["start_line"]:fusion["end_line"]])
    unchanged = next(p for p in passes if not p["changed"] and p["index"] > 0)
    assert unchanged["start_line"] is not None  # points at the module as that pass left it


def test_xla_llir_is_host_llvm_ir_per_kernel(mlp_capture):
    kernels = {k["name"] for k in mlp_capture.get("fusion", "mlp").metadata["fusion_map"]["kernels"]}
    records = mlp_capture.select(stage="xla_llir")
    assert records
    for r in records:
        assert r.language == "llvm" and r.target == "cpu"
        assert "host CPU" in r.metadata["what"]
        assert r.unit.startswith("mlp/") and r.metadata["kernel"] in kernels
        assert "define" in r.text and "x86_64" in r.text


def test_each_kernel_goes_through_xlas_mlir_emitter_down_to_llvm(mlp_capture):
    records = {r.unit: r for r in mlp_capture.select(stage="xla_emitter_passes")}
    # the same kernels as the LLVM IR stage, each with its pass-by-pass MLIR
    assert records.keys() == {r.unit for r in mlp_capture.select(stage="xla_llir")}
    for record in records.values():
        passes = record.metadata["passes"]
        lines = record.text.splitlines()
        assert record.language == "mlir" and record.metadata["pipeline"].startswith("builtin.module(")
        assert [p["index"] for p in passes] == list(range(len(passes))) and all(p["when"] == "before" for p in passes)
        assert any(p["changed"] for p in passes)
        first, last = passes[0], passes[-1]
        assert any("xla.loop" in line for line in lines[first["start_line"]:first["end_line"]])
        lowering = next(p for p in passes if "LowerToLLVM" in p["name"])
        assert any("llvm." in line for line in lines[last["start_line"]:last["end_line"]])
        assert lowering["index"] < last["index"]


def test_llvmlite_stages_follow_every_xla_kernel_and_leave_it_untouched(mlp_capture):
    for source in mlp_capture.select(stage="xla_llir"):
        opt, asm = mlp_capture.get("llvm_opt", source.unit), mlp_capture.get("llvm_asm", source.unit)
        assert opt.ok and asm.ok, (opt.error, asm.error)
        assert opt.metadata["from_stage"] == "xla_llir" and asm.target == "cpu"
        assert asm.metadata["asm_opcode_counts"]
        if "target_mem" in source.text:  # written by an LLVM newer than llvmlite's
            assert any("memory" in r["rewrite"] for r in opt.metadata["rewrites"])
            assert "target_mem: none" in source.text  # the original stays as XLA wrote it


def test_scan_is_a_while_loop_in_hlo(scan_capture):
    assert " while(" in scan_capture.get("hlo", "rnn").text
    assert " while(" in scan_capture.get("hlo_opt", "rnn").text
    assert "stablehlo.while" in scan_capture.get("stablehlo", "rnn").text


def test_a_loops_first_line_maps_to_the_users_scan(scan_capture, samples_dir, source_line):
    # stablehlo.while spans its cond and do regions; its location comes after them
    record = scan_capture.get("stablehlo", "rnn")
    (start,) = [n for n, line in enumerate(record.text.splitlines(), start=1) if "stablehlo.while(" in line]
    assert record.line_map[start].line == source_line(samples_dir / "jax_scan.py", "jax.lax.scan(")
