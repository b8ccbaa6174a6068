"""Two captures side by side: the same kernel for two targets or block sizes, or one computation
through torch.compile and JAX. Records are paired by stage and unit, and what changed is listed:
metadata (registers, shared memory, ...), line counts, kernel counts, fusion summaries."""
from __future__ import annotations

from dataclasses import dataclass

from irlens.fusion import summarize
from irlens.record import Capture, StageRecord
from irlens.views.diff_html import TextDiff, unified_diff
from irlens.views.pipeline import CUDA, stage_rank, stage_records

# Metadata too large to compare field by field; each has its own view.
_STRUCTURED = ("fusion_map", "passes")


@dataclass(frozen=True)
class RecordPair:
    stage: str
    a: StageRecord | None
    b: StageRecord | None

    @property
    def label(self) -> str:
        ua, ub = (self.a.unit if self.a else "—"), (self.b.unit if self.b else "—")
        return f"{self.stage}: {ua}" if ua == ub else f"{self.stage}: {ua} ↔ {ub}"


def pair_records(a: Capture, b: Capture, backend_a: str = CUDA, backend_b: str = CUDA) -> list[RecordPair]:
    """One pair per stage and unit. Units of the same name pair up; the rest pair in capture
    order (a kernel renamed by a new block size is still the same kernel)."""
    stages = sorted(set(a.stages()) | set(b.stages()),
                    key=lambda s: (min(stage_rank(s, a.framework), stage_rank(s, b.framework)), s))
    pairs = []
    for stage in stages:
        ra, rb = stage_records(a, stage, backend_a), stage_records(b, stage, backend_b)
        names_b = {r.unit for r in rb}
        same = [(x, next(y for y in rb if y.unit == x.unit)) for x in ra if x.unit in names_b]
        paired_b = {id(y) for _, y in same}
        rest_a = [x for x in ra if x.unit not in names_b]
        rest_b = [y for y in rb if id(y) not in paired_b]
        for x, y in same:
            pairs.append(RecordPair(stage, x, y))
        for i in range(max(len(rest_a), len(rest_b))):
            pairs.append(RecordPair(stage, rest_a[i] if i < len(rest_a) else None,
                                    rest_b[i] if i < len(rest_b) else None))
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
    including line counts and sizes; a record present on one side only is one row."""
    rows = []
    for p in pairs:
        if p.a is None or p.b is None:
            rows.append({"stage": p.stage, "unit": (p.a or p.b).unit, "field": "present",
                         "A": "yes" if p.a else "no", "B": "yes" if p.b else "no"})
            continue
        fa = {"lines": p.a.line_count, "bytes": p.a.size, "error": p.a.error, **_flat_metadata(p.a.metadata)}
        fb = {"lines": p.b.line_count, "bytes": p.b.size, "error": p.b.error, **_flat_metadata(p.b.metadata)}
        for key in dict.fromkeys([*fa, *fb]):
            if fa.get(key) != fb.get(key):
                rows.append({"stage": p.stage, "unit": p.label.split(": ", 1)[1], "field": key,
                             "A": _cell(fa.get(key)), "B": _cell(fb.get(key))})
    return rows


def _cell(value) -> str:
    return "—" if value is None else str(value)


def summary_rows(a: Capture, b: Capture, backend_a: str = CUDA, backend_b: str = CUDA) -> list[dict]:
    """Whole-capture facts next to each other: what was captured, how many kernels, how fused."""
    def facts(c: Capture, backend: str) -> dict:
        out = {
            "framework": c.framework,
            "file": c.source_path.rsplit("/", 1)[-1],
            "targets": ", ".join(sorted({r.target for r in c.records if r.target})) or "—",
            "stages": len(c.stages()),
            "kernels / graphs": len(c.units()),
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
    return [{"what": k, "A": _cell(fa.get(k)), "B": _cell(fb.get(k)),
             "changed": "yes" if fa.get(k) != fb.get(k) else ""}
            for k in dict.fromkeys([*fa, *fb])]


def pair_diff(pair: RecordPair) -> TextDiff:
    def text(r: StageRecord | None) -> str:
        if r is None:
            return ""
        if r.text is None:
            return f"[{r.error or 'binary stage'}]"
        return r.text
    return unified_diff(text(pair.a), text(pair.b),
                        f"A {pair.a.unit if pair.a else '(none)'}", f"B {pair.b.unit if pair.b else '(none)'}")
