"""The fusion map (irlens.fusion's shape) of an optimized XLA HLO module: each fusion is a
kernel holding the ops of its fused computation; other ops that do work stay their own kernel."""
from __future__ import annotations

import json

from irlens.parsers.hlo import HloComputation, HloInstruction, HloModuleText, instruction_source, trip_count

# Values that only route data: never a node or a kernel.
_PLUMBING = {"parameter", "constant", "tuple", "get-tuple-element", "bitcast", "after-all",
             "add-dependency", "opt-barrier", "partition-id", "replica-id", "iota"}
# Control flow: drawn as a node of its own; the work happens in the computations it runs.
_CONTROL = {"while": ("body", "condition"), "conditional": ("branch_computations", "true_computation",
                                                           "false_computation"),
            "call": ("to_apply",), "async-start": ("calls",)}
# What each called computation is to its control-flow op, as the drawing names it.
_ROLES = {"body": "body", "condition": "condition", "branch_computations": "branch",
          "true_computation": "true branch", "false_computation": "false branch", "to_apply": "called",
          "calls": "called"}
# Ops XLA hands to a library or runtime routine rather than emitting a kernel for.
_EXTERN = {"custom-call", "dot", "convolution", "fft", "triangular-solve", "cholesky", "all-reduce",
           "all-gather", "reduce-scatter", "all-to-all", "collective-permute", "send", "recv", "infeed",
           "outfeed", "rng-bit-generator"}


class _Builder:
    def __init__(self, module: HloModuleText, prefer_file: str | None):
        self.module = module
        self.prefer_file = prefer_file
        self.kernels: list[dict] = []
        self.nodes: dict[str, dict] = {}
        self.edges: set[tuple[str, str]] = set()

    def source(self, instr: HloInstruction) -> str | None:
        loc = instruction_source(instr, self.module.frames, self.prefer_file)
        return str(loc) if loc else None

    def add_node(self, instr: HloInstruction, kernel: str | None) -> None:
        self.nodes[instr.name] = {"op": instr.opcode, "kernel": kernel, "source": self.source(instr)}

    def value_nodes(self, comp: HloComputation, name: str, outer: list[tuple[HloComputation, HloInstruction]],
                    depth: int = 0) -> list[str]:
        """The node(s) that produce the value `name` of `comp`, looking through plumbing, fusion
        boundaries (a fused parameter is the fusion's operand) and multi-output tuples."""
        if depth > 64:
            return []
        instr = next((i for i in comp.instructions if i.name == name), None)
        if instr is None:
            return []
        if instr.name in self.nodes:
            return [instr.name]
        if instr.opcode == "fusion":
            fused = self.module.computations.get((instr.called("calls") or [""])[0])
            if fused and fused.root:
                return self.value_nodes(fused, fused.root.name, outer + [(comp, instr)], depth + 1)
            return []
        if instr.opcode == "parameter" and outer and instr.operands and instr.operands[0].isdigit():
            parent, fusion = outer[-1]
            index = int(instr.operands[0])
            if index < len(fusion.operands):
                return self.value_nodes(parent, fusion.operands[index], outer[:-1], depth + 1)
            return []
        if instr.opcode in ("tuple", "get-tuple-element", "bitcast", "add-dependency", "opt-barrier"):
            if instr.opcode == "get-tuple-element" and instr.operands:
                index = instr.attributes.get("index", "")
                producer = next((i for i in comp.instructions if i.name == instr.operands[0]), None)
                if producer is not None and producer.opcode == "tuple" and index.isdigit():
                    picked = producer.operands[int(index)] if int(index) < len(producer.operands) else None
                    return self.value_nodes(comp, picked, outer, depth + 1) if picked else []
            return [n for op in instr.operands for n in self.value_nodes(comp, op, outer, depth + 1)]
        return []

    def walk_fusion(self, comp: HloComputation, fusion: HloInstruction, fused: HloComputation,
                    kernel: str, outer: list) -> list[str]:
        members = []
        for instr in fused.instructions:
            if instr.opcode in _PLUMBING:
                continue
            if instr.opcode == "fusion":  # a nested fusion belongs to the same kernel
                inner = self.module.computations.get((instr.called("calls") or [""])[0])
                if inner:
                    members += self.walk_fusion(fused, instr, inner, kernel, outer + [(comp, fusion)])
                continue
            self.add_node(instr, kernel)
            members.append(instr.name)
        for instr in fused.instructions:
            if instr.name in self.nodes:
                for op in instr.operands:
                    for producer in self.value_nodes(fused, op, outer + [(comp, fusion)]):
                        self.edges.add((producer, instr.name))
        return members

    def walk(self, comp: HloComputation, seen: set[str]) -> None:
        """Kernels of a computation that runs on its own: the entry, a loop body, a branch."""
        if comp.name in seen:
            return
        seen.add(comp.name)
        for instr in comp.instructions:
            if instr.opcode == "fusion":
                fused = self.module.computations.get((instr.called("calls") or [""])[0])
                kernel = {"name": instr.name, "kind": instr.attributes.get("kind", "fusion"),
                          "nodes": [], "ops": [], "sources": []}
                config, tiling = fusion_config_kind(instr), fusion_tiling(instr)
                if config:
                    kernel["config"] = config
                if tiling:
                    kernel["tiling"] = tiling
                self.kernels.append(kernel)
                kernel["nodes"] = self.walk_fusion(comp, instr, fused, instr.name, []) if fused else []
                if not kernel["nodes"]:  # a fusion of plumbing only: the fusion itself is the op
                    self.add_node(instr, instr.name)
                    kernel["nodes"] = [instr.name]
            elif instr.opcode in _CONTROL:
                self.add_node(instr, None)
                runs: dict[str, list[str]] = {}
                for key in _CONTROL[instr.opcode]:
                    for called in instr.called(key):
                        if called in self.module.computations:
                            first = len(self.kernels)
                            self.walk(self.module.computations[called], seen)
                            role = _ROLES.get(key, key)
                            for kernel in self.kernels[first:]:
                                kernel.setdefault("inside", f"{instr.name} ({role})")  # the innermost frame
                                runs.setdefault(role, []).append(kernel["name"])
                self.nodes[instr.name]["runs"] = runs
                trips = trip_count(instr)
                if trips is not None:
                    self.nodes[instr.name]["trip_count"] = trips
            elif instr.opcode not in _PLUMBING:
                kind = "extern" if instr.opcode in _EXTERN else instr.opcode
                kernel = {"name": instr.name, "kind": kind, "nodes": [instr.name], "ops": [instr.opcode],
                          "sources": []}
                if instr.opcode == "custom-call" and "custom_call_target" in instr.attributes:
                    kernel["target"] = instr.attributes["custom_call_target"].strip('"')
                self.kernels.append(kernel)
                self.add_node(instr, instr.name)
        for instr in comp.instructions:
            if instr.name in self.nodes and self.nodes[instr.name]["kernel"] in (None, instr.name):
                for op in instr.operands:
                    for producer in self.value_nodes(comp, op, []):
                        self.edges.add((producer, instr.name))
            elif instr.opcode == "fusion":
                pass  # edges into a fusion were drawn to the ops inside it

    def finish(self) -> dict:
        for kernel in self.kernels:
            ops, sources = [], []
            for node in kernel["nodes"]:
                info = self.nodes[node]
                if info["op"] not in ops:
                    ops.append(info["op"])
                if info["source"] and info["source"] not in sources:
                    sources.append(info["source"])
            kernel["ops"], kernel["sources"] = ops, sources
        return {"framework": "jax", "kernels": self.kernels, "nodes": self.nodes,
                "edges": sorted([a, b] for a, b in self.edges if a != b), "unfused": []}


def _fusion_section(instr: HloInstruction) -> dict:
    """The fusion part of an instruction's backend_config: `fusion_config` on the CPU,
    `fusion_backend_config` on a GPU; {} without one."""
    try:
        parsed = json.loads(instr.attributes.get("backend_config", ""))
    except ValueError:
        return {}
    for key in ("fusion_config", "fusion_backend_config"):
        section = parsed.get(key) if isinstance(parsed, dict) else None
        if isinstance(section, dict):
            return section
    return {}


def fusion_config_kind(instr: HloInstruction) -> str | None:
    """XLA's backend_config fusion kind, when it names one: __ynn_fusion on the CPU (a YNNPACK
    library call), __triton_nested_gemm_fusion or __triton on a GPU (code XLA generates through
    Triton)."""
    kind = _fusion_section(instr).get("kind")
    return kind if isinstance(kind, str) and kind else None


def through_triton(config_kind: str | None) -> bool:
    """Whether a fusion's backend kind (fusion_config_kind) is one XLA compiles through Triton
    (__triton, __triton_nested_gemm_fusion, ...) rather than with its own emitters or a library."""
    return bool(config_kind) and config_kind.startswith("__triton")


def fusion_tiling(instr: HloInstruction) -> str | None:
    """How XLA launches a fusion it generates through Triton, as its autotuner or cost model chose:
    'tiles 1x64x32, 4 warps, 1 stage' from block_level_fusion_config; None without one."""
    config = _fusion_section(instr).get("block_level_fusion_config")
    if not isinstance(config, dict):
        return None
    parts = []
    tiles = ["x".join(str(s) for s in tile.get("sizes", [])) for tile in config.get("output_tiles") or []
             if isinstance(tile, dict)]
    if any(tiles):
        parts.append("tiles " + ", ".join(t for t in tiles if t))
    for key, noun in (("num_warps", "warp"), ("num_stages", "stage"), ("num_ctas", "CTA")):
        try:
            n = int(config.get(key) or 0)
        except (TypeError, ValueError):
            continue
        if n:
            parts.append(f"{n} {noun}{'s' * (n != 1)}")
    return ", ".join(parts) or None


def fusion_map(module: HloModuleText, prefer_file: str | None = None) -> dict:
    """The fusion map of an optimized module, starting from its entry computation."""
    builder = _Builder(module, prefer_file)
    if module.entry:
        builder.walk(module.entry, set())
    return builder.finish()
