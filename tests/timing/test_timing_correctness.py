"""Correctness reported with the time: a compiled output is checked against the eager one."""
import math

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
