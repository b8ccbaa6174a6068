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


def test_a_library_call_keeps_its_own_op_and_the_kernel_feeding_it_keeps_the_rest():
    from irlens.capturers.torch_fusion import _one_kernel_per_computed_node

    # Inductor's provenance for a transformer block on the CPU (torch 2.13): the kernel that copies
    # q, k and v and the SDPA call that reads them are given the same nodes
    shared = ["_scaled_dot_product_flash_attention_for_cpu_default", "clone_default", "permute_1", "split"]
    nodes = {"_scaled_dot_product_flash_attention_for_cpu_default":
             {"op": "aten._scaled_dot_product_flash_attention_for_cpu.default"},
             "clone_default": {"op": "aten.clone.default"}, "permute_1": {"op": "aten.permute.default"},
             "split": {"op": "aten.split.Tensor"}, "addmm": {"op": "aten.addmm.default"}}
    by_handle = {"extern_kernels.addmm:2": ["addmm"],
                 "cpp_fused__scaled_dot_product_flash_attention_for_cpu_clone_1:3": list(shared),
                 "torch.ops.aten._scaled_dot_product_flash_attention_for_cpu.default:4": list(shared)}
    assert _one_kernel_per_computed_node(by_handle, nodes) == {
        "extern_kernels.addmm:2": ["addmm"],
        "cpp_fused__scaled_dot_product_flash_attention_for_cpu_clone_1:3": ["clone_default", "permute_1", "split"],
        "torch.ops.aten._scaled_dot_product_flash_attention_for_cpu.default:4":
            ["_scaled_dot_product_flash_attention_for_cpu_default"]}
    # two generated kernels that both compute a node (Inductor recomputes it) both keep it
    twice = {"cpp_fused_a_0": ["add_2", "x"], "cpp_fused_b_1": ["add_2", "y"]}
    assert _one_kernel_per_computed_node(twice, {n: {"op": "aten.add.Tensor"} for n in ("add_2", "x", "y")}) == twice


def test_a_cuda_wrapper_line_maps_the_kernel_launch_not_the_stream_setup():
    from irlens.capturers.torch_line_maps import output_code_line_map

    # Inductor's CUDA wrapper for samples/torch_mlp.py (torch 2.13): a stream line comes between
    # the kernel's handle comment and its launch; an extern call follows its comment directly
    code = """            # [Provenance debug handles] extern_kernels.mm:1
            extern_kernels.mm(arg2_1, arg0_1, out=buf0)
            # Topologically Sorted Source Nodes: [, h], Original ATen: [aten.addmm, aten.gelu]
            # [Provenance debug handles] triton_poi_fused_addmm_gelu_0:2
            raw_stream0 = get_raw_stream(0)
            triton_poi_fused_addmm_gelu_0.run(buf1, arg1_1, 65536, stream=raw_stream0)
            del arg1_1"""
    traces = {"extern_kernels.mm:1": ['File "/u/model.py", line 19, in forward'],
              "triton_poi_fused_addmm_gelu_0:2": ['File "/u/model.py", line 19, in forward']}
    line_map, also_from = output_code_line_map(code, traces, "/u/model.py")
    assert sorted(line_map) == [2, 6] and line_map[6].line == 19 and also_from == {}


def test_a_kernel_fused_from_several_user_lines_maps_its_launch_to_each():
    from irlens.capturers.torch_line_maps import output_code_line_map
    from irlens.record import SourceLoc

    # the SiLU of line 12 fused into line 13's kernel: a stack trace per node, each its own line;
    # a torch frame above the user's own is passed over
    code = """            # [Provenance debug handles] triton_poi_fused_mul_silu_0:1
            triton_poi_fused_mul_silu_0.run(buf0, arg0_1, 1024, stream=raw_stream0)"""
    traces = {"triton_poi_fused_mul_silu_0:1": [
        'File "/u/model.py", line 12, in forward\n    h = F.silu(x)',
        'File "/u/model.py", line 13, in forward\n    return h * x',
        'File "/u/model.py", line 12, in forward\n    h = F.silu(x)']}
    line_map, also_from = output_code_line_map(code, traces, "/u/model.py")
    assert line_map == {2: SourceLoc("/u/model.py", 12)} and also_from == {2: [SourceLoc("/u/model.py", 13)]}
