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
    # the loop says what it runs and how often (16 steps of the scan, XLA's known_trip_count), and
    # the kernels of its body and condition say they run inside it
    loop = fmap["nodes"][loops[0]]
    assert loop["trip_count"] == 16 and set(loop["runs"]) == {"body", "condition"}
    inside = {k["name"]: k.get("inside") for k in fmap["kernels"]}
    tanh = next(k["name"] for k in fmap["kernels"] if "tanh" in k["ops"])
    assert inside[tanh] == f"{loops[0]} (body)" and tanh in loop["runs"]["body"]
    assert all(inside[name] == f"{loops[0]} (condition)" for name in loop["runs"]["condition"])
    assert not any(u["node"] == loops[0] for u in fmap["unfused"])  # control flow, not an op left out


def test_a_loop_is_drawn_as_control_flow_framing_the_kernels_it_runs(scan_capture):
    from irlens.fusion import to_dot

    fmap = fusion_map(scan_capture, "rnn")
    (loop,) = [n for n, info in fmap["nodes"].items() if info["op"] == "while"]
    dot = to_dot(fmap)
    assert f'"{loop}" [label="{loop}\\nwhile loop: its body runs 16 times", shape=hexagon' in dot
    assert f'label="{loop} (body): 16 times"' in dot and f'label="{loop} (condition)"' in dot
    assert "lhead=cluster_frame_0" in dot
    (line,) = [line for line in dot.splitlines() if line.strip().startswith(f'"{loop}" [')]
    assert "shape=hexagon" in line and "dashed" not in line  # not an op left out of every kernel
