"""Real timings on the host: every figure labeled CPU, GPU paths marked as not measured."""
import pytest

from irlens.timing.harness import NO_GPU, ROW_FIELDS

pytestmark = pytest.mark.skipif(
    __import__("torch").cuda.is_available(), reason="on a GPU machine the paths run on the GPU instead")


def test_torch_rows_have_every_field(torch_bench):
    assert torch_bench.timings, torch_bench.errors
    for row in torch_bench.timings:
        assert set(ROW_FIELDS) <= set(row)


def test_host_rows_say_cpu_and_how_they_were_timed(torch_bench, jax_bench, find_row):
    for capture, paths in ((torch_bench, ["eager", "torch.compile default"]),
                           (jax_bench, ["jax op-by-op", "jax.jit"])):
        for path in paths:
            row = find_row(capture, path, "cpu")
            assert row["device"].startswith("CPU: ")
            assert "perf_counter_ns" in row["method"] and "warm-up" in row["method"]
            assert row["repeats"] == 5
            assert 0 < row["min_s"] <= row["q1_s"] <= row["median_s"] <= row["q3_s"]
            assert row["iqr_s"] == pytest.approx(row["q3_s"] - row["q1_s"])
            assert row["peak_fraction_bw"] is None  # no datasheet peak for a host CPU
            if "cpu MHz" in open("/proc/cpuinfo").read():
                assert row["clocks"]["cpu_mhz"] > 0


def test_gpu_paths_are_marked_not_measured(torch_bench, jax_bench, find_row):
    for capture, path in ((torch_bench, "eager"), (torch_bench, "torch.compile default"),
                          (torch_bench, "torch.compile max-autotune"), (jax_bench, "jax.jit")):
        row = find_row(capture, path, "cuda")
        assert row["error"] == NO_GPU and row["skipped"] is True  # by design: `irlens bench` does not fail
        assert row["median_s"] is None and row["gb_per_s"] is None and row["device"] is None


def test_compiled_output_matches_eager(torch_bench, jax_bench, find_row):
    for row in (find_row(torch_bench, "torch.compile default", "cpu"), find_row(jax_bench, "jax.jit", "cpu")):
        assert row["correct"] is True, row["error"]
        assert row["max_abs_err"] < 1e-3


def test_fused_code_moves_fewer_bytes_than_unfused(torch_bench, jax_bench, find_row):
    eager, compiled = find_row(torch_bench, "eager", "cpu"), find_row(torch_bench, "torch.compile default", "cpu")
    # Linear(128->256) on 64 rows: the matmul alone reads x and W and writes the result.
    assert compiled["bytes"] >= 4 * (64 * 128 + 128 * 256 + 64 * 256)
    assert compiled["bytes"] < eager["bytes"]
    assert eager["flops"] == compiled["flops"] == 2 * 64 * 128 * 256
    op_by_op, jit = find_row(jax_bench, "jax op-by-op", "cpu"), find_row(jax_bench, "jax.jit", "cpu")
    assert jit["bytes"] < op_by_op["bytes"]
    # XLA's count of the compiled program is the kernel rows' count: each kernel's operands and result
    assert "XLA cost_analysis" in jit["bytes_source"]
    kernels = [r for r in jax_bench.timings if r["path"] == "jax.jit" and r["kernel"]]
    assert jit["bytes"] == sum(r["bytes"] * r["calls_per_run"] for r in kernels)


def test_throughput_follows_from_bytes_and_median(torch_bench, find_row):
    row = find_row(torch_bench, "torch.compile default", "cpu")
    assert row["gb_per_s"] == pytest.approx(row["bytes"] / row["median_s"] / 1e9)
    assert row["tflop_per_s"] == pytest.approx(row["flops"] / row["median_s"] / 1e12)


def test_max_autotune_on_the_host_is_skipped_with_the_reason(torch_bench, find_row):
    row = find_row(torch_bench, "torch.compile max-autotune", "cpu")
    assert row["median_s"] is None and "--mode max-autotune" in row["error"]


def host_kernel_rows(capture, path: str) -> dict[str, dict]:
    return {r["kernel"]: r for r in capture.timings
            if r["path"] == path and r["device_kind"] == "cpu" and r["kernel"]}


def test_each_op_and_kernel_is_timed_on_the_host_on_its_own(torch_bench):
    eager = host_kernel_rows(torch_bench, "eager")
    compiled = host_kernel_rows(torch_bench, "torch.compile default")
    # relu(linear(x)).sin() * 2 + 1: five aten ops eagerly; compiled, the matmul is left to a
    # library call and the four elementwise ops become one C++ kernel
    assert {"aten::linear", "aten::relu", "aten::sin", "aten::mul", "aten::add"} <= eager.keys()
    fused = [name for name in compiled if name.startswith("cpp_fused_")]
    assert len(fused) == 1 and "sin" in fused[0], compiled.keys()
    assert "aten::addmm" in compiled
    for row in list(eager.values()) + list(compiled.values()):
        assert row["error"] is None and row["device"].startswith("CPU: ")
        assert row["method"].startswith("torch.profiler host time")
        assert 0 < row["min_s"] <= row["median_s"] and row["calls_per_run"] == 1


def test_each_kernel_of_the_jitted_program_is_timed_from_xlas_trace(jax_bench):
    kernels = host_kernel_rows(jax_bench, "jax.jit")
    assert any("fusion" in name for name in kernels), kernels.keys()  # sin, relu, add fused by XLA
    for row in kernels.values():
        assert row["error"] is None and row["device"].startswith("CPU: ")
        assert row["method"].startswith("XLA's own trace of each thunk")
        assert 0 < row["min_s"] <= row["median_s"] and row["calls_per_run"] == 1
    fused = [row for name, row in kernels.items() if "fusion" in name]
    assert all(row["bytes"] > 0 and row["gb_per_s"] > 0 and "compiled HLO" in row["bytes_source"] for row in fused)
    # x @ w (64x128 @ 128x256) is the one dot of the program: its kernel alone counts FLOPs
    counted = [row for row in kernels.values() if row["flops"]]
    assert [row["flops"] for row in counted] == [2 * 64 * 128 * 256], kernels
    assert counted[0]["flops_source"].endswith("of its dots in the compiled HLO (dots only)")
    assert not host_kernel_rows(jax_bench, "jax op-by-op")  # each primitive is its own program there


def test_matmul_rows_carry_the_profilers_flop_count(torch_bench):
    eager = host_kernel_rows(torch_bench, "eager")
    compiled = host_kernel_rows(torch_bench, "torch.compile default")
    matmul = 2 * 64 * 128 * 256  # Linear(128, 256) on a batch of 64: the profiler's addmm formula
    for row in (eager["aten::linear"], compiled["aten::addmm"]):
        assert row["flops"] == matmul and row["flops_source"].startswith("torch.profiler's FLOP formula for aten::addmm")
        assert row["tflop_per_s"] == pytest.approx(matmul / row["median_s"] / 1e12)
    fused = next(row for name, row in compiled.items() if name.startswith("cpp_fused_"))
    assert fused["flops"] is None  # no formula covers an Inductor kernel; nothing is guessed


def test_eager_op_rows_carry_the_bytes_their_aten_ops_move(torch_bench):
    eager = host_kernel_rows(torch_bench, "eager")
    # Linear(128, 256) on a batch of 64 in float32: addmm reads x, the weight and the bias and
    # writes the output; relu reads and writes a 64x256 tensor
    linear, relu = eager["aten::linear"], eager["aten::relu"]
    assert linear["bytes"] == 4 * (64 * 128 + 128 * 256 + 256 + 64 * 256)
    assert linear["bytes_source"].startswith("tensor sizes of aten::addmm")
    assert relu["bytes"] == 4 * 2 * 64 * 256
    assert relu["gb_per_s"] == pytest.approx(relu["bytes"] / relu["median_s"] / 1e9)


def test_library_calls_of_compiled_code_carry_the_sizes_inductors_scheduler_gave_them(torch_bench):
    compiled = host_kernel_rows(torch_bench, "torch.compile default")
    addmm = compiled["aten::addmm"]  # the Linear, left to a library call: x, weight, bias in; output out
    assert addmm["bytes"] == 4 * (64 * 128 + 128 * 256 + 256 + 64 * 256)
    assert addmm["bytes_source"] == "Inductor's scheduler (read+write buffer sizes of its aten::addmm calls)"
    # the C++ kernel that relu, sin, mul and add went into reads the addmm's output and writes one
    # of the same size: Inductor's own figure, read off the scheduler nodes it generated the kernel from
    fused = next(row for name, row in compiled.items() if name.startswith("cpp_fused_"))
    assert fused["bytes"] == 2 * 4 * 64 * 256
    assert fused["bytes_source"] == "Inductor's scheduler (read+write buffer sizes of the nodes fused into this kernel)"
    assert fused["gb_per_s"] == pytest.approx(fused["bytes"] / fused["median_s"] / 1e9)
    # and the kernels' figures add up to the run's, which Inductor counts over the same nodes
    whole = next(r for r in torch_bench.timings if r["path"] == "torch.compile default" and r["device_kind"] == "cpu"
                 and not r["kernel"])
    assert whole["bytes"] == addmm["bytes"] + fused["bytes"]


JAX_WITH_KEYWORDS = """
    import jax
    import jax.numpy as jnp


    def power(x, n, scale):
        out = x
        for _ in range(n - 1):
            out = out * x
        return out * scale


    def example():
        # n is static (the loop unrolls by it), scale an array: the README's (fn, args, kwargs) form
        return jax.jit(power, static_argnames=("n",)), (jnp.arange(8.0),), {"n": 3, "scale": jnp.float32(2)}
"""


def test_a_jax_example_with_keyword_arguments_is_timed_both_ways(model_dir, run_bench, find_row):
    import textwrap

    path = model_dir / "jax_keywords.py"
    path.write_text(textwrap.dedent(JAX_WITH_KEYWORDS).lstrip())
    capture = run_bench(path, "jax")
    assert not capture.errors, capture.errors
    for path in ("jax op-by-op", "jax.jit"):
        row = find_row(capture, path, "cpu")
        assert row["error"] is None and row["median_s"] > 0
    assert find_row(capture, "jax.jit", "cpu")["correct"] is True


JAX_SCAN = """
    import jax
    import jax.numpy as jnp


    def rnn(h, xs, w):
        def step(h, x_t):
            h = jnp.tanh(h @ w + x_t)
            return h, h

        return jax.lax.scan(step, h, xs)


    def example():
        return rnn, (jnp.zeros((8, 32)), jnp.ones((4, 8, 32)), jnp.ones((32, 32)) * 0.01)
"""


def test_a_loop_is_counted_once_per_step_not_once(model_dir, run_bench, find_row):
    # XLA's cost_analysis counts a loop's body once; the scan runs it 4 times
    import textwrap

    path = model_dir / "jax_scan.py"
    path.write_text(textwrap.dedent(JAX_SCAN).lstrip())
    capture = run_bench(path, "jax")
    assert not capture.errors, capture.errors
    step_dot = 2 * 8 * 32 * 32
    jit = find_row(capture, "jax.jit", "cpu")
    assert jit["flops"] == 4 * step_dot and "a loop's body times the steps XLA knows" in jit["flops_source"]
    loop = next(r for r in capture.timings if r["path"] == "jax.jit" and (r["kernel"] or "").startswith("while"))
    assert loop["flops"] == 4 * step_dot  # the loop's row: every step it ran
    # the whole stacked input is not read each step, only its slice: about the jaxpr's count
    op_by_op = find_row(capture, "jax op-by-op", "cpu")
    assert "a scan's body once per step" in op_by_op["bytes_source"] and op_by_op["flops"] is None
    assert 4 * (8 * 32 + 32 * 32) * 4 < jit["bytes"] < 2 * op_by_op["bytes"]
