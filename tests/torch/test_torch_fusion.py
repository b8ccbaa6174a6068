"""The fusion map of real Inductor output: kernels, their FX nodes, and what stayed unfused."""
import pytest

from irlens.fusion import kernel_of, summarize, validate_fusion_map

pytestmark = pytest.mark.slow


def fusion_map(capture, unit="graph 0 (0/0)"):
    record = next(r for r in capture.select(stage="fusion", unit=unit) if r.target == "cpu")
    assert record.ok, record.error
    return record


def test_fusion_record_is_dot_with_a_valid_map(mlp_training):
    record = fusion_map(mlp_training)
    validate_fusion_map(record.metadata["fusion_map"])
    assert record.language == "dot" and record.text.startswith("digraph fusion")
    assert record.metadata["node_source"] == "provenance"


def test_gelu_tail_of_the_matmul_is_one_kernel(mlp_training):
    fmap = fusion_map(mlp_training).metadata["fusion_map"]
    gelu = [kernel_of(fmap, n) for n, info in fmap["nodes"].items() if info["op"] == "aten.erf.default"]
    assert len(set(gelu)) == 1 and gelu[0].startswith("cpp_fused")
    kernel = next(k for k in fmap["kernels"] if k["name"] == gelu[0])
    assert kernel["kind"] == "cpp"
    assert {"aten.mul.Tensor", "aten.add.Tensor", "aten.erf.default"} <= set(kernel["ops"])
    assert any(s.endswith("torch_mlp.py:19") for s in kernel["sources"])


def test_matmul_stays_an_unfused_library_call(mlp_training):
    fmap = fusion_map(mlp_training).metadata["fusion_map"]
    externs = [k for k in fmap["kernels"] if k["kind"] == "extern"]
    assert externs and all("aten.addmm.default" in k["ops"] for k in externs)
    reasons = {u["node"]: u["reason"] for u in fmap["unfused"]}
    assert "addmm" in reasons and "library call" in reasons["addmm"]


def test_every_node_points_back_to_its_kernel(mlp_training):
    fmap = fusion_map(mlp_training).metadata["fusion_map"]
    for kernel in fmap["kernels"]:
        for node in kernel["nodes"]:
            assert fmap["nodes"][node]["kernel"] == kernel["name"]


def test_summary_counts_ops_and_kernels(mlp_training):
    summary = summarize(fusion_map(mlp_training).metadata["fusion_map"])
    assert summary["kernels"] == 4  # two library matmuls, the GELU kernel, the softmax kernel
    assert summary["ops"] > summary["kernels"]


def test_backward_graph_has_its_own_fusion_map(mlp_training):
    record = fusion_map(mlp_training, "graph 0 (0/0) backward")
    fmap = record.metadata["fusion_map"]
    assert any(k["kind"] == "extern" and "aten.mm.default" in k["ops"] for k in fmap["kernels"])
    assert any(k["kind"] == "cpp" and k["nodes"] for k in fmap["kernels"])


def fusion_record(capture, unit, target):
    record = next((r for r in capture.select(stage="fusion", unit=unit) if r.target == target), None)
    if record is None and target != "cpu":
        pytest.skip(f"no {target} output in this capture: {capture.environment.get('cuda_output')}")
    assert record is not None and record.ok, record and record.error
    return record


def refused_by_inductor(record):
    return [u for u in record.metadata["fusion_map"]["unfused"] if "inductor_message" in u]


@pytest.mark.parametrize("target", ["cpu", "sm_90"])
def test_a_fusion_inductor_refused_is_unfused_with_its_reason(mlp_training, target):
    # The bias gradient's sum over the batch does not share data with the softmax backward's
    # reduction before it; Inductor's scheduler logs "cannot fuse ...: no shared data".
    record = fusion_record(mlp_training, "graph 0 (0/0) backward", target)
    fmap = record.metadata["fusion_map"]
    refused = refused_by_inductor(record)
    assert refused
    for entry in refused:
        assert entry["inductor_message"].startswith("cannot fuse ")
        assert entry["inductor_message"].endswith(": " + entry["reason"])
        assert entry["inductor_message"] in record.metadata["fusion_decisions"]
        assert fmap["nodes"][entry["node"]]["kernel"] == entry["kernel"]
        assert fmap["nodes"][entry["with"]]["kernel"] == entry["with_kernel"]
    assert any(e["node"] == "sum_3" and e["reason"] == "no shared data" for e in refused)


def test_a_refusal_fused_in_a_later_round_is_not_unfused(mlp_training):
    # The forward graph on the CPU backend: "cannot fuse op4 with op6: intermediate nodes
    # between node1 & node2" in the first round, fused once the node between them joined.
    record = fusion_record(mlp_training, "graph 0 (0/0)", "cpu")
    decisions = record.metadata["fusion_decisions"]
    assert record.metadata["fusion_log"].startswith("Inductor's fusion log")
    assert any(line.startswith("===== attempting fusion") for line in decisions)
    assert any(line.startswith("cannot fuse ") for line in decisions)
    assert refused_by_inductor(record) == []


def test_summary_counts_kinds_and_reasons(mlp_training):
    record = fusion_record(mlp_training, "graph 0 (0/0) backward", "cpu")
    summary, fmap = record.metadata["summary"], record.metadata["fusion_map"]
    from irlens.fusion import split_unfused

    alone, refused = split_unfused(fmap)  # ops in no fused kernel (once each), and refused fusions
    assert (summary["unfused"], summary["refused_fusions"]) == (len(alone), len(refused))
    assert len(fmap["unfused"]) == sum(summary["unfused_reasons"].values()) >= len(alone) + len(refused)
    assert summary["kernels_by_kind"]["extern"] == 4 and summary["kernels_by_kind"]["cpp"] >= 2
    assert summary["refused_by_inductor"] == len(refused_by_inductor(record))
    assert summary["unfused_reasons"]["no shared data"] >= 1
    assert summary["fusion_log_lines"] == len(record.metadata["fusion_decisions"])


def test_the_summary_names_library_calls_apart_from_ops_in_no_kernel(mlp_training):
    from irlens.render import fusion_summary

    record = fusion_record(mlp_training, "graph 0 (0/0) backward", "cpu")
    fmap = record.metadata["fusion_map"]
    lines = fusion_summary(record).splitlines()
    called = next(line for line in lines if line.startswith("// library calls, nothing fused into them: "))
    elsewhere = next((line for line in lines if line.startswith("// in no kernel: ")), "")
    for kernel in (k for k in fmap["kernels"] if k["kind"] == "extern"):
        for node in kernel["nodes"]:  # each drawn in its library call's cluster, and listed with it
            assert f"{node} ({kernel['name']})" in called and f" {node}," not in elsewhere + ","


@pytest.fixture(scope="module")
def attention_script(capture_test_file):
    return capture_test_file("attention_script.py")


def test_attention_that_inductors_pattern_put_in_says_so_and_a_called_one_does_not(attention_script):
    from irlens.capturers.torch_fusion import ATTENTION_PATTERN_NOTE

    capture = attention_script
    calls = {}
    for record in capture.select(stage="fusion"):
        for kernel in record.metadata["fusion_map"]["kernels"]:
            if "scaled_dot_product" in kernel["name"]:
                calls[kernel["sources"][0].rsplit(":", 1)[1] if kernel["sources"] else None] = kernel
    called = calls.pop("13")  # F.scaled_dot_product_attention(q, k, v), the line of the call
    assert "note" not in called
    assert len(calls) == 2 and all(k["note"] == ATTENTION_PATTERN_NOTE for k in calls.values()), calls


def test_views_the_records_file_under_a_library_call_are_not_called_library_calls(attention_script):
    from irlens.render import fusion_summary

    # attention after a projection on the CPU: the views and the split that shape q, k and v are
    # filed under the SDPA call Inductor's attention pattern put in; they move no data and are no call
    record = next(r for r in attention_script.select(stage="fusion")
                  if any(n.startswith("split") for n in r.metadata["fusion_map"]["nodes"]))
    reasons = {u["node"]: u["reason"] for u in record.metadata["fusion_map"]["unfused"]}
    sdpa = next(k for k in record.metadata["fusion_map"]["kernels"] if "scaled_dot_product" in k["name"])
    views = [n for n in sdpa["nodes"] if n.startswith(("view", "permute", "split"))]
    assert views and all(reasons[n].startswith("no kernel: a view shaping an input of the library call")
                         for n in views)
    called = next(line for line in fusion_summary(record).splitlines() if line.startswith("// library calls"))
    assert not any(f" {n} (" in called for n in views)


def test_a_kernel_names_the_lines_of_a_helper_the_model_calls(capture_test_file):
    capture = capture_test_file("uses_a_helper.py")
    fused = [k for r in capture.select(stage="fusion") for k in r.metadata["fusion_map"]["kernels"]
             if "sigmoid" in " ".join(k["ops"])]
    assert fused, capture.failures()
    for kernel in fused:  # the sigmoid and mul come from swish_helpers/ops.py:5, called at line 14
        files = {s.rsplit(":", 1)[0].rsplit("/", 2)[-2:][-1] + ":" + s.rsplit(":", 1)[1] for s in kernel["sources"]}
        assert {"ops.py:5", "uses_a_helper.py:14"} <= files, kernel["sources"]
        assert not any("site-packages" in s for s in kernel["sources"])  # none of torch's own frames


def test_kernels_that_serve_a_library_call_say_so_and_the_call_names_them(capture_test_file):
    # Inductor calls the convolution with bias=None and adds the bias in a generated kernel, and
    # copies its input into the layout it wants: its records name the convolution for those kernels
    # too. The node stays the call's; each such kernel says what it did for the call.
    from pathlib import Path

    sample = Path(__file__).resolve().parents[2] / "samples" / "torch_conv_bn_relu.py"
    capture = capture_test_file(str(sample))  # an absolute path: not one of tests/torch/data
    for record in (r for r in capture.select(stage="fusion") if r.ok):
        fmap = record.metadata["fusion_map"]
        validate_fusion_map(fmap)
        (call,) = [k for k in fmap["kernels"] if k["kind"] == "extern" and "aten.convolution.default" in k["ops"]]
        helpers = [k for k in fmap["kernels"] if "convolution" in (k.get("helps") or ())]
        assert helpers and all(k["kind"] != "extern" and "convolution" not in k["nodes"] for k in helpers)
        assert all(k["note"].startswith("Inductor's records also name convolution for this kernel") for k in helpers)
        reason = next(u["reason"] for u in fmap["unfused"] if u["node"] == "convolution")
        assert reason.startswith(f"library call ({call['name']})")
        assert all(k["name"] in reason for k in helpers)


def test_a_kernel_that_only_fills_a_buffer_says_whose_ops_it_is_credited_with(capture_test_file):
    # the embedding's backward: one Triton kernel zeroes the weight's gradient, another accumulates
    # the rows into it. torch 2.13's records give the first the accumulation's ops too (it says so);
    # torch 2.11's give it the fill alone (nothing to say)
    capture = capture_test_file("embedding_training.py", backward=True)
    backward = [r for r in capture.select(stage="fusion") if r.ok and r.target != "cpu" and "backward" in r.unit]
    if not backward:
        pytest.skip("no CUDA output of the backward graph in this capture")
    fmap = backward[0].metadata["fusion_map"]
    sources = {r.unit: r.text for r in capture.select(stage="source")}
    fills = [k for k in fmap["kernels"] if k["name"] in sources
             and "tl.load(" not in sources[k["name"]] and "tl.full(" in sources[k["name"]]]
    assert fills  # the zero-fill, read off its code
    for kernel in fills:
        credited_more = any(not op.startswith(("aten.full.", "aten.zeros.")) for op in kernel["ops"])
        assert (kernel.get("note") or "").startswith("loads nothing") == credited_more, kernel
    noted = [k for k in fmap["kernels"] if (k.get("note") or "").startswith("loads nothing")]
    assert all(k in fills for k in noted)


def test_each_graph_of_a_script_names_the_function_dynamo_compiled(attention_script):
    from irlens.render import header
    from irlens.views.pipeline import unit_label

    functions = {}
    for record in attention_script.select(stage="dynamo"):
        functions[record.unit] = record.metadata["function"]
        assert header(record).endswith(f" · {record.metadata['function']}() ===")
        assert unit_label(attention_script, record.unit) == f"{record.unit} · {record.metadata['function']}()"
    assert sorted(set(functions.values())) == ["called", "projected", "written_out"]
    # every stage of a graph carries it, not only Dynamo's
    assert all(r.metadata.get("function") == functions[r.unit] for r in attention_script.select(stage="post_grad"))
