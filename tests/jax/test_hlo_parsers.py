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


def test_a_fusions_flops_are_those_of_the_dots_it_runs():
    from pathlib import Path

    from irlens.parsers.hlo import dot_flops, parse_hlo_module

    # each GEMM of samples/jax_mlp.py (64x256 @ 256x1024, then 64x1024 @ 1024x256) as a split-K
    # Triton fusion on the H200: a batched dot over 4 slices, the same 2*M*N*K in all
    h200 = parse_hlo_module((Path(__file__).parent / "data" / "jax_mlp_h200_hlo_opt.hlo").read_text())
    assert dot_flops(h200) == {"gemm_fusion_dot": 2 * 64 * 256 * 1024, "gemm_fusion_dot.1": 2 * 64 * 1024 * 256}


LOOP_HLO = """HloModule m

%body (p: (s32[], f32[8,8])) -> (s32[], f32[8,8]) {
  %p = (s32[], f32[8,8]{1,0}) parameter(0)
  %x = f32[8,8]{1,0} get-tuple-element(%p), index=1
  %d = f32[8,8]{1,0} dot(%x, %x), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  %i = s32[] get-tuple-element(%p), index=0
  ROOT %t = (s32[], f32[8,8]{1,0}) tuple(%i, %d)
}

%cond (p: (s32[], f32[8,8])) -> pred[] {
  %p = (s32[], f32[8,8]{1,0}) parameter(0)
  %i = s32[] get-tuple-element(%p), index=0
  %n = s32[] constant(3)
  ROOT %lt = pred[] compare(%i, %n), direction=LT
}

ENTRY %main (a: f32[8,8], b: f32[8,16]) -> f32[8,16] {
  %a = f32[8,8]{1,0} parameter(0)
  %b = f32[8,16]{1,0} parameter(1)
  %zero = s32[] constant(0)
  %init = (s32[], f32[8,8]{1,0}) tuple(%zero, %a)
  %loop = (s32[], f32[8,8]{1,0}) while(%init), condition=%cond, body=%body
  %y = f32[8,8]{1,0} get-tuple-element(%loop), index=1
  ROOT %out = f32[8,16]{1,0} dot(%y, %b), lhs_contracting_dims={1}, rhs_contracting_dims={0}
}
"""


def test_a_dot_inside_a_loop_of_unknown_length_gives_the_loop_no_flop_count():
    from irlens.parsers.hlo import dot_flops, instruction_bytes, parse_hlo_module, program_totals

    # the loop runs its body an unknown number of times: no count for it rather than one iteration's;
    # the body's dot has its own, per call
    module = parse_hlo_module(LOOP_HLO)
    assert dot_flops(module) == {"out": 2 * 8 * 16 * 8, "d": 2 * 8 * 8 * 8}
    assert "loop" not in instruction_bytes(module) and program_totals(module) == (None, None)


def test_a_loop_of_known_length_counts_its_body_once_per_step():
    from irlens.parsers.hlo import dot_flops, instruction_bytes, parse_hlo_module, program_totals

    # as XLA writes a lax.scan or fori_loop of fixed length: it knows the trip count
    module = parse_hlo_module(LOOP_HLO.replace("body=%body", 'body=%body, backend_config={"known_trip_count":{"n":"5"}}'))
    body_dot = 2 * 8 * 8 * 8
    assert dot_flops(module)["loop"] == 5 * body_dot
    moved = instruction_bytes(module)
    assert moved["d"] == 3 * 8 * 8 * 4 and moved["lt"] == 4 + 4 + 1
    assert moved["loop"] == 5 * moved["d"] + 6 * moved["lt"]  # the condition runs once more, to end it
    assert program_totals(module) == (moved["loop"] + moved["out"], 5 * body_dot + 2 * 8 * 16 * 8)


def test_a_gemm_left_to_cublas_counts_its_flops_from_the_backend_config():
    from irlens.parsers.hlo import dot_flops, parse_hlo_module

    # how XLA's GPU compiler writes a GEMM it hands to cuBLAS: a custom-call returning the product and
    # a workspace, the dot's dimension numbers in its backend config
    text = """HloModule m

ENTRY %main (a: f32[15,33], b: f32[33,68]) -> f32[15,68] {
  %a = f32[15,33]{1,0} parameter(0)
  %b = f32[33,68]{1,0} parameter(1)
  %gemm = (f32[15,68]{1,0}, s8[4194304]{0}) custom-call(%a, %b), custom_call_target="__cublas$gemm", backend_config={"operation_queue_id":"0","gemm_backend_config":{"alpha_real":1,"beta":0,"dot_dimension_numbers":{"lhs_contracting_dimensions":["1"],"rhs_contracting_dimensions":["0"],"lhs_batch_dimensions":[],"rhs_batch_dimensions":[]},"epilogue":"DEFAULT"}}
  ROOT %out = f32[15,68]{1,0} get-tuple-element(%gemm), index=0
}
"""
    assert dot_flops(parse_hlo_module(text)) == {"gemm": 2 * 15 * 68 * 33}


def test_xlas_triton_fusions_are_told_apart_from_library_calls():
    from pathlib import Path

    from irlens.fusion import KIND_COLORS, kind_color, kind_label, to_dot
    from irlens.parsers.hlo import parse_hlo_module
    from irlens.parsers.hlo_fusion import fusion_map

    # jaxlib 0.11.2 on an H200: the kind sits in fusion_backend_config, after a nested object
    h200 = fusion_map(parse_hlo_module((Path(__file__).parent / "data" / "jax_mlp_h200_hlo_opt.hlo").read_text()))
    kernels = {k["name"]: k for k in h200["kernels"]}
    assert kind_label(kernels["gemm_fusion_dot"]) == "kCustom: __triton_nested_gemm_fusion"
    assert kind_label(kernels["triton_softmax.2"]) == "kCustom: __triton"
    # that run made its loop fusion a Triton fusion too (a later run kept it a native kLoop)
    assert kind_label(kernels["loop_multiply_fusion"]) == "kCustom: __triton"
    assert kind_label({"name": "loop_fusion", "kind": "kLoop"}) == "kLoop"
    assert kind_color(kernels["gemm_fusion_dot"]) == KIND_COLORS["template"] != KIND_COLORS["extern"]
    assert "gemm_fusion_dot  [kCustom: __triton_nested_gemm_fusion]" in to_dot(h200)
    # and how XLA launches what it generates: its split-K GEMM's tiles, warps and stages
    assert kernels["gemm_fusion_dot"]["tiling"] == "tiles 1x64x32, 4 warps, 1 stage, 1 CTA"
    assert kernels["triton_softmax.2"]["tiling"].startswith("tiles 1x256, ")
    # on the CPU the kind is fusion_config's: a YNNPACK call, drawn as a library call
    ynn = {"name": "ynn_fusion", "kind": "kCustom", "config": "__ynn_fusion"}
    assert kind_label(ynn) == "kCustom: __ynn_fusion" and kind_color(ynn) == KIND_COLORS["kCustom"]
