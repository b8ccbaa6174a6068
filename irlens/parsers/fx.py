"""FX graphs read back from the text torch prints for them (GraphModule.print_readable), which is
what the structured trace records for Dynamo, AOTAutograd and Inductor's pre/post-grad graphs.

One parser for everything that needs the nodes: the fusion map (node -> ATen op and source line)
and the graph view (data flow from the inputs to the output).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# `name: "f32[4, 8][8, 1]cpu" = torch.ops.aten.mm.default(a, b);  a = b = None`; the part after
# `;  ` only frees names, and the type annotation is absent for nodes without one (split's tuple)
_NODE = re.compile(r'^\s+(?P<name>[A-Za-z_]\w*)(?:\s*:\s*"[^"]*")?\s*=\s*(?P<expr>.+?)\s*(?:;\s{2}.*)?$')
_DEF = re.compile(r"^\s*def forward\(\s*self,?\s*(?P<params>.*?)\):\s*$")
_RETURN = re.compile(r"^\s+return\s+(?P<expr>.+)$")
# AOTAutograd's joint graph takes its inputs apart in one line:
# `primals_1, primals_2, tangents_1, = fx_pytree.tree_flatten_spec([primals, tangents], self._in_spec)`
_UNPACK = re.compile(r"^\s+(?P<names>[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)+)\s*,?\s*=\s*(?P<expr>.+)$")
_FILE = re.compile(r"^\s*# File: (?P<file>.+?):(?P<line>\d+) in ")
_CALL = re.compile(r"^(?P<target>[A-Za-z_][\w.]*)\(")
_IDENT = re.compile(r"[A-Za-z_]\w*")


@dataclass(frozen=True)
class FxNode:
    name: str
    kind: str            # "input", "call", "get_attr", "getitem", "output" or "other"
    target: str          # what it calls as printed (`torch.ops.aten.mm.default`), else its expression
    uses: tuple[str, ...]  # earlier nodes it reads, in order of first use
    source: str | None   # `file:line` of the user's code, from the `# File:` comment above it

    @property
    def op(self) -> str:
        """The target without `torch.ops.` (`aten.mm.default`, as Inductor's records name ops);
        `getitem` for an item of a tuple-valued node."""
        return "getitem" if self.kind == "getitem" else self.target.removeprefix("torch.ops.")

    @property
    def short_op(self) -> str:
        """A label for a drawing: `aten.mm`, `relu`, `split[0]`, `get_attr`, `input`."""
        if self.kind in ("input", "output", "get_attr"):
            return self.kind
        if self.kind != "call":
            return self.target
        for prefix in ("torch.ops.", "torch._C._nn.", "torch."):
            if self.target.startswith(prefix):
                return self.target[len(prefix):].removesuffix(".default")
        return self.target


def _params(params: str) -> list[str]:
    names = []
    for param in re.split(r",\s*(?![^\[]*\])", params):  # commas inside a shape do not split
        name = param.split(":", 1)[0].strip()
        if name.isidentifier():
            names.append(name)
    return names


_TRAILING_COMMENT = re.compile(r"\s+#.*$")


def _logical_lines(text: str):
    """The printed lines, with a `def forward(` or a `return` that torch spreads over several lines
    (one parameter or output per line, each with a `# PlainAOTInput(idx=0)` comment: AOTAutograd's
    graphs in torch 2.13, `return pytree.tree_unflatten([...], ...)` in its joint graph) joined into
    one, without those comments."""
    pending = None
    for line in text.splitlines():
        stripped = line.strip()
        if pending is None and not stripped.startswith(("def forward(", "return ")):
            yield line
            continue
        piece = _TRAILING_COMMENT.sub("", line) if not stripped.startswith("#") else ""
        pending = piece.rstrip() if pending is None else pending + " " + piece.strip()
        if pending.count("(") + pending.count("[") == pending.count(")") + pending.count("]"):
            yield pending
            pending = None
    if pending is not None:
        yield pending


def parse_fx_graph(text: str) -> list[FxNode]:
    """Every node of a printed FX graph, in printed (topological) order; a graph with nested
    subgraphs (higher-order ops) gives their nodes too, each `forward`'s inputs included."""
    nodes: dict[str, FxNode] = {}
    source = None
    for line in _logical_lines(text):
        if (m := _FILE.match(line)):
            source = f"{m['file']}:{m['line']}"
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("# No stacktrace found"):
            source = None  # the `# File:` comment covers the nodes up to here
            continue
        if stripped.startswith("#"):
            continue
        if (d := _DEF.match(line)):
            for name in _params(d["params"]):
                nodes[name] = FxNode(name, "input", name, (), None)
            continue
        if (r := _RETURN.match(line)):
            uses = tuple(dict.fromkeys(i for i in _IDENT.findall(r["expr"]) if i in nodes))
            nodes["output"] = FxNode("output", "output", r["expr"], uses, None)
            continue
        if (u := _UNPACK.match(line)):  # each name an input of the graph, taken from the arguments
            read = tuple(dict.fromkeys(i for i in _IDENT.findall(u["expr"]) if i in nodes))
            for name in re.split(r"\s*,\s*", u["names"].strip()):
                nodes[name] = FxNode(name, "input", name, read, None)
            continue
        m = _NODE.match(line)
        if not m:
            continue
        name, expr = m["name"], m["expr"]
        call = _CALL.match(expr)
        if call:
            kind, target, args = "call", call["target"], expr[call.end():]
        elif expr.startswith("self."):
            kind, target, args = "get_attr", expr, ""
        elif re.match(r"^[A-Za-z_]\w*\[\d+\]$", expr):
            kind, target, args = "getitem", expr, expr
        else:
            kind, target, args = "other", expr, expr
        # a method call's receiver is read too (Dynamo's `sum_1 = y.sum()`)
        receiver = [target.split(".", 1)[0]] if kind == "call" and "." in target else []
        uses = tuple(dict.fromkeys(i for i in receiver + _IDENT.findall(args) if i in nodes and i != name))
        nodes[name] = FxNode(name, kind, target, uses, source)
    return list(nodes.values())
