"""Lines of jaxpr, StableHLO, HLO and optimized HLO map back to the user's line, as the IR records it."""
import pytest


@pytest.mark.parametrize("stage, op_text", [
    ("jaxpr", "= exp "),
    ("stablehlo", "stablehlo.exponential"),
    ("hlo", "exponential("),
    ("hlo_opt", "exponential("),
    ("xla_passes", "exponential("),  # every module of the pass history, through its own frame tables
])
def test_exp_maps_to_the_users_exp_line(softmax_capture, samples_dir, source_line, stage, op_text):
    softmax = samples_dir / "jax_softmax.py"
    record = softmax_capture.get(stage, "softmax")
    numbers = [n for n, line in enumerate(record.text.splitlines(), start=1) if op_text in line]
    assert numbers, f"no {op_text!r} in {stage}"
    expected = source_line(softmax, "jnp.exp(")
    assert {record.line_map[n].line for n in numbers if n in record.line_map} == {expected}
    assert all(record.line_map[n].file == str(softmax) for n in numbers if n in record.line_map)


def test_lines_without_source_info_are_not_mapped(softmax_capture, samples_dir, source_line):
    record = softmax_capture.get("hlo_opt", "softmax")
    lines = record.text.splitlines()
    header = next(n for n, line in enumerate(lines, start=1) if line.startswith("HloModule"))
    assert header not in record.line_map
    assert record.lines_from_line(source_line(samples_dir / "jax_softmax.py", "jnp.exp("), "jax_softmax.py")


@pytest.mark.parametrize("stage", ["stablehlo", "hlo", "hlo_opt"])
def test_no_line_maps_into_irlens_itself(softmax_capture, stage):
    """irlens calls jit and trace for the user; those calls are nobody's source line."""
    record = softmax_capture.get(stage, "softmax")
    assert not [loc for loc in record.line_map.values()
                if "/irlens/" in loc.file.replace("\\", "/") or loc.file.startswith("<")]
