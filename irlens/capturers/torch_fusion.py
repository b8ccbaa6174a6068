"""Inductor's fusion map: which post-grad FX nodes (ATen ops) went into which generated kernel,
from Inductor's provenance records, else from the comments it writes in its output code."""
from __future__ import annotations

import re
from pathlib import Path

from irlens.parsers.fx import parse_fx_graph
from irlens.record import SourceLoc, same_source_file

_FRAME = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+)')
_HANDLES = re.compile(r"#\s*\[Provenance debug handles\]\s*(?P<names>.+)$")
_SOURCE_NODES = re.compile(r"# Topologically Sorted Source Nodes: \[(?P<nodes>[^\]]*)\], "
                           r"Original ATen: \[(?P<aten>[^\]]*)\]")
# Without provenance records, Inductor names a kernel's nodes only in comments above Triton kernels
# and library calls: a C++ kernel's nodes are not named anywhere (a TORCH_TRACE of a CPU run).
NOT_ATTRIBUTED = ("Inductor's records for this graph do not name which kernel it went into (no provenance "
                  "records, and C++ kernels carry no source-node comments)")
_KERNEL_DEF = re.compile(r"^(?P<name>[A-Za-z_]\w*) = async_compile\.\w+\(")
_CALL = re.compile(r"^\s*(?P<name>[A-Za-z_][\w.]*)\(")
_VIEW_OPS = {"view", "_unsafe_view", "reshape", "permute", "t", "transpose", "expand", "squeeze",
             "unsqueeze", "slice", "select", "as_strided", "alias", "reinterpret_tensor",
             "split", "split_with_sizes", "unbind", "narrow", "view_as", "detach"}
_KIND_PREFIXES = (("extern_kernels.", "extern"), ("triton_poi_", "pointwise"), ("triton_red_", "reduction"),
                  ("triton_per_", "persistent_reduction"), ("triton_tem_", "template"),
                  ("triton_for_", "foreach"), ("cpp_", "cpp"), ("aten.", "extern"),
                  ("torch.ops.", "extern"), ("triton_", "triton"))


def kernel_kind(name: str) -> str:
    """pointwise / reduction / persistent_reduction / template (Triton), cpp (C++ kernel),
    extern (a library call: cuBLAS, mkldnn, aten fallbacks), from Inductor's naming."""
    for prefix, kind in _KIND_PREFIXES:
        if name.startswith(prefix):
            return kind
    return "other"


def parse_fx_nodes(text: str) -> dict[str, dict]:
    """{name: {"op", "uses" (earlier nodes read), "source"}} for each computed node of a printed
    FX graph (its inputs and output left out)."""
    return {n.name: {"op": n.op, "uses": list(n.uses), "source": n.source}
            for n in parse_fx_graph(text) if n.kind not in ("input", "output")}


def _frames(stack_traces: list[str]) -> list[SourceLoc]:
    found = []
    for trace in stack_traces:
        found.extend(SourceLoc(m["file"], int(m["line"])) for m in _FRAME.finditer(trace))
    return found


_LIBRARY_PARTS = ("/site-packages/", "/dist-packages/", "/lib/python3")
_IRLENS_PACKAGE = str(Path(__file__).resolve().parents[1]).replace("\\", "/") + "/"


def is_users_code(file: str) -> bool:
    """A frame of the user's own code, though not of the model file (a helper module beside it):
    not torch, an installed package or the standard library, nor a generated `<...>` file."""
    path = file.replace("\\", "/")
    return not path.startswith("<") and not any(part in path for part in _LIBRARY_PARTS) \
        and not path.startswith(_IRLENS_PACKAGE)


def user_lines(stack_traces: list[str], source_file: str | None) -> list[SourceLoc]:
    """The first frame of the user's file in each of a kernel's recorded stack traces (one per node
    fused into it), each line once, in order: every line of the user's that went into the kernel."""
    found = [next((loc for loc in _frames([trace]) if source_file is None or same_source_file(loc.file, source_file)),
                  None) for trace in stack_traces]
    return list(dict.fromkeys(loc for loc in found if loc is not None))


def _short(handle: str) -> str:
    return handle.rsplit(":", 1)[0] if re.search(r":\d+$", handle) else handle


def _handles_in(output_code: str) -> list[str]:
    handles: list[str] = []
    for line in output_code.splitlines():
        m = _HANDLES.search(line)
        if m:
            handles.extend(h.strip() for h in m["names"].split(",") if h.strip())
    return handles


def _kernels_from_comments(output_code: str, node_names: set[str]) -> dict[str, list[str]]:
    """{kernel or debug handle: nodes} from `Topologically Sorted Source Nodes` comments, which
    Inductor writes above Triton kernel definitions and extern calls (not above C++ kernels)."""
    kernels: dict[str, list[str]] = {}
    lines = output_code.splitlines()
    for i, line in enumerate(lines):
        m = _SOURCE_NODES.search(line)
        if not m:
            continue
        key = None
        for follow in lines[i + 1:i + 40]:
            stripped = follow.strip()
            handle = _HANDLES.search(stripped)
            if handle:  # the debug handle names this very call, even for repeated extern calls
                key = handle["names"].split(",")[0].strip()
                break
            if not stripped or stripped.startswith("#"):
                continue
            k = _KERNEL_DEF.match(stripped) or _CALL.match(stripped)
            key = k["name"] if k else None
            break
        if key:
            members = kernels.setdefault(key, [])
            members.extend(n.strip() for n in m["nodes"].split(",")
                           if n.strip() in node_names and n.strip() not in members)
    return kernels


def _kernels_in_code(output_code: str) -> list[str]:
    names = []
    for line in output_code.splitlines():
        m = _KERNEL_DEF.match(line)
        if m:
            names.append(m["name"])
        else:
            c = re.match(r"^\s+(extern_kernels\.\w+)\(", line)
            if c:
                names.append(c[1])
    return names


def build_fusion_map(post_grad: str, output_code: str, node_mappings: dict | None,
                     stack_traces: dict | None, source_file: str | None) -> tuple[dict, str]:
    """(fusion map in irlens.fusion's shape, which record gave the kernel->node mapping:
    "provenance", "comments" or "kernel names only")."""
    nodes = parse_fx_nodes(post_grad)
    handles = _handles_in(output_code)
    traces = dict(stack_traces or {})
    if handles:  # torch accumulates backward-compile stack traces across graphs: keep this graph's
        traces = {h: t for h, t in traces.items() if h in handles}
    mapping = (node_mappings or {}).get("cppCodeToPost") or {}
    if handles:
        mapping = {h: v for h, v in mapping.items() if h in handles}
    if mapping:
        how, by_handle = "provenance", {h: [n for n in v if n in nodes] for h, v in mapping.items()}
        for h in handles:
            by_handle.setdefault(h, [])
    else:
        from_comments = _kernels_from_comments(output_code, set(nodes))
        how = "comments" if any(from_comments.values()) else "kernel names only"
        order = handles or list(dict.fromkeys(_kernels_in_code(output_code)))
        by_handle = {h: from_comments.get(h) or from_comments.get(_short(h), []) for h in order}
        for key, members in from_comments.items():
            if key not in by_handle and not any(_short(h) == key for h in by_handle):
                by_handle[key] = members

    helping = _helping_library_calls(by_handle, nodes)
    fills = _fill_kernels(output_code)
    by_handle = _one_kernel_per_computed_node(by_handle, nodes)
    by_handle, finishes = _split_reductions(by_handle, output_code, nodes)
    shorts = [_short(h) for h in by_handle]
    kernels, node_kernel = [], {}
    for handle, members in by_handle.items():
        name = _short(handle) if shorts.count(_short(handle)) == 1 else handle
        # a split reduction's second kernel inherits the first's stack traces: its reductions' own lines
        frames = [] if handle in finishes else _frames(traces.get(handle, []))
        sources = [f"{loc.file}:{loc.line}" for loc in frames
                   if source_file is None or same_source_file(loc.file, source_file) or is_users_code(loc.file)]
        if not sources:
            sources = [nodes[n]["source"] for n in members if nodes[n]["source"]]
        kernels.append({"name": name, "kind": kernel_kind(name), "nodes": list(members),
                        "ops": list(dict.fromkeys(nodes[n]["op"] for n in members)),
                        "sources": list(dict.fromkeys(sources))})
        if _short(handle) in fills and any(_base_op(nodes[n]["op"]) not in _FILL_OPS for n in members):
            kernels[-1]["note"] = (
                "loads nothing: it fills a buffer (tl.full, a store) that a later kernel accumulates into; "
                "Inductor's records name for it the ops of that buffer, which the other kernel computes")
        if helping.get(handle):
            kernels[-1]["helps"] = helping[handle]
            kernels[-1]["note"] = (
                f"Inductor's records also name {', '.join(helping[handle])} for this kernel, an op a library "
                "call computes: the kernel prepares the call's inputs (a layout copy) or finishes its output "
                "(such as adding a bias the call was given none of)")
        if handle in finishes:
            first, partials = finishes[handle]
            kernels[-1].update(split_of=_short(first), note=(
                f"finishes the reduction {_short(first)} began: Inductor split it in two kernels, the first "
                f"writing partial results ({partials}) that this one reduces"))
        for n in members:
            node_kernel.setdefault(n, name)
    fmap_nodes = {n: {"op": info["op"], "kernel": node_kernel.get(n), "source": info["source"]}
                  for n, info in nodes.items()}
    edges = [[u, n] for n, info in nodes.items() for u in dict.fromkeys(info["uses"]) if u in nodes and u != n]
    unfused = _unfused(kernels, fmap_nodes, how, {n: info["uses"] for n, info in nodes.items()})
    fmap = {"framework": "torch", "kernels": kernels, "nodes": fmap_nodes, "edges": edges,
            "unfused": [u for u in unfused if u["reason"] != NOT_ATTRIBUTED]}
    unattributed = [u["node"] for u in unfused if u["reason"] == NOT_ATTRIBUTED]
    if unattributed:
        fmap.update(unattributed=unattributed, unattributed_reason=NOT_ATTRIBUTED)
    return fmap, how


ATTENTION_PATTERN_NOTE = ("Inductor's attention pattern (post-grad fuse_attention) put this call in place of "
                          "attention written out (matmul, softmax, matmul); the call has no source line of its "
                          "own: any line given is one of its inputs'")


def _attention_pattern_matches() -> int:
    """How often Inductor's attention pattern has replaced attention written out by
    scaled_dot_product_attention in this process (its own counter, torch 2.11-2.13)."""
    try:
        from torch._dynamo.utils import counters

        return int(counters["inductor"]["fuse_attention"])
    except (ImportError, KeyError, TypeError, ValueError):
        return 0


class AttentionPatternWatch:
    """`with AttentionPatternWatch() as attention:` around a compile; `attention.matched` after it
    says whether Inductor's attention pattern matched in it."""

    def __enter__(self) -> "AttentionPatternWatch":
        self._before, self.matched = _attention_pattern_matches(), False
        return self

    def __exit__(self, *exc) -> None:
        self.matched = _attention_pattern_matches() > self._before


def note_pattern_attention(fmap: dict) -> None:
    """Mark each library call of scaled_dot_product_attention whose node has no source line: when
    Inductor's attention pattern matched in the compile, the pattern put it there (torch 2.13
    records neither a stack trace nor a pre-grad origin for the node it adds)."""
    for kernel in fmap.get("kernels", []):
        own = [n for n in kernel["nodes"] if "scaled_dot_product" in fmap["nodes"][n]["op"]]
        if own and not any(fmap["nodes"][n].get("source") for n in own):
            kernel["note"] = ATTENTION_PATTERN_NOTE


_LAUNCH = re.compile(r"^\s*(?P<name>triton_\w+)\.run\((?P<args>[^)]*)\)")
_REDUCTIONS = {"sum", "mean", "amax", "amin", "max", "min", "prod", "var", "var_mean", "std", "argmax", "argmin",
               "any", "all", "logsumexp", "prepare_softmax_online"}
_REDUCTION_KINDS = ("reduction", "persistent_reduction")


def _split_reductions(by_handle: dict[str, list[str]], output_code: str,
                      nodes: dict) -> tuple[dict[str, list[str]], dict[str, tuple[str, str]]]:
    """Inductor splits a large reduction in two kernels (or three): the first computes everything
    fused into it and writes partial results, the next only reduces those; its records give the
    later kernels the same nodes. Such a later kernel (a reduction reading a buffer whose first
    user was an earlier reduction kernel, the partial results, with no node that kernel lacks)
    keeps only the reductions: (nodes by handle, {later handle: (earlier handle, that buffer)})."""
    launches = [(m["name"], [a.strip() for a in m["args"].split(",") if re.fullmatch(r"buf\d+", a.strip())])
                for m in map(_LAUNCH.match, output_code.splitlines()) if m]
    first_user: dict[str, int] = {}  # the buffer's writer, as Inductor allocates it just before
    for i, (_, bufs) in enumerate(launches):
        for buf in bufs:
            first_user.setdefault(buf, i)
    handle_of = {_short(h): h for h in by_handle}
    out, finishes = dict(by_handle), {}
    for i, (second, second_bufs) in enumerate(launches):
        b = handle_of.get(second)
        if b is None or kernel_kind(second) not in _REDUCTION_KINDS:
            continue
        for buf in second_bufs:
            first = launches[first_user[buf]][0]
            a = handle_of.get(first)
            if first_user[buf] >= i or a is None or kernel_kind(first) not in _REDUCTION_KINDS:
                continue
            reduced = [n for n in out[b] if _base_op(nodes[n]["op"]) in _REDUCTIONS]
            if reduced and set(out[b]) <= set(out[a]):
                out[b] = reduced
                finishes[b] = (a, buf)
                break
    return out, finishes


def _base_op(op: str) -> str:
    """aten.sum.dim_IntList -> sum, prims.prepare_softmax_online.default -> prepare_softmax_online."""
    parts = op.split(".")
    return parts[1] if len(parts) >= 3 else parts[-1]


def library_callee(extern: str) -> str:
    """The aten op a library call runs: extern_kernels.addmm -> addmm,
    torch.ops.aten._scaled_dot_product_flash_attention_for_cpu.default -> _scaled_dot_..."""
    parts = _short(extern).split(".")
    if parts[:2] == ["torch", "ops"]:
        parts = parts[3:4]  # torch.ops.aten.<op>.<overload>
    return parts[-1] if parts else ""


def _op_name(op: str) -> str:
    return op.split(".")[1] if op.startswith("aten.") and op.count(".") >= 1 else op.split(".")[-1]


# Ops that only fill a buffer: a fill kernel credited with these alone computes what it is credited with.
_FILL_OPS = ("full", "zeros", "ones", "fill", "fill_", "zero", "zero_", "empty", "new_zeros", "full_like",
             "zeros_like", "scalar_tensor")


def _fill_kernels(output_code: str) -> set[str]:
    """The Triton kernels of the output code that load nothing and store a constant: the zero-fill
    of a buffer an index_put or scatter then accumulates into (Inductor's records give it the
    accumulation's ops)."""
    from irlens.capturers.torch_cuda import kernel_sources

    try:
        sources = kernel_sources(output_code)
    except SyntaxError:
        return set()
    return {name for name, source in sources
            if "tl.load(" not in source and "tl.store(" in source and "tl.full(" in source}


def _helping_library_calls(by_handle: dict[str, list[str]], nodes: dict) -> dict[str, list[str]]:
    """Generated kernel -> the nodes it shares with a library call that computes them (a convolution
    whose bias Inductor adds in a Triton kernel after calling it with bias=None, the copies that
    put its input in the layout it wants): _one_kernel_per_computed_node leaves those nodes to the
    call, and the kernel says what it did for it."""
    computed_by_call = {n for h, members in by_handle.items() if kernel_kind(_short(h)) == "extern"
                        for n in members if _op_name(nodes[n]["op"]) == library_callee(h)}
    return {h: [n for n in members if n in computed_by_call]
            for h, members in by_handle.items()
            if kernel_kind(_short(h)) != "extern" and any(n in computed_by_call for n in members)}


def _one_kernel_per_computed_node(by_handle: dict[str, list[str]], nodes: dict) -> dict[str, list[str]]:
    """Inductor's provenance may give a library call and the generated kernel that prepares its
    inputs the same nodes (on the CPU, SDPA and the kernel that copies q, k and v for it). A
    library call computes its own op and nothing else: that node is the call's alone, and the
    call keeps none of the other nodes a generated kernel also claims."""
    claims: dict[str, list[str]] = {}
    for handle, members in by_handle.items():
        for n in members:
            claims.setdefault(n, []).append(handle)
    shared = {n for n, handles in claims.items() if len(handles) > 1}
    if not shared:
        return by_handle
    out = {}
    for handle, members in by_handle.items():
        extern = kernel_kind(_short(handle)) == "extern"
        keep = []
        for n in members:
            if n in shared:
                own_op = _op_name(nodes[n]["op"]) == library_callee(handle) if extern else False
                computed_by_a_call = any(kernel_kind(_short(h)) == "extern" and _op_name(nodes[n]["op"]) == library_callee(h)
                                         for h in claims[n])
                if (extern and not own_op) or (not extern and computed_by_a_call):
                    continue
            keep.append(n)
        out[handle] = keep
    return out


def _unfused(kernels: list[dict], nodes: dict, how: str, uses: dict[str, list[str]]) -> list[dict]:
    out = []
    for k in kernels:
        if k["kind"] == "extern":
            # its own op, and the views and splits that shape its inputs, which Inductor's records
            # file under the call (SDPA's q, k and v on the CPU): no other op is fused into it
            helped = [h["name"] for h in kernels if set(h.get("helps") or ()) & set(k["nodes"])]
            also = (f"; Inductor's records also name it for {', '.join(helped)}, which prepare the call's inputs "
                    "or finish its output" if helped else "")
            out.extend({"node": n, "reason": f"library call ({k['name']}): Inductor calls it as is and "
                                             f"fuses no other op into it{also}"
                        if _op_name(nodes[n]["op"]) == library_callee(k["name"]) or _base_op(nodes[n]["op"]) not in _VIEW_OPS
                        else f"no kernel: a view shaping an input of the library call {k['name']}, which "
                             "Inductor's records file under the call (no data moved)"} for n in k["nodes"])
    for name, info in nodes.items():
        if info["kernel"]:
            continue
        base = _op_name(info["op"])
        if base == "getitem":
            producer = next(iter(uses.get(name, [])), None)
            kernel = nodes[producer]["kernel"] if producer in nodes else None
            where = f" (computed in {kernel})" if kernel else ""
            reason = (f"no kernel: takes one result of {producer or 'a node'}{where}, which gives several "
                      "(no data moved)")
        elif base in _VIEW_OPS:
            reason = "no kernel: a view, which Inductor turns into indexing of its input (no data moved)"
        elif how == "provenance":
            reason = "no kernel recorded for this node in Inductor's provenance records"
        else:
            reason = NOT_ATTRIBUTED
        out.append({"node": name, "reason": reason})
    return out
