"""Location parsers on real Triton output: each IR's own location info, mapped to source lines."""
from __future__ import annotations

from pathlib import Path

from irlens.parsers.mlir_locations import mlir_source_lines
from irlens.parsers.ptx_locations import llvm_source_lines, ptx_source_lines
from irlens.parsers.sass import sass_source_lines

KERNEL_FILE = Path(__file__).with_name("kernel_with_helpers.py")


def source_line(needle: str) -> int:
    lines = KERNEL_FILE.read_text().splitlines()
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


PARSERS = {"ttir": mlir_source_lines, "ttgir": mlir_source_lines, "llir": llvm_source_lines,
           "ptx": ptx_source_lines, "sass": sass_source_lines}


def _mapped_text(record, parser, line):
    lines = record.text.splitlines()
    found = parser(record.text)
    return [lines[n - 1] for n, loc in found.line_map.items()
            if loc.line == line and loc.file == str(KERNEL_FILE)]


def test_each_ir_maps_the_load_line_to_its_load_instructions(helper_kernel_stages):
    line = source_line("x = tl.load(")
    expected = {"ttir": "tt.load", "ttgir": "tt.load", "llir": "ld.global", "ptx": "ld.global", "sass": "LDG"}
    for stage, needle in expected.items():
        mapped = _mapped_text(helper_kernel_stages[stage], PARSERS[stage], line)
        assert any(needle in text for text in mapped), f"{stage}: {mapped[:5]}"


def test_the_parsers_agree_with_the_records_line_maps(helper_kernel_stages):
    for stage, parser in PARSERS.items():
        record = helper_kernel_stages[stage]
        assert parser(record.text).line_map == record.line_map


def test_inlined_library_code_maps_to_the_library_file_with_the_user_call_site(helper_kernel_stages):
    call_line = source_line("tl.cdiv(")
    for stage in ("ttir", "ttgir", "llir", "ptx"):  # ptxas may fold them away in SASS
        found = PARSERS[stage](helper_kernel_stages[stage].text)
        library = [n for n, loc in found.line_map.items() if loc.file.endswith("triton/language/standard.py")]
        assert library, stage
        # PTX names the call site (`inlined_at`) only with newer LLVM (Triton 3.9, not 3.6)
        sites = [found.call_sites[n].line for n in library if n in found.call_sites or stage != "ptx"]
        assert all(line == call_line for line in sites), stage


def test_an_inlined_user_helper_maps_to_the_helper_line(helper_kernel_stages):
    helper_line, call_line = source_line("return x * 2.0"), source_line("tl.exp(twice(x))")
    found = mlir_source_lines(helper_kernel_stages["ttir"].text)
    inlined = [n for n, loc in found.line_map.items() if loc.line == helper_line]
    assert inlined and all(found.call_sites[n].line == call_line for n in inlined)


def test_lines_without_location_are_left_out(helper_kernel_stages):
    ptx = helper_kernel_stages["ptx"]
    found = ptx_source_lines(ptx.text)
    lines = ptx.text.splitlines()
    assert all(not lines[n - 1].strip().startswith((".", "//")) for n in found.line_map)
    assert not any(".b8" in lines[n - 1] for n in found.line_map)  # DWARF sections carry no lines


def test_inline_asm_lines_keep_the_location_of_their_call(helper_kernel_stages):
    ptx = helper_kernel_stages["ptx"]
    found = ptx_source_lines(ptx.text)
    lines = ptx.text.splitlines()
    loads = [n for n, text in enumerate(lines, start=1) if "ld.global" in text]
    assert loads and all(found.line_map[n].line == source_line("x = tl.load(") for n in loads)


def test_mlir_location_syntax_forms():
    text = "\n".join([
        'module {',
        '  %0 = arith.constant 1 : i32 loc(#loc3)',
        '  %1 = arith.addi %0, %0 : i32 loc(callsite(#loc1 at #loc2))',
        '  %2 = arith.muli %1, %1 : i32 loc(fused[#loc4, #loc1])',
        '  %3 = arith.subi %1, %1 : i32 loc("named"("k.py":9:1))',
        '  %4 = arith.subi %1, %1 : i32 loc(unknown)',
        '} loc(#loc)',
        '#loc = loc("k.py":1:0)',
        '#loc1 = loc("lib.py":43:12)',
        '#loc2 = loc("k.py":7:5)',
        '#loc3 = loc("x"(#loc2))',
        '#loc4 = loc(unknown)',
    ])
    found = mlir_source_lines(text)
    assert {n: (loc.file, loc.line) for n, loc in found.line_map.items()} == {
        2: ("k.py", 7), 3: ("lib.py", 43), 4: ("lib.py", 43), 5: ("k.py", 9), 7: ("k.py", 1)}
    assert {n: loc.line for n, loc in found.call_sites.items()} == {3: 7}


def test_ptx_code_inlined_two_levels_deep_reaches_the_users_line():
    # tl.max(x) in triton_softmax.py:21 inlines standard.py:216, which inlines standard.py:196
    # (the max itself); PTX's inlined_at on the max.f32 lines names only standard.py:216.
    from irlens.bundle import load_bundle

    samples = Path(__file__).resolve().parents[2] / "samples"
    ptx = load_bundle(samples / "bundles" / "triton_softmax").get("ptx", "softmax_kernel").text
    found = ptx_source_lines(ptx)
    lines = ptx.splitlines()
    maxes = [n for n in found.line_map if lines[n - 1].strip().startswith("max.f32")]
    assert maxes and all(found.line_map[n].line == 196 for n in maxes)
    assert {(Path(found.call_sites[n].file).name, found.call_sites[n].line) for n in maxes} == {("triton_softmax.py", 21)}



def test_an_op_with_regions_maps_its_first_line_as_well_as_its_last():
    # MLIR writes a tt.reduce's location after its combiner region, on its last line
    from pathlib import Path

    from irlens.bundle import load_bundle
    from irlens.parsers.mlir_locations import mlir_source_lines

    ttir = load_bundle(Path(__file__).resolve().parents[2] / "samples" / "bundles" / "triton_softmax").select(
        stage="ttir")[0].text
    lines = ttir.splitlines()
    mapped = mlir_source_lines(ttir)
    first = next(n for n, line in enumerate(lines, start=1) if '"tt.reduce"(' in line)
    last = next(n for n in range(first + 1, len(lines) + 1) if lines[n - 1].lstrip().startswith("})"))
    assert mapped.line_map[first] == mapped.line_map[last]
    assert mapped.call_sites.get(first) == mapped.call_sites.get(last) is not None  # the user's tl.max line
    assert first + 1 not in mapped.line_map  # the combiner's block arguments are no op
