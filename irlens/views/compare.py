"""Two captures side by side: the same kernel for two targets or block sizes, or one computation
through torch.compile and JAX. Records are paired by stage and unit, and what changed is listed:
metadata (registers, shared memory, ...), line counts, kernel counts, fusion summaries."""
from __future__ import annotations

import re
from dataclasses import dataclass

from irlens.fusion import kind_label, summarize
from irlens.parsers.hlo import kernel_symbol
from irlens.record import Capture, SourceLoc, StageRecord
from irlens.render import unit_kernel
from irlens.views.diff_html import TextDiff, unified_diff
from irlens.views.linemap import LOCATION_LINES, same_file
from irlens.views.passes import without_locations
from irlens.views.pipeline import CPU, CUDA, backends, capture_gpu, package_facts, stage_rank, stage_records

# Metadata too large to compare field by field; each has its own view.
_STRUCTURED = ("fusion_map", "passes")


@dataclass(frozen=True)
class RecordPair:
    stage: str
    a: StageRecord | None
    b: StageRecord | None

    @property
    def unit(self) -> str:
        """The kernel or graph the pair stands for, saying when it is in one capture only."""
        if self.a is None or self.b is None:
            return f"{(self.a or self.b).unit} (only in {'A' if self.a else 'B'})"
        return self.a.unit if self.a.unit == self.b.unit else f"{self.a.unit} ↔ {self.b.unit}"

    @property
    def label(self) -> str:
        return f"{self.stage}: {self.unit}"


def kernel_function(unit: str) -> str:
    """`scale_kernel[BLOCK=256]` -> `scale_kernel`: the kernel one specialization was compiled from."""
    return unit.split("[", 1)[0]


# An Inductor kernel's slot: its kind and its number in the output code. The ops between them,
# which name it, change with the torch version (`triton_per_fused__softmax_prepare_softmax_online_1`
# in torch 2.13, `triton_per_fused__softmax_exp_prepare_softmax_online_sub_1` in 2.11).
_INDUCTOR_SLOT = re.compile(r"^(triton_(?:poi|red|per|tem))_\w*?_(\d+)$")


def inductor_slot(unit: str) -> tuple[str, str] | None:
    """('triton_per', '1') for `triton_per_fused_..._1` (a graph's ` (graph 1 ...)` suffix aside)."""
    m = _INDUCTOR_SLOT.match(unit.split(" (", 1)[0])
    return (m.group(1), m.group(2)) if m else None


def pair_records(a: Capture, b: Capture, backend_a: str = CUDA, backend_b: str = CUDA) -> list[RecordPair]:
    """One pair per stage and unit. Units of the same name pair up; so do the only
    specializations of one kernel function on each side (`k[BLOCK=64]` and `k[BLOCK=128]`), and
    the only Inductor kernels of one slot (kind and number) on each side; any other unit is in one
    capture only. Pairing by position would set unrelated kernels against each other as if one
    had become the other."""
    stages = sorted(set(a.stages()) | set(b.stages()),
                    key=lambda s: (min(stage_rank(s, a.framework), stage_rank(s, b.framework)), s))
    pairs = []
    for stage in stages:
        ra, rb = stage_records(a, stage, backend_a), stage_records(b, stage, backend_b)
        by_unit_b = {r.unit: r for r in reversed(rb)}  # the first of a name
        matched = {id(x): by_unit_b[x.unit] for x in ra if x.unit in by_unit_b}
        rest_a = [x for x in ra if id(x) not in matched]
        units_a = {x.unit for x in ra}
        rest_b = [y for y in rb if y.unit not in units_a]
        for x in rest_a:
            same_a = [u for u in rest_a if kernel_function(u.unit) == kernel_function(x.unit)]
            same_b = [y for y in rest_b if kernel_function(y.unit) == kernel_function(x.unit)]
            if len(same_a) == len(same_b) == 1:
                matched[id(x)] = same_b[0]
                continue
            slot = inductor_slot(x.unit)
            if slot is None:
                continue
            same_a = [u for u in rest_a if id(u) not in matched and inductor_slot(u.unit) == slot]
            taken = {id(y) for y in matched.values()}
            same_b = [y for y in rest_b if inductor_slot(y.unit) == slot and id(y) not in taken]
            if len(same_a) == len(same_b) == 1:
                matched[id(x)] = same_b[0]
        paired_b = {id(y) for y in matched.values()}
        pairs += [RecordPair(stage, x, matched.get(id(x))) for x in ra]
        pairs += [RecordPair(stage, None, y) for y in rb if id(y) not in paired_b]
    return pairs


def _flat_metadata(metadata: dict) -> dict:
    flat = {}
    for key, value in metadata.items():
        if key in _STRUCTURED:
            continue
        if isinstance(value, dict):
            for sub, v in value.items():
                if isinstance(v, (str, int, float, bool)) or v is None:
                    flat[f"{key}.{sub}"] = v
        elif isinstance(value, (str, int, float, bool)) or value is None:
            flat[key] = value
    return flat


def metadata_changes(pairs: list[RecordPair]) -> list[dict]:
    """Rows (stage, unit, field, A, B) for every field that differs between paired records,
    including line counts and sizes; a record present on one side only is one row. File paths
    are compared by file name: a bundle keeps the absolute paths of the machine that made it.
    Fields that differ between any two machines or runs (the device's properties, compile phase
    times) come last, so the fields a change made come first."""
    rows = []
    for p in pairs:
        if p.a is None or p.b is None:
            rows.append({"stage": p.stage, "unit": (p.a or p.b).unit, "field": "present",
                         "A": "yes" if p.a else "no", "B": "yes" if p.b else "no"})
            continue
        fa, fb = _comparable_fields(p.a), _comparable_fields(p.b)
        for key in dict.fromkeys([*fa, *fb]):
            if fa.get(key) != fb.get(key):
                rows.append({"stage": p.stage, "unit": p.unit, "field": key,
                             "A": cell(fa.get(key)), "B": cell(fb.get(key))})
    return sorted(rows, key=lambda row: row["field"].startswith(MACHINE_FIELDS))  # stable: order kept within


# Metadata that tells two machines or two runs apart more than two builds.
MACHINE_FIELDS = ("device_properties.", "phase_times.")


# Metadata keys (or their last part, `environment.file`) whose value is a file or directory path.
_PATH_KEY_ENDINGS = ("file", "filename", "path", "dir")


def _comparable_fields(record: StageRecord) -> dict:
    fields = {"lines": record.line_count, "bytes": record.size, "error": record.error,
              **_flat_metadata(record.metadata)}
    return {key: short_source(value) if _is_path_field(key, value) else value for key, value in fields.items()}


def _is_path_field(key: str, value) -> bool:
    return isinstance(value, str) and ("/" in value or "\\" in value) and \
        key.rsplit(".", 1)[-1].lower().endswith(_PATH_KEY_ENDINGS)


def cell(value) -> str:
    return "—" if value is None else str(value)


def summary_rows(a: Capture, b: Capture, backend_a: str = CUDA, backend_b: str = CUDA) -> list[dict]:
    """Whole-capture facts next to each other: what was captured, how many kernels, how fused."""
    def facts(c: Capture, backend: str) -> dict:
        targets = {r.target for r in c.records if r.target}
        if backend == CUDA and targets - {"cpu"}:  # Dynamo's graphs are traced on the CPU either way
            targets -= {"cpu"}
        env = c.environment or {}
        out = {
            "framework": c.framework,
            "file": c.source_path.rsplit("/", 1)[-1],
            "compiled on": capture_gpu(env) or "no GPU",
            "made with": ", ".join(package_facts(env, c.framework)) or "—",
            "targets": ", ".join(sorted(targets)) or "—",
            "stages": len(c.stages()),
            "graphs and kernels with stages of their own": len(c.units()),
            "failures": len(c.failures()),
        }
        for stage in ("ptx", "xla_ptx", "inductor", "xla_llir"):
            records = stage_records(c, stage, backend)
            if records:
                out[f"{stage} units"] = len(records)
                out[f"{stage} lines"] = sum(r.line_count for r in records)
        for r in stage_records(c, "fusion", backend):
            fmap = r.metadata.get("fusion_map")
            if fmap:
                s = summarize(fmap)
                out["fusion: ops in"] = s["ops"]
                out["fusion: kernels out"] = s["kernels"]
                out["fusion: unfused ops"] = s["unfused"]
        return out

    fa, fb = facts(a, backend_a), facts(b, backend_b)
    return [{"what": k, "A": cell(fa.get(k)), "B": cell(fb.get(k)),
             "changed": "yes" if fa.get(k) != fb.get(k) else ""}
            for k in dict.fromkeys([*fa, *fb])]


def provenance_notes(a: Capture, b: Capture, backend_a: str = CUDA, backend_b: str = CUDA) -> list[str]:
    """What differs in how A and B were made, which every difference below carries along: the
    compiler versions, the GPU (autotuning runs only on one), CPU output set against GPU output."""
    notes = []
    env_a, env_b = a.environment or {}, b.environment or {}
    versions_a, versions_b = package_facts(env_a, a.framework), package_facts(env_b, b.framework)
    if a.framework == b.framework and versions_a != versions_b:
        notes.append(f"A and B were made with different compiler versions ({', '.join(versions_a)} against "
                     f"{', '.join(versions_b)}): part of every difference below is the versions', not the code's.")
    gpu_a, gpu_b = capture_gpu(env_a), capture_gpu(env_b)
    if gpu_a != gpu_b:
        def made(gpu):
            return f"on {gpu}" if gpu else "without a GPU (nothing autotuned)"
        notes.append(f"A was compiled {made(gpu_a)}, B {made(gpu_b)}.")
    cpu_a, cpu_b = (_is_cpu_output(c, backend) for c, backend in ((a, backend_a), (b, backend_b)))
    if cpu_a != cpu_b:
        notes.append(f"A's output is for the {'CPU' if cpu_a else 'GPU'} and B's for the {'CPU' if cpu_b else 'GPU'}: "
                     "everything below sets two different backends side by side.")
    return notes


def _is_cpu_output(c: Capture, backend: str) -> bool:
    offered = backends(c)  # the backend asked for, where the capture has it, else the one it has
    return (backend if backend in offered else offered[0]) == CPU


# Names a compiler hands out in order (registers, SSA values, labels, addresses) and location
# info: between two builds of one kernel they renumber wholesale and bury what changed.
_NUMBERING = {
    "ptx": [(re.compile(r"(%[a-z]+)\d+"), r"\1#"), (re.compile(r"\$L__(\w+?)\d+(_\d+)?"), r"$L__\1#")],
    "sass": [(re.compile(r"\b(U?R|U?P)\d+\b"), r"\1#"), (re.compile(r"/\*[0-9a-f]{4,}\*/"), "/*#*/")],
    "llvm": [(re.compile(r"%\d+"), "%#"), (re.compile(r",?\s*!dbg !\d+"), "")],
    "mlir": [(re.compile(r"%\d+"), "%#"), (re.compile(r"%arg\d+"), "%arg#")],
}


def without_numbering(text: str, language: str) -> str:
    """The text with register, value and label numbers replaced by '#' and location info left
    out, for a diff of what changed between two builds rather than how they were numbered."""
    if language == "mlir":
        text = without_locations(text)
    drop = LOCATION_LINES.get(language)
    lines = [line for line in text.splitlines() if drop is None or not drop.match(line)]
    out = "\n".join(lines)
    for pattern, replacement in _NUMBERING.get(language, []):
        out = pattern.sub(replacement, out)
    return out


def pair_diff(pair: RecordPair, ignore_numbering: bool = False) -> TextDiff:
    def text(r: StageRecord | None) -> str:
        if r is None:
            return ""
        if r.text is None:
            return f"[{r.error or 'binary stage'}]"
        return without_numbering(r.text, r.language) if ignore_numbering else r.text
    return unified_diff(text(pair.a), text(pair.b),
                        f"A {pair.a.unit if pair.a else '(none)'}", f"B {pair.b.unit if pair.b else '(none)'}")


# What a performance engineer compares between two builds of one kernel: (label, stage, metadata key).
# Registers, shared memory and spills are ptxas's numbers, kept on the cubin (and sass) records.
RESOURCES = (
    ("registers", "cubin", "registers"),
    ("shared memory (bytes)", "cubin", "shared"),
    ("spill stores (bytes)", "cubin", "spill_store_bytes"),
    ("spill loads (bytes)", "cubin", "spill_load_bytes"),
    ("stack frame (bytes)", "cubin", "stack_frame_bytes"),
    ("num_warps", "ttgir", "num_warps"),
    ("num_stages", "ttgir", "num_stages"),
    ("SASS instructions", "sass", "instructions"),
)


def kernel_resources(pairs: list[RecordPair]) -> list[dict]:
    """One row per kernel and resource that either side records: A, B and B − A. A kernel in
    one capture only has its figures on its own side and nothing to subtract."""
    by_unit: dict[str, dict[str, RecordPair]] = {}
    for p in pairs:
        if p.stage in ("cubin", "ttgir", "sass"):
            by_unit.setdefault(p.unit, {})[p.stage] = p
    kernels = [u for u, stages in by_unit.items() if "cubin" in stages or "ttgir" in stages]
    rows = []
    for name in kernels:
        for label, stage, key in RESOURCES:
            pair = by_unit[name].get(stage)
            va = pair.a.metadata.get(key) if pair and pair.a else None
            vb = pair.b.metadata.get(key) if pair and pair.b else None
            if va is None and vb is None:
                continue
            delta = vb - va if isinstance(va, (int, float)) and isinstance(vb, (int, float)) else None
            rows.append({"kernel": name, "resource": label, "A": cell(va), "B": cell(vb),
                         "B − A": "" if not delta else f"{delta:+g}"})
    return rows


def any_kernel_paired(pairs: list[RecordPair]) -> bool:
    """Whether some kernel of A has a namesake in B, so kernel_resources sets figures side by side."""
    return any(p.a is not None and p.b is not None for p in pairs if p.stage in ("cubin", "ttgir"))


def short_op(op: str) -> str:
    """`aten.mm.default` -> `mm`, `aten.add.Tensor` -> `add`: the op as a person names it."""
    parts = op.split(".")
    if parts[0] in ("aten", "prims", "torch") and len(parts) > 1:
        return parts[1]
    return op


def short_source(source: str) -> str:
    """`/long/path/model.py:19` -> `model.py:19`: a file as named on any machine."""
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def fusion_kernels_of(fmap: dict) -> list[dict]:
    """The kernels of one fusion map in order: name, kind, node count, the distinct ops in it and
    the user's source lines (base names)."""
    out = []
    tiled = any(k.get("tiling") for k in fmap.get("kernels", []))
    noted = any(k.get("note") for k in fmap.get("kernels", []))
    framed = any(k.get("inside") for k in fmap.get("kernels", []))
    for k in fmap.get("kernels", []):
        ops = list(dict.fromkeys(short_op(o) for o in k.get("ops", [])))
        row = {"kernel": k["name"], "kind": kind_label(k), "nodes": len(k.get("nodes", [])), "ops": ", ".join(ops),
               "source lines": ", ".join(dict.fromkeys(short_source(s) for s in k.get("sources", [])))}
        if tiled:  # XLA's launch of the fusions it generates through Triton
            row["tiling"] = k.get("tiling") or ""
        if framed:  # a loop's body or condition, a branch: it runs when its control-flow op says
            row["runs inside"] = k.get("inside") or ""
        if noted:  # where a kernel came from, when its lines alone would mislead
            row["note"] = k.get("note") or ""
        out.append(row)
    return out


def fusion_kernels(capture: Capture, backend: str = CUDA) -> list[dict]:
    """fusion_kernels_of for every `fusion` record of a capture and backend, in order."""
    return [row for r in stage_records(capture, "fusion", backend)
            for row in fusion_kernels_of(r.metadata.get("fusion_map") or {})]


def kernel_origin(capture: Capture, unit: str | None, backend: str = CUDA) -> str | None:
    """One line on where a generated kernel came from, from the fusion map: its kind, the ops fused
    into it and the user's lines ("pointwise, 6 FX nodes: addmm, mul, erf, add from torch_mlp.py:19");
    None for a unit that is no kernel of the map (a graph, a hand-written Triton kernel)."""
    name = unit_kernel(unit or "")
    row = next((k for k in fusion_kernels(capture, backend) if kernel_symbol(k["kernel"]) == kernel_symbol(name)),
               None)
    if row is None:
        return None
    where = f" from {row['source lines']}" if row["source lines"] else ""
    return f"{row['kind']}, {row['nodes']} node{'s' * (row['nodes'] != 1)}: {row['ops']}{where}"


def kernels_from_line(capture: Capture, loc: SourceLoc, units: list[str], backend: str = CUDA) -> list[str]:
    """The units among `units` (those the side-by-side view offers) that are kernels the fusion map
    says a source line went into, in the map's order: where to go from a line of the user's model
    to the kernel that runs it. A kernel's own stages map to its generated file, not to the model."""
    by_symbol = {kernel_symbol(unit_kernel(u)): u for u in units}
    found = []
    for r in stage_records(capture, "fusion", backend):
        for k in (r.metadata.get("fusion_map") or {}).get("kernels", []):
            from_line = any(_names_line(source, loc) for source in k.get("sources", []))
            unit = by_symbol.get(kernel_symbol(k["name"]))
            if from_line and unit is not None:
                found.append(unit)
    return list(dict.fromkeys(found))


def _names_line(source: str, loc: SourceLoc) -> bool:
    """A fusion map's "file:line" names the line (the file by its base name: a bundle opened
    elsewhere keeps the capturing machine's paths)."""
    file, _, line = source.rpartition(":")
    return line == str(loc.line) and same_file(file, loc.file)


def fusion_side_by_side(a: Capture, b: Capture, backend_a: str = CUDA, backend_b: str = CUDA) -> list[dict]:
    """The kernels (torch) or fusions (XLA) of two captures next to each other, in each
    compiler's order: one computation through torch.compile and through XLA, kernel by kernel."""
    ka, kb = fusion_kernels(a, backend_a), fusion_kernels(b, backend_b)
    rows = []
    for i in range(max(len(ka), len(kb))):
        x = ka[i] if i < len(ka) else {}
        y = kb[i] if i < len(kb) else {}
        rows.append({"#": i + 1, "A kernel": x.get("kernel", ""), "A kind": x.get("kind", ""),
                     "A ops": x.get("ops", ""), "A lines": x.get("source lines", ""),
                     "B kernel": y.get("kernel", ""), "B kind": y.get("kind", ""),
                     "B ops": y.get("ops", ""), "B lines": y.get("source lines", "")})
    return rows


def fusion_summary(capture: Capture, backend: str = CUDA) -> dict:
    """Kernels by kind and the unfused ops of a capture's fusion maps (empty without one)."""
    kinds: dict[str, int] = {}
    ops = unfused = 0
    found = False
    for r in stage_records(capture, "fusion", backend):
        fmap = r.metadata.get("fusion_map")
        if not fmap:
            continue
        found = True
        s = summarize(fmap)
        ops += s["ops"]
        unfused += s["unfused"]
        for k in fmap["kernels"]:
            kinds[k.get("kind") or "?"] = kinds.get(k.get("kind") or "?", 0) + 1
    if not found:
        return {}
    return {"kernels": sum(kinds.values()), "by kind": ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())),
            "ops in the graph": ops, "ops in no kernel": unfused}


def first_changed_pair(pairs: list[RecordPair]) -> RecordPair | None:
    """The pair a diff should open on: machine code first (what a target changes), then any
    text stage that differs."""
    def differs(p: RecordPair) -> bool:
        return bool(p.a and p.b and p.a.text is not None and p.b.text is not None and p.a.text != p.b.text)
    for stage in ("ptx", "sass", "hlo_opt", "inductor", "ttgir", "llir", "ttir"):
        for p in pairs:
            if p.stage == stage and differs(p):
                return p
    return next((p for p in pairs if differs(p)), None)
