"""The fusion map of XLA's optimized HLO, in the shape irlens.fusion shares with torch."""
from irlens.fusion import summarize, validate_fusion_map

ELEMENTWISE = {"add", "subtract", "multiply", "divide", "exponential", "tanh", "negate", "abs",
               "select", "compare", "maximum", "minimum", "rsqrt", "sqrt"}


def fusion_map(capture, unit):
    record = capture.get("fusion", unit)
    assert record.ok and record.language == "dot" and record.text.startswith("digraph")
    return record.metadata["fusion_map"]


def test_fusion_maps_have_the_shared_shape(mlp_capture, softmax_capture, scan_capture):
    for capture, unit in ((mlp_capture, "mlp"), (softmax_capture, "softmax"), (scan_capture, "rnn")):
        fmap = fusion_map(capture, unit)
        validate_fusion_map(fmap)
        assert fmap["framework"] == "jax"
        assert summarize(fmap)["kernels"] >= 2


def test_mlp_gelu_tail_is_fused_into_one_kernel(mlp_capture, samples_dir, source_line):
    fmap = fusion_map(mlp_capture, "mlp")
    sample = samples_dir / "jax_mlp.py"
    gelu_line = f"{sample}:{source_line(sample, 'jax.nn.gelu')}"
    fused_tails = [k for k in fmap["kernels"] if k["kind"].startswith("k") and gelu_line in k["sources"]
                   and len(ELEMENTWISE & set(k["ops"])) >= 3]
    assert fused_tails, [(k["name"], k["ops"], k["sources"]) for k in fmap["kernels"]]
    kernel = fused_tails[0]
    assert all(fmap["nodes"][n]["kernel"] == kernel["name"] for n in kernel["nodes"])
    assert f"%{kernel['name']} = " in mlp_capture.get("hlo_opt", "mlp").text


def test_fused_ops_are_connected_by_data_flow_edges(softmax_capture):
    fmap = fusion_map(softmax_capture, "softmax")
    exp = next(n for n, info in fmap["nodes"].items() if info["op"] == "exponential")
    assert any(b == exp for _, b in fmap["edges"]) and any(a == exp for a, _ in fmap["edges"])


def test_scan_loop_is_a_control_node_with_its_body_kernels(scan_capture):
    fmap = fusion_map(scan_capture, "rnn")
    loops = [n for n, info in fmap["nodes"].items() if info["op"] == "while"]
    assert loops and fmap["nodes"][loops[0]]["kernel"] is None
    body_ops = {op for k in fmap["kernels"] for op in k["ops"]}
    assert "tanh" in body_ops and "dot" in body_ops
