"""Correctness reported with the time: a compiled output is checked against the eager one."""
import math
import re
import textwrap

import torch

from irlens.timing.harness import compare_outputs, measured_row, tolerance_for, with_correctness
from irlens.timing.devices import cpu_device


def _row():
    return measured_row("torch.compile default", None, cpu_device(), "time.perf_counter_ns", [1e-3, 2e-3])


def test_identical_outputs_are_correct():
    x = torch.randn(8, 8)
    assert compare_outputs(x, x.clone()) == (True, 0.0)


def test_rounding_noise_is_within_tolerance():
    x = torch.randn(64, 64)
    ok, err = compare_outputs(x, x + 1e-6)
    assert ok and 0 < err < 1e-5


def test_a_wrong_compiled_output_is_flagged():
    reference = torch.ones(4, 4)
    wrong = reference.clone()
    wrong[2, 3] = 1.5
    row = with_correctness(_row(), reference, wrong, *tolerance_for("float32"))
    assert row["correct"] is False
    assert row["max_abs_err"] == 0.5
    assert row["error"].startswith("wrong result") and "\n" not in row["error"]
    assert row["median_s"] is not None  # the time is still reported, next to the verdict


def test_a_different_shape_or_structure_is_wrong():
    assert compare_outputs(torch.ones(3), torch.ones(4)) == (False, math.inf)
    assert compare_outputs((torch.ones(3), torch.ones(3)), torch.ones(3)) == (False, math.inf)


def test_nested_outputs_compare_leaf_by_leaf():
    ref = {"logits": torch.zeros(2), "aux": [torch.ones(3)]}
    ok, _ = compare_outputs(ref, {"logits": torch.zeros(2), "aux": [torch.ones(3)]})
    bad, err = compare_outputs(ref, {"logits": torch.zeros(2), "aux": [torch.full((3,), 2.0)]})
    assert ok and not bad and err == 1.0


def test_nan_in_only_one_output_is_wrong():
    ok, _ = compare_outputs(torch.tensor([1.0, 2.0]), torch.tensor([1.0, float("nan")]))
    assert not ok


def test_half_precision_gets_a_looser_tolerance():
    assert tolerance_for("bfloat16")[0] > tolerance_for("float32")[0]


BF16_EXP = """
    import torch
    from torch import nn


    class Model(nn.Module):
        def forward(self, x):
            y = x * 3.7 + 1.3
            return torch.exp(y * 2.1)


    def get_inputs():
        torch.manual_seed(0)
        return [torch.randn(64, 256, dtype=torch.bfloat16)]
"""


def test_a_low_precision_path_found_wrong_says_which_side_a_float64_run_is_nearer(model_dir, run_bench, find_row):
    # eager rounds each intermediate to bfloat16 and exp magnifies the rounding; Inductor keeps the
    # intermediates in float32: the compiled result differs from eager's, and is the nearer of the two
    path = model_dir / "bf16_exp.py"
    path.write_text(textwrap.dedent(BF16_EXP).lstrip())
    capture = run_bench(path, "torch")
    compiled = find_row(capture, "torch.compile default", "cpu")
    assert compiled["correct"] is False and compiled["median_s"] is not None
    error = compiled["error"]
    assert error.startswith("wrong result: differs from the reference by up to")
    assert "against the model run in float64, this path is off by up to" in error
    assert error.endswith(": this path is the nearer")
    off, eager_off = re.search(r"off by up to (\S+) and eager by up to (\S+):", error).groups()
    assert float(off) < float(eager_off)
