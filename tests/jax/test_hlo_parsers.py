"""The HLO and XLA-dump parsers, on the real output of a capture."""
from irlens.parsers.hlo import carry_line_map, mlir_line_map, parse_hlo_module


def test_optimized_module_parses_into_computations_and_instructions(mlp_capture):
    module = parse_hlo_module(mlp_capture.get("hlo_opt", "mlp").text)
    assert module.name == "jit_mlp"
    entry = module.entry
    assert entry is not None and entry.root is not None
    fusions = [i for i in entry.instructions if i.opcode == "fusion"]
    assert fusions
    for fusion in fusions:
        called = fusion.called("calls")
        assert called and called[0] in module.computations
        assert fusion.attributes["kind"].startswith("k")
    parameters = [i for i in entry.instructions if i.opcode == "parameter"]
    assert [p.operands for p in parameters] == [[str(n)] for n in range(5)]


def test_stack_frames_resolve_to_the_users_frames_only(softmax_capture):
    module = parse_hlo_module(softmax_capture.get("hlo_opt", "softmax").text)
    assert module.frames.frames, "this XLA prints stack-frame tables"
    exp = next(i for i in module.instructions() if i.opcode == "exponential")
    chain = module.frames.chain(int(exp.metadata["stack_frame_id"]))
    assert chain[0][1] == "softmax"  # innermost: the user's function
    # irlens's own frames (the worker, the capturer that called example()) and `python -m`'s are
    # left out of JAX's tables: every frame is the user's
    assert all(frame[0].endswith("jax_softmax.py") for frame in chain), chain
    assert "irlens/worker.py" not in softmax_capture.get("hlo_opt", "softmax").text


def test_mlir_locations_resolve_through_callsites_and_names():
    debug = "\n".join([
        'module @m {',
        '  %0 = stablehlo.sine %arg0 : tensor<8xf32> loc(#loc5)',
        '} loc(#loc)',
        '#loc = loc(unknown)',
        '#loc1 = loc("/u/model.py":4:11 to :21)',
        '#loc2 = loc("/u/model.py":9:4)',
        '#loc3 = loc("inner"(#loc1))',
        '#loc4 = loc(callsite(#loc3 at #loc2))',
        '#loc5 = loc("jit(f)/sin"(#loc4))',
    ])
    assert {n: (loc.file, loc.line) for n, loc in mlir_line_map(debug).items()} == {2: ("/u/model.py", 4)}
    plain = "module @m {\n  %0 = stablehlo.sine %arg0 : tensor<8xf32>\n}\n"
    assert carry_line_map(debug, plain, mlir_line_map(debug)) == {2: mlir_line_map(debug)[2]}


def test_each_instruction_moves_its_operands_and_result_once():
    from pathlib import Path

    from irlens.parsers.hlo import instruction_bytes, parse_hlo_module, shape_bytes

    assert [shape_bytes(s) for s in ("f32[64,256]{1,0}", "(f32[2,2]{1,0}, s32[])", "bf16[3]", "pred[]")] == \
        [65536, 20, 6, 1]
    # samples/jax_mlp.py as jaxlib 0.11.2 compiled it on an H200: the first GEMM reads x (64x256) and
    # w1 (256x1024) and writes four split-K partial sums (4x64x1024), all f32
    h200 = parse_hlo_module((Path(__file__).parent / "data" / "jax_mlp_h200_hlo_opt.hlo").read_text())
    moved = instruction_bytes(h200)
    assert moved["gemm_fusion_dot"] == 4 * (64 * 256 + 256 * 1024 + 4 * 64 * 1024)
    assert set(moved) == {"gemm_fusion_dot", "loop_multiply_fusion", "gemm_fusion_dot.1", "triton_softmax.2"}
