"""The CUDA binary tools in Triton's wheel (ptxas, nvdisasm, cuobjdump): running them, the
architectures ptxas accepts, and any failure as one line naming the tool, what it was doing and
its own reason (never a command line of temporary files)."""
from __future__ import annotations

import functools
import os
import re
import subprocess
import tempfile

from irlens.errors import describe_exit
from irlens.parsers.sass import parse_resource_usage

TOOL_TIMEOUT_S = 60
# "nvdisasm fatal   : CUDA architecture ...", "ptxas /tmp/x.ptx, line 6; error   : Unknown symbol ..."
_SEVERITY = re.compile(r"\b(fatal|error|warning|info)\s*:\s*", re.IGNORECASE)
_TOOL_PREFIX = re.compile(r"^[\w.-]+(?:\s+\S+,\s*(line \d+);)?\s*(?:fatal|error|warning|info)\s*:\s*", re.IGNORECASE)


class ToolError(Exception):
    """A CUDA binary tool failed; its str() is the one line to show."""


def tool_path(name: str) -> str:
    """Path of a tool as Triton finds it (its knobs honour TRITON_PTXAS_PATH and the like)."""
    from triton import knobs

    return getattr(knobs.nvidia, name.replace("-", "_")).path


def tool_failure(tool: str, doing: str, stderr: str, *, returncode: int | None = None,
                 names: dict[str, str] | None = None) -> str:
    """`nvdisasm failed disassembling the cubin: CUDA architecture "SM70" is deprecated. ...`"""
    line = first_meaningful_line(stderr)
    for path, name in (names or {}).items():
        line = line.replace(path, name)
    line = re.sub(re.escape(tempfile.gettempdir().rstrip("/")) + r"/\S+", "<temporary file>", line)
    if not line:
        line = f"{describe_exit(returncode)}, nothing on stderr" if returncode is not None else "no reason given"
    return f"{tool} failed {doing}: {line}"


def first_meaningful_line(stderr: str) -> str:
    """The tool's own reason: its first fatal or error line (else its first line that is not
    `info`/`warning` chatter), without the `tool fatal :` prefix the message already says
    (`ptxas x.ptx, line 6; error : ...` keeps `line 6: ...`)."""
    lines = [ln.strip() for ln in (stderr or "").splitlines() if ln.strip()]
    severities = [((m.group(1).lower() if (m := _SEVERITY.search(ln)) else None), ln) for ln in lines]
    chosen = next((ln for severity, ln in severities if severity in ("fatal", "error")), None)
    if chosen is None:
        chosen = next((ln for severity, ln in severities if severity is None), lines[0] if lines else "")
    m = _TOOL_PREFIX.match(chosen)
    if m is None:
        return chosen
    return f"{m.group(1)}: {chosen[m.end():]}" if m.group(1) else chosen[m.end():]  # line N of the input


def run_tool(tool: str, args: list[str], doing: str, names: dict[str, str] | None = None) -> str:
    """stdout of a tool from Triton's wheel; ToolError (one line) when it cannot run or fails."""
    try:
        out = subprocess.run([tool_path(tool), *args], capture_output=True, timeout=TOOL_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise ToolError(f"{tool} timed out after {TOOL_TIMEOUT_S} s {doing}") from None
    except (OSError, AttributeError) as exc:  # missing binary, or a Triton without that knob
        raise ToolError(f"{tool} could not be run {doing}: {getattr(exc, 'strerror', None) or exc}") from None
    if out.returncode != 0:
        raise ToolError(tool_failure(tool, doing, out.stderr.decode("utf-8", "replace"),
                                     returncode=out.returncode, names=names))
    return out.stdout.decode("utf-8", "replace")


def _with_cubin_file(cubin: bytes, use):
    with tempfile.NamedTemporaryFile(suffix=".cubin") as f:
        f.write(cubin)
        f.flush()
        return use(f.name)


def disassemble(cubin: bytes) -> tuple[str, str]:
    """(SASS text, tool): nvdisasm with line info (`//## File ..., line N`), else cuobjdump.
    -ndf skips nvdisasm's dataflow analysis: a third of its time, and only annotates branches.
    ToolError when neither can: nvdisasm's reason, and cuobjdump's when it differs."""
    doing = "disassembling the cubin"

    def run(path):
        names = {path: "the cubin"}
        try:
            return run_tool("nvdisasm", ["-c", "-g", "-gi", "-ndf", path], doing, names), "nvdisasm -c -g -gi -ndf"
        except ToolError as nvdisasm:
            try:
                return run_tool("cuobjdump", ["-sass", path], doing, names), "cuobjdump -sass"
            except ToolError as cuobjdump:  # cuobjdump runs nvdisasm itself: often the same reason
                ours, theirs = (str(e).split(": ", 1)[-1] for e in (nvdisasm, cuobjdump))
                raise ToolError(str(nvdisasm) if ours == theirs else f"{nvdisasm}; cuobjdump -sass: {theirs}") \
                    from None

    return _with_cubin_file(cubin, run)


def resource_usage(cubin: bytes) -> dict[str, dict[str, int]]:
    """Registers, stack and local memory per kernel from `cuobjdump -res-usage`; {} when it fails
    (the figures are extras next to a cubin that is there)."""
    try:
        text = _with_cubin_file(cubin, lambda path: run_tool("cuobjdump", ["-res-usage", path],
                                                             "reading the cubin's resource usage"))
    except ToolError:
        return {}
    return parse_resource_usage(text)


def ptxas_failure(exc: BaseException) -> tuple[str, str] | None:
    """(one line, ptxas's full stderr) when `exc` is Triton's report of a failed ptxas run (its
    PTXASError, raised from the CalledProcessError of the run), else None."""
    chain = exception_chain(exc)
    run = next((e for e in chain if isinstance(e, subprocess.CalledProcessError)
                and isinstance(e.cmd, (list, tuple)) and os.path.basename(str(e.cmd[0])).startswith("ptxas")), None)
    reported = next((e for e in chain if type(e).__name__ == "PTXASError"), None)
    if run is None and reported is None:
        return None
    tool = os.path.basename(str(run.cmd[0])) if run is not None else "ptxas"
    arch = next((a.split("=", 1)[1] for a in (run.cmd if run is not None else []) if a.startswith("--gpu-name=")), None)
    message = getattr(reported, "error_message", None) or ""
    m = re.search(r"`ptxas` stderr:\n(.*?)(?:\nRepro command:|\Z)", message, re.S)
    log = m.group(1) if m else ""  # Triton sends ptxas's stderr to a log file it reads into the message
    doing = f"compiling the PTX for {arch}" if arch else "compiling the PTX"
    return tool_failure(tool, doing, log, returncode=run.returncode if run is not None else None), log.strip()


def exception_chain(exc: BaseException) -> list[BaseException]:
    """`exc`, then what it was raised from or while handling, innermost last."""
    chain, seen = [exc], {id(exc)}
    while (nxt := chain[-1].__cause__ or chain[-1].__context__) is not None and id(nxt) not in seen:
        seen.add(id(nxt))
        chain.append(nxt)
    return chain


@functools.lru_cache(maxsize=None)
def ptxas_architectures(path: str) -> frozenset[str] | None:
    """The `sm_*` names a ptxas binary accepts for --gpu-name, read from its --help; None when
    that cannot be read (then nothing is refused on its account)."""
    try:
        out = subprocess.run([path, "--help"], capture_output=True, timeout=TOOL_TIMEOUT_S)
    except (OSError, subprocess.SubprocessError):
        return None
    text = out.stdout.decode("utf-8", "replace")
    m = re.search(r"^--gpu-name\b.*?Allowed values for this option:(.*?)(?:Default value|\n\s*\n)", text, re.S | re.M)
    names = frozenset(v for v in re.findall(r"'([^']+)'", m.group(1)) if v.startswith("sm_")) if m else frozenset()
    return names or None
