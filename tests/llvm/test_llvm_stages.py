"""llvmlite's llvm_opt and llvm_asm stages on real LLVM IR, and what they say about bad IR."""
import subprocess
import sys
import time

import pytest

from irlens.capturers.llvm_capture import compare_ptx, llvm_stages
from irlens.options import CaptureOptions
from irlens.record import StageRecord


def llir_record(name, asm, target="sm_90"):
    return StageRecord(framework="triton", stage="llir", unit=name, target=target, text=asm["llir"], language="llvm")


def test_triton_llir_parses_and_its_ptx_has_the_kernel_entry(triton_add_kernel, tmp_path):
    name, asm = triton_add_kernel
    opt, ptx = llvm_stages(llir_record(name, asm), CaptureOptions())
    assert (opt.stage, ptx.stage) == ("llvm_opt", "llvm_asm")
    assert opt.ok and ptx.ok, (opt.error, ptx.error)
    assert (ptx.framework, ptx.unit, ptx.target, ptx.language) == ("llvm", name, "sm_90", "ptx")
    checks = tmp_path / "ptx.check"
    checks.write_text(f"CHECK: .target sm_90\nCHECK: .entry {name}(\nCHECK: ld.global\nCHECK: st.global\nCHECK: ret;\n")
    result = subprocess.run([sys.executable, "-m", "filecheck", str(checks)], input=ptx.text,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_optimized_ir_and_ptx_keep_the_kernels_source_lines(triton_add_kernel):
    from irlens.parsers.ptx_locations import llvm_source_lines

    name, asm = triton_add_kernel
    opt, ptx = llvm_stages(llir_record(name, asm), CaptureOptions())
    source = llvm_source_lines(asm["llir"]).line_map.values()
    for record in (opt, ptx):
        assert record.line_map, record.stage
        # the kernel's own file; an optimized instruction may carry the function's own line (its
        # DISubprogram's, with Triton 3.6), which no instruction of the input IR had
        assert {loc.file for loc in record.line_map.values()} == {loc.file for loc in source}
        assert {loc.line for loc in source} & {loc.line for loc in record.line_map.values()}
    loads = [n for n, line in enumerate(ptx.text.splitlines(), start=1) if "ld.global" in line]
    assert loads and all(n in ptx.line_map for n in loads)


def test_metadata_counts_opcodes_before_and_after(triton_add_kernel):
    name, asm = triton_add_kernel
    opt, ptx = llvm_stages(llir_record(name, asm), CaptureOptions())
    assert opt.metadata["from_stage"] == "llir"
    before, after = opt.metadata["opcode_counts_before"], opt.metadata["opcode_counts_after"]
    assert before["fadd"] >= 1 and after["fadd"] >= 1
    assert opt.metadata["instructions_before"] == sum(before.values())
    assert ptx.metadata["asm_opcode_counts"]["st"] >= 1
    assert opt.metadata["rewrites"] == []  # Triton's LLVM is one llvmlite reads as written


def test_compare_ptx_with_tritons_own_ptx(triton_add_kernel):
    name, asm = triton_add_kernel
    _, ptx = llvm_stages(llir_record(name, asm), CaptureOptions())
    comparison = compare_ptx(ptx.text, asm["ptx"])
    assert comparison["llvmlite"]["target"] == comparison["compiler"]["target"] == "sm_90a"
    assert comparison["compiler"]["instructions"] > 0 and comparison["llvmlite"]["instructions"] > 0
    assert set(comparison["diff"]) == {"added", "removed", "hunks", "identical_instructions"}
    same = compare_ptx(asm["ptx"], asm["ptx"])
    assert same["diff"]["identical_instructions"] and same["opcode_delta"] == {}


@pytest.mark.parametrize("level", [0, 3])
def test_every_opt_level_runs(triton_add_kernel, level):
    name, asm = triton_add_kernel
    opt, ptx = llvm_stages(llir_record(name, asm), CaptureOptions(llvm_opt_level=level))
    assert opt.ok and ptx.ok and opt.metadata["opt_level"] == level


def test_it_is_fast_enough_to_run_on_every_kernel(triton_add_kernel):
    name, asm = triton_add_kernel
    llvm_stages(llir_record(name, asm), CaptureOptions())  # LLVM's one-time set-up
    start = time.perf_counter()
    for _ in range(5):
        llvm_stages(llir_record(name, asm), CaptureOptions())
    assert (time.perf_counter() - start) / 5 < 0.5


def test_invalid_ir_fails_with_llvmlites_diagnostic_on_one_line():
    record = StageRecord(framework="triton", stage="llir", unit="bad", target="sm_90", language="llvm",
                         text="define i32 @f() {\n  ret i64 0\n}\n")
    opt, asm = llvm_stages(record, CaptureOptions())
    assert opt.error == "LLVM IR parsing error: line 2:7: value doesn't match function result type 'i32'"
    assert asm.error.startswith("not produced") and "\n" not in asm.error


def test_an_llvm_abort_fails_the_record_not_the_process(triton_add_kernel):
    # LLVM cannot select Hopper's wgmma on sm_80 and ends the process with a fatal error.
    record = StageRecord(framework="triton", stage="llir", unit="k", target="sm_80", language="llvm", text=(
        "declare void @llvm.nvvm.wgmma.commit_group.sync.aligned()\n"
        "define ptx_kernel void @k() {\n"
        "  call void @llvm.nvvm.wgmma.commit_group.sync.aligned()\n  ret void\n}\n"))
    opt, asm = llvm_stages(record, CaptureOptions())
    assert opt.ok  # produced before the abort
    assert asm.error.startswith("LLVM aborted (signal 6): LLVM ERROR: Cannot select: intrinsic")
    name, kernel_asm = triton_add_kernel
    assert all(r.ok for r in llvm_stages(llir_record(name, kernel_asm), CaptureOptions()))


def test_ir_from_a_newer_llvm_is_rewritten_and_the_rewrite_recorded():
    text = ("target triple = \"x86_64-unknown-linux-gnu\"\n"
            "define float @f(float %x) #0 {\n"
            "  %y = fmul float %x, 2.326820e-02\n"
            "  %z = fadd float %y, f0x3F800000\n"
            "  ret float %z\n}\n"
            "attributes #0 = { nounwind memory(readwrite, target_mem: none) }\n")
    record = StageRecord(framework="jax", stage="xla_llir", unit="f", target="cpu", text=text, language="llvm")
    opt, asm = llvm_stages(record, CaptureOptions())
    assert opt.ok and asm.ok, (opt.error, asm.error)
    rewrites = {r["rewrite"]: r for r in opt.metadata["rewrites"]}
    assert any("float literals" in k and v["count"] == 2 for k, v in rewrites.items())
    assert any("memory locations" in k and v["examples"] == ["target_mem: none"] for k, v in rewrites.items())
    assert record.text == text
    assert asm.language == "asm" and "mulss" in asm.text


def test_a_row_max_kernel_with_minus_infinity_parses():
    """Triton's LLVM writes `float -inf` for a masked max's padding, a spelling llvmlite's LLVM
    rejects; the rewrite to hex must let it parse, and say so."""
    import triton
    import triton.language as tl
    from triton.backends.compiler import GPUTarget
    from triton.compiler import ASTSource

    from irlens.capturers.llvm_capture import parse_ir

    @triton.jit
    def row_max_kernel(x_ptr, out_ptr, n, BLOCK: tl.constexpr):
        offsets = tl.arange(0, BLOCK)
        x = tl.load(x_ptr + offsets, mask=offsets < n, other=-float("inf"))
        tl.store(out_ptr, tl.max(x, axis=0))

    source = ASTSource(fn=row_max_kernel, constexprs={"BLOCK": 256},
                       signature={"x_ptr": "*fp32", "out_ptr": "*fp32", "n": "i32", "BLOCK": "constexpr"})
    llir = triton.compile(source, target=GPUTarget("cuda", 90, 32)).asm["llir"]
    module, rewrites = parse_ir(llir)
    assert "define" in str(module)
    if "float -inf" in llir:
        assert any("float -inf" in example for r in rewrites for example in r["examples"])
