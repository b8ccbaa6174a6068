"""XLA's GPU dump files: their names (checked without a GPU) and, on a GPU, the PTX and LLVM IR
stages read from them."""
from pathlib import Path

import pytest

from irlens.parsers.xla_dump import emitter_pass_logs, gpu_kernel_files, kernel_entries

# File names as XLA's GPU backend writes them: numbered parts (gpu_compiler.cc) and the older
# whole-module names.
GPU_DUMP = ["module_0001.jit_mlp.sm_9.0_gpu_after_optimizations.txt", "module_0001.jit_mlp.ir-no-opt.0.ll",
            "module_0001.jit_mlp.ir-no-opt.inlined.ll", "module_0001.jit_mlp.ir-no-opt.constants.ll",
            "module_0001.jit_mlp.ir-with-opt.2.ll", "module_0001.jit_mlp.2.ptx", "module_0001.jit_mlp.10.ptx",
            "module_0001.jit_mlp.thunk_sequence.txt", "module_0000.jit_other.1.ptx"]


def test_numbered_gpu_parts_are_found_for_the_compiled_module(tmp_path):
    for name in GPU_DUMP:
        (tmp_path / name).write_text("")
    found = [(f.variant, f.kernel) for f in gpu_kernel_files(tmp_path)]
    assert found == [("ptx", "2"), ("ptx", "10"), ("no-opt", "0"), ("with-opt", "2")]


def test_emitter_pass_logs_are_those_of_the_compiled_module(tmp_path):
    for name in ["module_0003.jit_mlp.cpu_after_optimizations.txt",
                 "module_0003.jit_mlp.broadcast_add_fusion_kernel_module.mlir-passes.log",
                 "module_0003.jit_mlp.broadcast_divide_fusion_kernel_module.mlir-passes.log",
                 "module_0002.jit_candidate.loop_add_fusion_kernel_module.mlir-passes.log"]:
        (tmp_path / name).write_text("")
    assert [f.kernel for f in emitter_pass_logs(tmp_path)] == ["broadcast_add_fusion", "broadcast_divide_fusion"]


def test_kernels_are_named_from_ptx_entries_and_llvm_kernels():
    assert kernel_entries(".visible .entry loop_add_fusion(\n\t.param .u64 p0\n)", "ptx") == ["loop_add_fusion"]
    assert kernel_entries("define ptx_kernel void @input_reduce_fusion(ptr noalias %0) {", "llvm") == \
        ["input_reduce_fusion"]


@pytest.mark.gpu
def test_jax_on_a_gpu_has_ptx_and_llvm_ir_per_kernel(capture_jax, samples_dir):
    jax = pytest.importorskip("jax")
    if jax.devices()[0].platform not in ("gpu", "cuda"):
        pytest.skip("this JAX has no GPU backend")
    capture = capture_jax(samples_dir / "jax_mlp.py")
    target = capture.environment.get("target") or capture.select(stage="hlo_opt")[0].target
    assert target.startswith("sm_")
    ptx = capture.select(stage="xla_ptx")
    assert ptx and all(r.ok for r in ptx), [r.error for r in ptx]
    assert all(".entry" in r.text and r.target == target for r in ptx)
    llir = capture.select(stage="xla_llir")
    assert llir and all(r.ok and "nvptx64" in r.text for r in llir), [r.error for r in llir]


def test_gpu_kernel_times_come_from_the_gpus_streams_by_instruction():
    from irlens.timing.jax_paths import gpu_kernel_durations

    # the shape of jax.profiler's Perfetto trace on a GPU: a process per device named /device:GPU:N
    # whose stream threads hold CUPTI's kernel records; the host's own events name the same ops
    events = [
        {"ph": "M", "name": "process_name", "pid": 1, "args": {"name": "/host:CPU"}},
        {"ph": "M", "name": "process_name", "pid": 7, "args": {"name": "/device:GPU:0"}},
        {"ph": "X", "pid": 1, "name": "loop_multiply_fusion", "dur": 40.0},  # the launch, on the host
        {"ph": "X", "pid": 7, "name": "loop_multiply_fusion", "dur": 2.0},
        {"ph": "X", "pid": 7, "name": "gemm_fusion_dot_1", "dur": 10.0},
        {"ph": "X", "pid": 7, "name": "sm90_xmma_gemm_f32f32", "dur": 5.0, "args": {"hlo_op": "custom-call.3"}},
        {"ph": "X", "pid": 7, "name": "memcpy", "dur": 1.0},
        {"ph": "X", "pid": 7, "name": "loop_multiply_fusion", "dur": 3.0},
        {"ph": "X", "pid": 7, "name": "cutlass_gemm", "dur": 4.0, "args": {"hlo_op": "jit_mlp/custom-call.3"}},
    ]
    names = {"loop_multiply_fusion", "gemm_fusion_dot.1", "custom-call.3", "x.1"}
    assert gpu_kernel_durations(events, names) == {
        "loop_multiply_fusion": [2e-6, 3e-6], "gemm_fusion_dot.1": [1e-5], "custom-call.3": [5e-6, 4e-6]}


def test_no_emitter_log_on_a_gpu_is_explained_by_its_triton_fusions():
    from irlens.capturers.jax_capture import _why_no_emitter_logs

    # the optimized HLO of samples/jax_mlp.py as jaxlib 0.11.2 compiled it on an H200 (2026-11-26)
    h200 = (Path(__file__).parent / "data" / "jax_mlp_h200_hlo_opt.hlo").read_text()
    assert _why_no_emitter_logs(h200) == (
        "none of its kernels went through XLA's MLIR emitters: its 4 fusion(s) are Triton fusions "
        "(gemm_fusion_dot, loop_multiply_fusion, gemm_fusion_dot.1, triton_softmax.2), which XLA compiles "
        "through Triton (see xla_llir, xla_ptx)", True)  # no failure: this XLA made no such stage here
