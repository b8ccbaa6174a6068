"""Bad input: one clear line naming the user's file and line, and the stages before it kept."""
import pytest

pytestmark = pytest.mark.slow


def test_model_that_raises_names_the_users_line(capture_test_file):
    capture = capture_test_file("raising_model.py")
    (error,) = capture.errors
    assert "raising_model.py:11" in error and "ValueError: batch of 4 is not supported" in error
    assert "\n" not in error


def test_a_compile_that_fails_claims_no_frame_was_traced_whole(tmp_path):
    from irlens.options import CaptureOptions
    from irlens.runner import run_capture

    path = tmp_path / "mismatch.py"
    path.write_text("import torch\nfrom torch import nn\n\n\nclass Model(nn.Module):\n    def forward(self, x):\n"
                    "        return x @ torch.randn(3, 3)\n\n\ndef get_inputs():\n    return [torch.ones(4, 5)]\n")
    capture = run_capture(path, CaptureOptions(framework="torch"), timeout_s=300)
    assert "mismatch.py:7" in capture.errors[0]
    records = capture.select(stage="graph_breaks")
    assert records  # Dynamo's trace of the failed frame holds a graph-break record
    for record in records:  # not "Dynamo traced each compiled frame as one graph"
        assert record.text.startswith("no graph break before the compile failed"), record.text


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


def build_error(path, source: str) -> str:
    """The one line building the model of a file with this source gives."""
    from irlens.model_file import build_torch_model, load_user_module
    from irlens.record import CaptureError

    path.write_text(source)
    with pytest.raises(CaptureError) as failure:
        build_torch_model(load_user_module(path), path)
    return str(failure.value)


def test_model_arguments_that_do_not_fit_name_the_users_init(tmp_path):
    assert build_error(tmp_path / "needs_width.py", (
        "import torch\nfrom torch import nn\n\n\nclass Model(nn.Module):\n    def __init__(self, d):\n"
        "        super().__init__()\n\n\ndef get_inputs():\n    return [torch.ones(2)]\n")) == (
        "needs_width.py:6: building Model (get_init_inputs() gives Model its arguments): "
        "TypeError: Model.__init__() missing 1 required positional argument: 'd'")


def test_get_inputs_may_return_one_tensor_but_not_a_dict(tmp_path):
    from irlens.model_file import build_torch_model, load_user_module
    from irlens.record import CaptureError

    model = "import torch\nfrom torch import nn\n\n\nclass Model(nn.Module):\n    pass\n\n\ndef get_inputs():\n"
    one = tmp_path / "one_tensor.py"
    one.write_text(model + "    return torch.ones(10, 10)\n")
    _, inputs = build_torch_model(load_user_module(one), one)
    assert len(inputs) == 1 and inputs[0].shape == (10, 10)  # not ten rows
    named = tmp_path / "named.py"
    named.write_text(model + "    return {'x': torch.ones(2)}\n")
    with pytest.raises(CaptureError, match="named.py: get_inputs\\(\\) returned a dict; return a list"):
        build_torch_model(load_user_module(named), named)


def test_inputs_that_forward_cannot_take_name_its_line_not_torchs(tmp_path):
    assert build_error(tmp_path / "empty.py", (
        "import torch\nfrom torch import nn\n\n\nclass Model(nn.Module):\n    def forward(self, x):\n"
        "        return x.sin()\n\n\ndef get_inputs():\n    return []\n")) == (
        "empty.py:6: Model.forward(x) does not take the 0 inputs get_inputs() returned "
        "(missing a required argument: 'x')")
