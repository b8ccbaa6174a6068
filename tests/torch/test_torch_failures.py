"""Bad input: one clear line naming the user's file and line, and the stages before it kept."""
import pytest

pytestmark = pytest.mark.slow


def test_model_that_raises_names_the_users_line(capture_test_file):
    capture = capture_test_file("raising_model.py")
    (error,) = capture.errors
    assert "raising_model.py:11" in error and "ValueError: batch of 4 is not supported" in error
    assert "\n" not in error


def test_file_without_the_convention_says_what_is_missing(capture_test_file):
    capture = capture_test_file("no_convention.py")
    (error,) = capture.errors
    assert "compiled nothing" in error and "get_inputs" in error
    assert not capture.records


def test_op_torch_compile_cannot_trace_is_one_line_and_keeps_earlier_graphs(unlowerable_capture):
    (error,) = unlowerable_capture.errors
    assert "unlowerable_op.py:23" in error and "no fake impl" in error and "\n" not in error
    kept = {(r.stage, r.unit) for r in unlowerable_capture.records if r.ok}
    assert ("dynamo", "graph 0 (0/0)") in kept and ("inductor", "graph 0 (0/0)") in kept
