"""Every torch.compile stage, captured for real from the MLP sample with its backward pass."""
import pytest
from irlens.stages import stage_names

pytestmark = pytest.mark.slow

TORCH_STAGES = ("dynamo", "graph_breaks", "aot_joint", "aot_forward", "aot_backward",
                "pre_grad", "post_grad", "ir_pre_fusion", "ir_post_fusion", "inductor", "fusion")


def cpu(capture, stage):
    return [r for r in capture.select(stage=stage, framework="torch") if r.target == "cpu"]


@pytest.mark.parametrize("stage", TORCH_STAGES)
def test_every_torch_stage_is_captured_on_cpu(mlp_training, stage):
    records = cpu(mlp_training, stage)
    assert records, f"no {stage} record; captured: {mlp_training.stages()}"
    assert all(r.ok and r.text for r in records), [r.error for r in records]
    assert stage in stage_names()


def test_cpu_capture_has_no_failures(mlp_training):
    assert all(r.ok for r in mlp_training.records if r.target == "cpu")
    assert not [e for e in mlp_training.errors if not e.startswith("CUDA output")], mlp_training.errors


def test_scheduler_ir_shows_the_nodes_fusion_merged(mlp_training):
    for unit in ("graph 0 (0/0)", "graph 0 (0/0) backward"):
        (before,) = [r for r in cpu(mlp_training, "ir_pre_fusion") if r.unit == unit]
        (after,) = [r for r in cpu(mlp_training, "ir_post_fusion") if r.unit == unit]
        nodes_before = [n["name"] for n in before.metadata["scheduler_nodes"]]
        fused = [n for n in after.metadata["scheduler_nodes"] if "members" in n]
        assert fused, after.metadata["scheduler_nodes"]
        for node in fused:
            assert node["members"] == node["name"].split("_") and set(node["members"]) <= set(nodes_before)
        assert len(after.metadata["scheduler_nodes"]) < len(nodes_before)
    (forward,) = [r for r in cpu(mlp_training, "ir_pre_fusion") if r.unit == "graph 0 (0/0)"]
    assert "ops.erf(" in forward.text and "extern_kernels" in forward.text  # GELU's body; the matmuls stay library calls
    # each node's lines map to the user line of its FX origins: GELU's loop body to line 19, softmax's to 20
    lines = forward.text.splitlines()
    erf = next(n for n, line in enumerate(lines, 1) if "ops.erf(" in line)
    gelu_body = max(n for n, line in enumerate(lines[:erf], 1) if line.startswith("class "))
    assert forward.line_map[gelu_body].line == forward.line_map[erf].line == 19
    assert {loc.line for loc in forward.line_map.values()} == {19, 20}


def test_dynamo_graph_is_named_by_compile_id_and_carries_guards(mlp_training):
    (dynamo,) = cpu(mlp_training, "dynamo")
    assert dynamo.unit == "graph 0 (0/0)"
    assert "torch._C._nn.linear" in dynamo.text and "gelu" in dynamo.text
    assert "TREE_GUARD_MANAGER" in dynamo.metadata["guards"]
    assert "# ---- guards" in dynamo.text


def test_dynamo_lines_map_to_the_users_forward(mlp_training):
    (dynamo,) = cpu(mlp_training, "dynamo")
    lines = {loc.line for loc in dynamo.line_map.values()}
    assert lines == {19, 20}  # the two lines of Model.forward in samples/torch_mlp.py
    assert all(loc.file.endswith("torch_mlp.py") for loc in dynamo.line_map.values())


def test_aot_graphs_hold_aten_ops(mlp_training):
    (forward,) = cpu(mlp_training, "aot_forward")
    (backward,) = cpu(mlp_training, "aot_backward")
    assert "torch.ops.aten.addmm.default" in forward.text
    assert "tangents_1" in backward.text and "torch.ops.aten.mm.default" in backward.text


def test_backward_is_compiled_as_its_own_inductor_unit(mlp_training):
    units = {r.unit for r in cpu(mlp_training, "inductor")}
    assert units == {"graph 0 (0/0)", "graph 0 (0/0) backward"}
    backward = mlp_training.get("inductor", "graph 0 (0/0) backward")
    assert backward.metadata["direction"] == "backward"


def test_inductor_cpu_output_is_cpp_kernels_and_wrapper(mlp_training):
    record = mlp_training.get("inductor", "graph 0 (0/0)")
    assert record.target == "cpu" and record.metadata["backend"] == "cpu"
    assert "async_compile.cpp_pybinding" in record.text
    assert 'extern "C"' in record.text and "def call(self, args)" in record.text


def test_inductor_kernel_calls_map_to_user_lines(mlp_training):
    record = mlp_training.get("inductor", "graph 0 (0/0)")
    assert {loc.line for loc in record.line_map.values()} == {19, 20}


def test_compile_time_per_phase_comes_from_torchs_metrics(mlp_training):
    (dynamo,) = cpu(mlp_training, "dynamo")
    times = dynamo.metadata["phase_times"]
    for phase in ("total", "dynamo", "aot_autograd", "inductor", "kernel_compile", "backward_total"):
        assert times[phase] >= 0, phase
    assert times["total"] >= times["dynamo"] + times["inductor"]
    assert dynamo.compile_time_s == times["dynamo"]
    assert mlp_training.get("inductor", "graph 0 (0/0)").compile_time_s == times["inductor"]


def test_environment_says_how_the_model_ran(mlp_training):
    env = mlp_training.environment
    assert env["torch_input"] == "model file"
    assert env["torch_mode"].startswith("training")
    assert "cpu" in env["torch_backends"]


@pytest.mark.parametrize("stage", ["aot_joint", "aot_backward"])
def test_every_input_of_a_training_graph_reaches_its_outputs(mlp_training, stage):
    # the joint graph takes its inputs apart in one line (`primals_1, ..., tangents_1, =
    # fx_pytree.tree_flatten_spec(...)`) and returns through a `pytree.tree_unflatten([...])` spread
    # over several lines: both are read, so the Graphs view draws its data flow whole
    import networkx as nx

    from irlens.views.graphs import fx_graph

    record = next(r for r in mlp_training.select(stage=stage) if r.ok and r.target == "cpu")
    g = fx_graph(record.text)
    inputs = [n for n, d in g.nodes(data=True) if d["op"] == "input"]
    assert [n for n in g if g.in_degree(n) == 0 and n not in inputs] == []
    assert len(list(g.predecessors("output"))) >= 5  # the loss's output and the five parameters' gradients
    assert all(nx.has_path(g, n, "output") for n in inputs if g.out_degree(n))
