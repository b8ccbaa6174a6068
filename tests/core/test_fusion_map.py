"""The fusion map's shared helpers on hand-made maps of the shapes Inductor's records give."""
from irlens.fusion import split_unfused, summarize, to_dot, validate_fusion_map


def recomputing_map() -> dict:
    # Inductor's CPU output for a transformer block: the qkv split is computed again in each of
    # the three kernels that read it
    kernels = [{"name": f"cpp_fused_{i}", "kind": "cpp", "nodes": ["split", f"add_{i}"], "ops": [], "sources": []}
               for i in range(3)]
    nodes = {"split": {"op": "aten.split.Tensor", "kernel": "cpp_fused_0", "source": None},
             "view": {"op": "aten.view.default", "kernel": None, "source": None}}
    nodes.update({f"add_{i}": {"op": "aten.add.Tensor", "kernel": f"cpp_fused_{i}", "source": None} for i in range(3)})
    unfused = [{"node": "view", "reason": "no kernel: a view"},
               {"node": "add_2", "reason": "no shared data", "with": "add_1", "kernel": "cpp_fused_2"},
               {"node": "add_2", "reason": "no shared data", "with": "add_0", "kernel": "cpp_fused_2"},
               {"node": "view", "reason": "no kernel: a view"}]
    return {"framework": "torch", "kernels": kernels, "nodes": nodes, "unfused": unfused,
            "edges": [["view", "split"]] + [["split", f"add_{i}"] for i in range(3)]}


def test_a_node_computed_in_several_kernels_is_drawn_in_each():
    fmap = recomputing_map()
    validate_fusion_map(fmap)
    dot = to_dot(fmap)
    clusters = dot.split("subgraph cluster_")[1:]
    assert all('"split' in cluster.split("}")[0] for cluster in clusters)  # one split per kernel
    assert dot.count("(computed again)") == 2
    # each copy reads what its own kernel reads and feeds that kernel's add
    assert '"split@cpp_fused_2" -> "add_2"' in dot and '"split" -> "add_0"' in dot
    assert '"view" -> "split@cpp_fused_1"' in dot


def test_ops_in_no_kernel_are_told_apart_from_refused_fusions():
    alone, refused = split_unfused(recomputing_map())
    assert [u["node"] for u in alone] == ["view"]  # once, though listed twice
    assert [(u["node"], u["with"]) for u in refused] == [("add_2", "add_1"), ("add_2", "add_0")]
    counts = summarize(recomputing_map())
    assert (counts["unfused"], counts["refused_fusions"]) == (1, 2)
