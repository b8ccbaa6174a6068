"""irlens in the browser: `streamlit run apps/irlens.py`. A view over captures and bundles; every
capture runs in a child process (irlens.views.jobs), never in the app's own process."""
from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent.parent
# Streamlit puts this file's folder first on sys.path, where this file itself would shadow the
# irlens package; the checkout's root goes first instead (which also works without an install).
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
if not hasattr(sys.modules.get("irlens"), "__path__"):
    sys.modules.pop("irlens", None)

from irlens.bundle import BundleError, load_bundle  # noqa: E402
from irlens.cache import stored_capture  # noqa: E402
from irlens.environment import has_nvidia_gpu  # noqa: E402
from irlens.errors import describe_exception  # noqa: E402
from irlens.fusion import kind_label, split_unfused, summarize  # noqa: E402
from irlens.options import CaptureOptions  # noqa: E402
from irlens.record import Capture, CaptureError, SourceLoc  # noqa: E402
from irlens.render import BACKEND_NEUTRAL_STAGES  # noqa: E402
from irlens.views import compare, graphs, passes, pipeline, timings, torch_steps  # noqa: E402
from irlens.views.catalog import list_samples, save_upload  # noqa: E402
from irlens.views.code_html import DEFAULT_WINDOW, Pane, page_count, panes_html  # noqa: E402
from irlens.views.diff_html import diff_html  # noqa: E402
from irlens.views.export import bundle_folder, bundle_zip, capture_name, reopen_command  # noqa: E402
from irlens.views.jobs import FAILED, CaptureJob, CaptureJobs  # noqa: E402
from irlens.views.linemap import (call_sites, code_at, find_source, first_line_number,  # noqa: E402
                                  location_label, mapped_locations, source_line_map, unmatched_line_note,
                                  without_line_info)
from irlens.views.report import report_html, table_html  # noqa: E402

SAMPLES_DIR = Path(os.environ.get("IRLENS_SAMPLES_DIR") or ROOT / "samples")
BUNDLES_DIR = Path(os.environ.get("IRLENS_BUNDLES_DIR") or SAMPLES_DIR / "bundles")
USER_FILE = "__file__"  # the pane that shows the user's own source file
KEPT = "kept:"  # session keys holding a widget's last value while its view is not drawn
VIEWS = ("Side by side", "Pipeline", "Graphs", "Passes", "Compare", "Timings", "Export")
# What a class looks at first: the source, a middle stage, and machine code or the compiler's output,
# by (the capture's framework, the framework of the chosen kernel's records). An Inductor kernel's
# Triton stages map to the kernel file Inductor generated, not to the user's file.
PREFERRED_PANES = {
    ("triton", "triton"): (USER_FILE, "ttir", "ptx"),
    ("torch", "torch"): (USER_FILE, "post_grad", "inductor"),
    ("torch", "triton"): ("source", "ptx", "sass"),  # Inductor's generated Triton, then machine code
    ("jax", "jax"): (USER_FILE, "stablehlo", "hlo_opt"),
}


# ---------------------------------------------------------------- shared state


@st.cache_resource
def capture_jobs() -> CaptureJobs:
    return CaptureJobs()


@st.cache_resource(max_entries=32, show_spinner=False)
def open_bundle(path: str, stamp: float) -> Capture:  # stamp: reload when the bundle is rewritten
    return load_bundle(path)


def bundle_stamp(path: Path) -> float:
    try:
        return (path / "manifest.json").stat().st_mtime
    except OSError:
        return 0.0


def _bring_back(key: str, still_offered) -> None:
    """A widget's value from its KEPT copy, when Streamlit forgot it and the value is still offered."""
    if key not in st.session_state and KEPT + key in st.session_state and \
            still_offered(st.session_state[KEPT + key]):
        st.session_state[key] = st.session_state[KEPT + key]


def choose(widget, label: str, options: list, key: str, default=None, **kwargs):
    """A selectbox or radio that keeps its choice while the choice is still offered, and
    otherwise falls back to `default` (options change when another capture is opened).
    Streamlit forgets a widget's value on a run that does not draw it (another view was open):
    a copy under KEPT + key brings it back."""
    if not options:
        return None
    _bring_back(key, lambda value: value in options)
    if st.session_state.get(key) not in options:
        st.session_state[key] = default if default in options else options[0]
    value = widget(label, options, key=key, **kwargs)
    st.session_state[KEPT + key] = value
    return value


def remembered(widget, label: str, key: str, **kwargs):
    """A text input or checkbox that keeps its value while it is not drawn (another Open choice is
    shown), as choose() does for a choice: a path and its options survive a look at a sample."""
    _bring_back(key, lambda value: True)
    value = widget(label, key=key, **kwargs)
    st.session_state[KEPT + key] = value
    return value


def blanks_as_dashes(rows: list[dict]) -> list[dict]:
    """Rows for st.dataframe with an unknown value shown as '—' (Streamlit writes 'None'): a
    column with a gap becomes text, its numbers written as they are (4, not 4.0)."""
    columns = list(dict.fromkeys(k for row in rows for k in row))  # a row may lack a column
    gaps = {k for k in columns if any(row.get(k) is None for row in rows)}

    def text(v):
        return "—" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))

    return [{k: text(row.get(k)) if k in gaps else row[k] for k in columns} for row in rows]


def show_failure(where: str, exc: BaseException) -> None:
    """One line in place of a view that failed; the details go to the server's console."""
    traceback.print_exception(exc, file=sys.stderr)
    message = str(exc) if isinstance(exc, (CaptureError, BundleError, ValueError)) else describe_exception(exc)
    st.error(f"{where}: {message}")


# ---------------------------------------------------------------- links

# What the page's address holds, so a link opens the same sample, view, kernel, panes and source
# line (an instructor sends a class to one fusion). The address is rewritten after every run.
LINK_KEYS = {"sample": "sample", "bundle": "bundle_dir", "path": "file_path", "view": "view", "backend": "backend",
             "kernel": "kernel", "line": "source_line", "graph": "graph", "pipeline": "pass_record"}
LINKED_USER_FILE = "file"  # the user's source pane, in a link's `panes`
# A File path's capture options, in its link when they are not the defaults (so a link opens the
# capture that was made, not the default one): param -> widget key.
LINKED_OPTIONS = {"target": "file_target", "backward": "file_backward", "mode": "file_mode", "bench": "file_bench"}
_FLAGS = ("backward", "bench")


def restore_from_link() -> None:
    """Seed the widgets from the address once per session; choose() drops any value it no longer
    offers, so a stale or mistyped link falls back to the defaults."""
    if st.session_state.get("link_restored"):
        return
    st.session_state["link_restored"] = True
    params = st.query_params
    if "bundle" in params:
        st.session_state["open_kind"] = "Bundle directory"
    elif "path" in params:
        st.session_state["open_kind"] = "File path"
        st.session_state["linked_file"] = True  # opened from the cache if captured before; never run
        for param, key in LINKED_OPTIONS.items():
            if param in params:
                st.session_state[key] = params[param] == "1" if param in _FLAGS else params[param]
    elif "sample" in params:
        st.session_state["open_kind"] = "Sample"
    for param, key in LINK_KEYS.items():
        if param in params:
            st.session_state[key] = params[param]
    if "step" in params:  # a pass step's key names its pipeline: view_passes takes it once that is known
        st.session_state["link_step"] = params["step"]
    # what a link asked to choose, to say so when it is not there (choose() falls back quietly)
    st.session_state["link_asked"] = {param: params[param] for param in ("sample", "view", "backend", "kernel",
                                                                          "graph", "pipeline") if param in params}
    panes = [USER_FILE if p == LINKED_USER_FILE else p for p in params.get("panes", "").split(",") if p]
    if len(panes) in (2, 3):
        st.session_state["link_panes"] = panes
        st.session_state["pane_count"] = len(panes)


def say_link_fallbacks() -> None:
    """Once, after the widgets took a link's choices: which of them this capture did not offer."""
    st.session_state.pop("link_step", None)  # a pass step for a view the link did not open
    asked = st.session_state.pop("link_asked", None) or {}
    missed = [f"{param} {value!r}" for param, value in asked.items()
              if st.session_state.get(LINK_KEYS[param]) not in (None, value)]
    if missed:
        st.toast(f"This link's {', '.join(missed)} is not here; showing the default instead.", icon="🔗")


def link_params(view: str, showing: bool = True) -> dict[str, str]:
    """The address of what the page shows; with nothing `showing` (a capture not made yet), only
    what is open and the view, not the kernel or panes of a capture seen before."""
    kind = st.session_state.get("open_kind")
    keys = {"Sample": ["sample"], "Bundle directory": ["bundle"], "File path": ["path"]}.get(kind, []) + \
        ["view"] + (["backend"] if showing and st.session_state.get("backend_offered") else [])
    if view == "Side by side" and showing:
        keys += ["kernel", "line"]
    elif view == "Graphs" and showing:
        keys += ["graph"]
    elif view == "Passes" and showing:
        keys += ["pipeline"]
    params = {k: st.session_state.get(LINK_KEYS[k]) for k in keys}
    if view == "Passes" and showing:
        params["step"] = st.session_state.get("shown_pass_step")
    if kind == "File path":
        for param, key in LINKED_OPTIONS.items():
            value = st.session_state.get(key)
            if value not in (None, "", False, "default"):
                params[param] = "1" if value is True else value
    if params.get("line"):  # by file name, so that a link works from another checkout
        file, _, number = str(params["line"]).rpartition(":")
        params["line"] = f"{Path(file).name}:{number}"
    if view == "Side by side" and showing and st.session_state.get("shown_panes"):
        params["panes"] = ",".join(LINKED_USER_FILE if p == USER_FILE else p
                                   for p in st.session_state["shown_panes"])
    return {k: str(v) for k, v in params.items() if v not in (None, "")}


def update_link(view: str, showing: bool = True) -> None:
    params = link_params(view, showing)
    if params != st.query_params.to_dict():
        st.query_params.from_dict(params)


# ---------------------------------------------------------------- choosing what to look at


def capture_options(prefix: str) -> CaptureOptions:
    with st.sidebar.expander("Capture options"):
        target = remembered(st.text_input, "GPU target", key=f"{prefix}_target",
                            placeholder="sm_90 (default without a GPU)",
                            help="sm_80, sm_90, sm_90a, sm_100, …: what Triton and Inductor compile for")
        backward = remembered(st.checkbox, "torch: capture the backward graph too", key=f"{prefix}_backward")
        mode = choose(st.selectbox, "torch: torch.compile mode", ["default", "max-autotune", "reduce-overhead"],
                      key=f"{prefix}_mode", help="max-autotune also times torch.compile max-autotune on the "
                                                 "CPU when the kernels are timed")
        bench = remembered(st.checkbox, "time the kernels too", key=f"{prefix}_bench")
    return CaptureOptions(target=target.strip() or None, backward=backward, bench=bench, mode=mode)


def run_job(path: Path, options: CaptureOptions, start: bool) -> CaptureJob | None:
    """The capture job of this file and options: started when asked, else any earlier one."""
    jobs = capture_jobs()
    return jobs.submit(path, options) if start else jobs.find(path, options)


@st.fragment(run_every=1.0)
def job_progress(job: CaptureJob) -> None:
    """Ticks while the capture runs; reruns the whole page when it is done."""
    if job.finished:
        st.rerun(scope="app")
    st.info(f"⏳ {capture_jobs().describe(job)} (the file runs in a separate process; this page stays usable)")


def linked_job(path: Path, options: CaptureOptions) -> CaptureJob | None:
    """What a link to a file opens: its capture from the cache, if it was captured before with
    these options, kept as a finished job for the rest of the session; a link never runs a file
    (that takes the Capture button)."""
    try:
        capture = stored_capture(path, options)
    except (OSError, CaptureError):
        return None  # the file is gone or unreadable: the Capture button says why
    return capture_jobs().adopt(path, options, capture) if capture is not None else None


def capture_from_job(job: CaptureJob | None) -> Capture | None:
    if job is None:
        return None
    if job.state == FAILED:
        st.error(capture_jobs().describe(job))
        return None
    if not job.finished:
        job_progress(job)
        return None
    st.session_state["from_cache"] = job.from_cache
    return job.capture


def pick_capture() -> Capture | None:
    """The sidebar: a sample, a file path, an upload or a bundle directory; returns the capture
    to show, or None while there is none (the reason is already on the page)."""
    sb = st.sidebar
    sb.title("irlens")
    sb.caption("Every lowering stage of torch.compile, JAX/XLA and Triton, side by side.")
    sb.warning("irlens **runs the Python files you give it** (samples, paths, uploads) with this "
               "server's permissions. Open only files you trust.", icon="⚠️")
    kind = choose(sb.radio, "Open", ["Sample", "File path", "Upload", "Bundle directory"], key="open_kind")
    st.session_state["from_cache"] = False
    # Whether the sidebar offers Capture options for what is open, and the file it was made from:
    # advice on another view names only what the user can do from here.
    st.session_state["capture_origin"] = (kind != "Bundle directory", None)
    if kind == "Sample":
        samples = list_samples(SAMPLES_DIR, BUNDLES_DIR)
        if not samples:
            st.info(f"No samples found in {SAMPLES_DIR}. Open a file or a bundle from the sidebar.")
            return None
        names = [s.name for s in samples]
        by_name = {s.name: s for s in samples}
        first_bundle = next((s.name for s in samples if s.bundle is not None), None)
        name = choose(sb.selectbox, "Sample", names, key="sample", default=first_bundle,
                      format_func=lambda n: n + ("" if by_name[n].bundle else "  (not captured yet)"))
        sample = by_name[name]
        if sample.bundle is not None:
            st.session_state["capture_origin"] = (False, str(sample.source) if sample.source else None)
            try:
                return open_bundle(str(sample.bundle), bundle_stamp(sample.bundle))
            except BundleError as exc:
                st.error(str(exc))
                return None
        options = capture_options("sample")
        start = sb.button("Capture this sample", key="capture_sample", type="primary")
        job = run_job(sample.source, options, start)
        if job is None:
            st.info(f"{name} has no pre-made bundle. **Capture this sample** (sidebar) compiles it now, "
                    "in the background; the result is cached.")
        return capture_from_job(job)
    if kind == "File path":
        text = remembered(sb.text_input, "Model, kernel or JAX file", key="file_path", placeholder="/path/to/model.py")
        options = capture_options("file")
        start = sb.button("Capture", key="capture_file", type="primary", disabled=not text.strip())
        if not text.strip():
            st.info("Give the path of a Python file: a torch `Model` with `get_inputs()`, a JAX `example()` "
                    "or a Triton `example()` (see the README for the conventions).")
            return None
        path = Path(text.strip()).expanduser()
        job = run_job(path, options, start)
        if job is None and st.session_state.pop("linked_file", False):
            job = linked_job(path, options)
        if job is None:
            earlier = capture_jobs().latest_done(path, options)
            if earlier is not None:  # the file changed since: show what was captured, and say so
                st.warning(f"{path.name} changed since this capture: press **Capture** (sidebar) to capture it "
                           "again.")
                return capture_from_job(earlier)
            st.info("Press **Capture** (sidebar) to compile it in the background; the result is cached.")
        return capture_from_job(job)
    if kind == "Upload":
        upload = sb.file_uploader("A Python file", type=["py"], key="upload")
        options = capture_options("upload")
        if upload is None:
            st.info("Upload a model, kernel or JAX file; it is saved to a new temporary directory and "
                    "captured there.")
            return None
        saved = st.session_state.setdefault("uploads", {})
        if upload.file_id not in saved:
            saved[upload.file_id] = save_upload(upload.name, upload.getvalue())
        start = sb.button("Capture", key="capture_upload", type="primary")
        job = run_job(saved[upload.file_id], options, start)
        if job is None:
            st.info(f"{upload.name} is saved. Press **Capture** (sidebar) to compile it in the background.")
        return capture_from_job(job)
    text = remembered(sb.text_input, "Bundle directory", key="bundle_dir", placeholder="written by irlens capture -o DIR")
    if not text.strip():
        st.info("Give a bundle directory written by `irlens capture FILE -o DIR`.")
        return None
    path = Path(text.strip()).expanduser()
    try:
        return open_bundle(str(path), bundle_stamp(path))
    except BundleError as exc:
        st.error(str(exc))
        return None


# ---------------------------------------------------------------- header


def header(capture: Capture) -> str:
    name = capture.source_path.rsplit("/", 1)[-1] or "capture"
    st.subheader(f"{name}  ·  {capture.framework}")
    env = capture.environment or {}
    facts = pipeline.environment_facts(env, capture.framework)
    if st.session_state.get("from_cache"):
        facts.append("from the cache")
    st.caption(" · ".join(facts) or "no environment recorded")
    # The capture's own failures (the model raised, the target was refused) are why stages are
    # missing: shown as they are. A stage's failure is one of many records: behind a fold.
    for line in capture.errors:
        st.error(line)
    failures = [r.failure for r in capture.records if r.failed]
    if failures:
        with st.expander(f"⚠️ {len(failures)} stage(s) failed — the stages before each failure are kept",
                         expanded=False):
            for line in failures:
                st.error(line)
    backends = pipeline.backends(capture)
    st.session_state["backend_offered"] = len(backends) > 1  # else the address names none
    if len(backends) > 1:
        return choose(st.radio, "Backend", backends, key="backend", horizontal=True,
                      help="This capture has Inductor output for the GPU and for the CPU; they are never mixed.")
    return backends[0]


# ---------------------------------------------------------------- side by side


def text_stages(capture: Capture, backend: str) -> list[str]:
    return [s for s in pipeline.ordered_stages(capture)
            if s not in passes.PASS_STAGES and any(r.text is not None or r.error or r.data is not None
                                                    for r in pipeline.stage_records(capture, s, backend))]


def current_panes(capture: Capture, backend: str, state: dict | None = None) -> tuple[list[Pane], SourceLoc | None]:
    """The panes chosen on the side-by-side view and the chosen source line: from widgets, or
    from a copy of their last values (`state`, for the report)."""
    interactive = state is None
    state = st.session_state if state is None else state
    stages = text_stages(capture, backend)
    source = find_source(capture, [SAMPLES_DIR])
    options = ([USER_FILE] if source else []) + stages
    if not stages:  # nothing was captured: the user's file once, not once per pane
        return ([make_pane(capture, USER_FILE, None, backend, source, [])] if source else []), None
    units = list(dict.fromkeys(u for s in stages for u in pipeline.units_of(capture, s, backend)))
    own = {r.unit for r in capture.records if r.framework == capture.framework}
    depth = {u: len(capture.select(unit=u)) for u in units}
    units.sort(key=lambda u: (u not in own, -depth[u]))  # the model's main graph, then its kernels
    if interactive:
        top = st.columns([2, 5, 1])  # kernel, source line (filled once the panes are known), pane count
        kernel = choose(top[0].selectbox, "Kernel or graph", units, key="kernel",
                        format_func=lambda u: pipeline.unit_label(capture, u))
        # two things to show fill two panes: no choice of three then
        count = (choose(top[2].radio, "Panes", [2, 3], key="pane_count", default=3, horizontal=True)
                 if len(options) > 2 else 2)
    else:
        kernel, count = state.get("kernel"), state.get("pane_count", 3)
    count = min(count, max(2, len(options)))  # two things to show fill two panes, not three
    kernel_framework = next((r.framework for r in capture.records if r.unit == kernel), capture.framework)
    preferred = [s for s in PREFERRED_PANES.get((capture.framework, kernel_framework), ()) if s in options]
    # Panes are chosen apart for each kind of capture and unit, so going from a graph to a kernel
    # and back finds each as it was left.
    suffix = f"_{capture.framework}_{kernel_framework}"
    defaults = preferred + [s for s in options if s not in preferred]
    if len(defaults) > 3 and not preferred:
        defaults = [defaults[0], defaults[len(defaults) // 2], defaults[-1]]
    columns = st.columns(count) if interactive else [None] * count
    chosen: list[tuple[str, str | None]] = []
    linked = st.session_state.pop("link_panes", []) if interactive else []
    for i in range(count):
        key = f"pane_stage_{i}{suffix}"
        if i < len(linked) and linked[i] in options:
            st.session_state[key] = linked[i]
        # A keyed selectbox keeps its option labels when another capture is opened: the label
        # names no file (the pane's title does).
        label = lambda s: "your source file" if s == USER_FILE else s  # noqa: E731
        if interactive:
            with columns[i]:
                stage = choose(st.selectbox, f"Pane {i + 1}", options, key=key,
                               default=defaults[i % len(defaults)], format_func=label)
                unit = pane_unit(capture, stage, kernel, backend, i, state, interactive)
        else:
            stage = state.get(key) if state.get(key) in options else defaults[i % len(defaults)]
            unit = pane_unit(capture, stage, kernel, backend, i, state, interactive)
        chosen.append((stage, unit))
    if interactive:
        st.session_state["shown_panes"] = [stage for stage, _ in chosen]
    shown = [pipeline.find_record(capture, s, u, backend) for s, u in chosen if s != USER_FILE]
    shown = [r for r in shown if r is not None]
    # A `source` record maps each of its own lines to itself; the lines worth offering are those
    # some compiled stage came from.
    compiled = [r for r in shown if r.stage != "source"] or shown
    locations = mapped_locations(compiled, source.path if source else None)
    by_key = {str(loc): loc for loc in locations}
    code = code_at(capture.select(stage="source"), source)
    if interactive:
        linked = st.session_state.get("source_line")
        if linked and linked not in by_key:  # a link names the line by file name: the same file here
            st.session_state["source_line"] = next(
                (k for k in by_key if Path(by_key[k].file).name + f":{by_key[k].line}" == linked), linked)
            if st.session_state["source_line"] not in by_key:  # choose() will drop it: say so, once
                st.info(unmatched_line_note(linked, locations))
        picked = choose(top[1].selectbox, "Source line: highlights the lines that came from it in every pane",
                        [""] + list(by_key), key="source_line",
                        format_func=lambda k: location_label(by_key[k], code) if k else "— none —")
    else:
        picked = state.get("source_line", "")
    if interactive and picked in by_key:
        offer_kernels_from_line(compare.kernels_from_line(capture, by_key[picked], units, backend), kernel,
                                by_key[picked])
    origin = compare.kernel_origin(capture, kernel, backend) if interactive else None
    if origin:
        st.caption(f"**{kernel}** (the fusion map): {origin}")
    panes = [make_pane(capture, s, u, backend, source, shown) for s, u in chosen]
    return panes, by_key.get(picked or "")


def offer_kernels_from_line(kernels: list[str], showing: str | None, loc: SourceLoc) -> None:
    """Buttons from a chosen line of the model to the kernels the fusion map says it went into: a
    generated kernel's stages map to its own file, so the model's line lights nothing there."""
    others = [k for k in kernels if k != showing][:MAX_KERNEL_BUTTONS]
    if not others:
        return
    columns = st.columns([2] + [3] * len(others))
    columns[0].caption(f"{Path(loc.file).name}:{loc.line} went into")
    for column, unit in zip(columns[1:], others):
        column.button(unit, key=f"to_kernel_{unit}", on_click=st.session_state.__setitem__, args=("kernel", unit),
                      help="Show this kernel's stages: its generated code, then what the compilers made of it")


MAX_KERNEL_BUTTONS = 4


def pane_unit(capture: Capture, stage: str, kernel: str | None, backend: str, i: int, state,
              interactive: bool) -> str | None:
    if stage == USER_FILE:
        return None
    units = pipeline.units_of(capture, stage, backend)
    if kernel in units:
        return kernel
    key = f"pane_unit_{i}"
    if interactive and len(units) > 1:
        return choose(st.selectbox, f"{kernel} is not in {stage}; show", units, key=key)
    return state.get(key) if state.get(key) in units else (units[0] if units else None)


# stages irlens makes itself, by running llvmlite on a compiler's LLVM IR
LLVMLITE_STAGES = ("llvm_opt", "llvm_asm")


def make_pane(capture, stage, unit, backend, source, shown_records) -> Pane:
    if stage == USER_FILE:
        edited = " · edited since the capture: its lines may not be the ones captured" if source.edited else ""
        return Pane(title=f"your file · {Path(source.path).name}{edited}", text=source.text, language="python",
                    line_map=source_line_map(source.path, shown_records),
                    unmapped_note="no line of the other panes maps to this file")
    record = pipeline.find_record(capture, stage, unit, backend)
    if record is None:
        return Pane(title=f"{stage} · {unit}", text=None, note=f"no {stage} record for {unit}")
    title = " · ".join(x for x in (stage, record.unit, record.target) if x)
    if stage in BACKEND_NEUTRAL_STAGES and backend != "cpu" and record.target == "cpu":
        title += " · traced once, without a GPU: the same graph feeds both outputs"
    rerun = record.metadata.get("from_stage") if stage in LLVMLITE_STAGES else None
    if rerun:  # beside the compiler's own PTX, llvmlite's must not pass for it
        title = " · ".join(x for x in (stage, record.unit, record.metadata.get("cpu") or record.target) if x)
        title += f" · llvmlite's own run on {rerun}, not the compiler's output"
    if record.error:
        return Pane(title=title, text=None, note=f"not captured: {record.error}")
    if record.text is None:
        return Pane(title=title, text=None, note=f"binary, {record.size:,} bytes: the sass stage shows its "
                                                 "disassembly; Export downloads it")
    return Pane(title=title, text=record.text, language=record.language, line_map=record.line_map,
                via_calls=call_sites(record), also_from=record.also_from,
                first_number=first_line_number(record) if stage == "source" else 1)


def view_side_by_side(capture: Capture, backend: str) -> None:
    panes, selected = current_panes(capture, backend)
    if not panes:
        st.info("This capture has no text stages to show.")
        return
    wrap_box, together_box, info_box = st.columns(3)
    if info_box.checkbox("Hide line-info lines", key="hide_line_info", value=True,
                         help="PTX's .loc and .file directives and SASS's //## File comments: the highlighting "
                              "reads them all the same"):
        panes = [without_line_info(p) for p in panes]
    longest = max((len(p.lines) for p in panes), default=0)
    wrap = wrap_box.checkbox("Wrap long lines", key="wrap_lines", value=len(panes) > 2,
                             help="Fold lines wider than their pane under their line number (three panes are narrow)")
    together = together_box.checkbox("Scroll panes together", key="scroll_together", value=True,
                                     help="Scrolling one pane brings the others to the lines that came from the "
                                          "same source line")
    view = st.container()
    show_all, page = False, 0
    if longest > DEFAULT_WINDOW or selected is not None:
        left, right = st.columns([1, 3])
        show_all = left.checkbox("Show all lines", key="show_all",
                                 help=f"With a source line chosen, each pane starts just before its first line "
                                      f"from it; long texts show {DEFAULT_WINDOW} lines. This renders everything "
                                      "(slow for a very long PTX)")
        if not show_all and selected is None:
            page = right.number_input(f"Page of the long texts ({DEFAULT_WINDOW} lines each)", min_value=1,
                                      max_value=page_count(longest), value=1, key="page") - 1
    view.html(panes_html(panes, selected, pages=[page] * len(panes), show_all=show_all, wrap=wrap, script=True,
                         together=together), unsafe_allow_javascript=True)


# ---------------------------------------------------------------- pipeline


def view_pipeline(capture: Capture, backend: str) -> None:
    rows = [r.as_dict() for r in pipeline.pipeline_rows(capture, backend)]
    if not rows:
        st.info("No stages in this capture.")
        return
    st.dataframe(blanks_as_dashes(rows), hide_index=True, width="stretch", height="content")
    end = pipeline.lowering_end_note(capture)
    if end:
        st.caption(end)
    units = capture.units()
    st.caption(f"{len(units)} kernels or graphs: " + ", ".join(units[:30]) + (" …" if len(units) > 30 else ""))


# ---------------------------------------------------------------- graphs


def view_graphs(capture: Capture, backend: str) -> None:
    candidates = [r for s in pipeline.ordered_stages(capture) if graphs.graph_kind(s)
                  for r in pipeline.stage_records(capture, s, backend) if r.text is not None or r.metadata]
    if not candidates:
        st.info("No graph stages (FX graphs, fusion map, scheduler nodes, HLO) in this capture."
                + (" A Triton kernel is written by hand and lowered as text: its stages are in Side by side, "
                   "and Triton's passes, one by one, in Passes." if capture.framework == "triton" else ""))
        return
    labels = {f"{r.stage} · {r.unit}": r for r in candidates}
    fusion_first = next((k for k, r in labels.items() if r.stage == graphs.FUSION_STAGE), None)
    record = labels[choose(st.selectbox, "Graph", list(labels), key="graph", default=fusion_first)]
    kind = graphs.graph_kind(record.stage)
    if kind == "fusion":
        fmap = record.metadata.get("fusion_map")
        if not fmap:
            st.graphviz_chart(record.text or "digraph {}")
            return
        s = summarize(fmap)
        cols = st.columns(3)
        cols[0].metric("ops in", s["ops"], help="nodes of the graph the compiler scheduled (views included)")
        cols[1].metric("kernels out", s["kernels"], help="generated kernels and library calls")
        cols[2].metric("ops in no fused kernel", s["unfused"],
                       help="library calls, views (no data moved) and ops the records place in no kernel: "
                            "the table below says which and why")
        names = [k["name"] for k in fmap["kernels"]]
        with st.expander("Drawing: which kernels, how many nodes each"):  # folded: the drawing comes first
            picked = st.multiselect("Only these kernels", names, key="fusion_kernels",
                                    help="Empty: every kernel (large kernels are collapsed)")
            per_kernel = st.slider("Nodes shown per kernel", 3, 60, 12, key="fusion_nodes")
        dot = graphs.fusion_dot(fmap, picked, per_kernel)
        st.graphviz_chart(dot)
        st.caption("Dashed boxes: ops in no kernel. Cluster colours: the kernel's kind (pointwise, reduction, "
                   "library call, ...), named in each cluster's label."
                   + (" Hexagons: control flow (a loop, a branch), which runs no kernel itself; the kernels in "
                      "the dashed frame it points to run inside it." if any(
                          info.get("runs") is not None for info in fmap["nodes"].values()) else ""))
        if fmap.get("unattributed"):
            st.warning(f"{len(fmap['unattributed'])} op(s) drawn dotted are not attributed to a kernel: "
                       f"{fmap.get('unattributed_reason')}.")
        st.markdown("**Kernels**")
        st.dataframe(compare.fusion_kernels_of(fmap), hide_index=True, width="stretch", height="content")
        for k in fmap["kernels"]:  # in full, not at the far end of a wide table
            if k.get("note"):
                st.caption(f"**{k['name']}**: {k['note']}")
        alone, refused = split_unfused(fmap)
        if alone:
            st.markdown("**Ops in no fused kernel, and why**")
            st.dataframe(alone, hide_index=True, width="stretch")
        if refused:
            st.markdown("**Fusions Inductor refused** (each op went into its own kernel; Inductor's reason)")
            st.dataframe(refused, hide_index=True, width="stretch")
    else:
        g = graphs.graph_of(kind, record.text or "")
        query = st.text_input("Filter nodes by name or op", key="graph_filter")
        limit = st.slider("Most nodes drawn", 10, 300, graphs.DEFAULT_MAX_NODES, key="graph_nodes")
        filtered = graphs.filter_graph(g, query, limit)
        if filtered.note:
            st.caption(filtered.note)
        if filtered.graph.number_of_nodes() == 0:
            st.info("No nodes to draw" + (f" for {query!r}" if query else " (no graph found in this text)"))
            return
        dot = graphs.graph_dot(filtered.graph, record.stage)
        st.graphviz_chart(dot)
    with st.expander("DOT source"):
        st.code(dot, language="dot")


# ---------------------------------------------------------------- passes


def view_passes(capture: Capture, backend: str) -> None:
    records = [r for s in passes.PASS_STAGES for r in pipeline.stage_records(capture, s, backend)]
    steps_of_torch = torch_steps.torch_steps(capture, backend)
    if not records and not steps_of_torch:
        st.info("No pass pipeline in this capture (Triton's mlir_passes, XLA's xla_passes and "
                "xla_emitter_passes, torch.compile's graphs on both sides of Inductor's passes).")
        return
    labels = {**{step.label: step for step in steps_of_torch}, **{f"{r.stage} · {r.unit}": r for r in records}}
    record = labels[choose(st.selectbox, "Pass pipeline", list(labels), key="pass_record")]
    st.session_state["shown_pass_step"] = None
    unemitted = passes.fusions_without_emitter_passes(capture, backend)
    if unemitted:
        st.caption(unemitted)
    if isinstance(record, torch_steps.TorchStep):
        view_torch_step(record)
        return
    if record.error:
        st.error(f"{record.stage} of {record.unit}: {record.error}")
        return
    steps = passes.pass_steps(record)
    entries = record.metadata.get("passes") or []
    changed = sum(1 for s in steps if s.changed)
    st.caption(f"{len(steps)} snapshots, {changed} show a change. "
               + ("MLIR dumps the IR before each pass, per function or module: a changed snapshot shows "
                  "what the pass before it did." if record.stage in passes.MLIR_PASS_STAGES else
                  "XLA dumps the module after each pass."))
    only_changed = st.checkbox("Only snapshots that show a change", key="changed_only", value=True)
    positions = [i for i, s in enumerate(steps) if s.changed or not only_changed]
    if not positions:
        st.info("No pass changed the IR.")
        return
    st.dataframe([steps[i].as_row(entries[i]) for i in positions], hide_index=True, width="stretch", height=240)
    # one key per record: a selectbox kept across records would show the old record's label
    key = f"pass_step:{record.stage}:{record.unit}"
    linked = st.session_state.pop("link_step", None)
    if linked is not None and linked.isdigit() and int(linked) in positions:
        st.session_state[key] = int(linked)
    elif linked is not None:
        st.toast(f"This link's step {linked!r} is not among the snapshots shown; showing the first instead.",
                 icon="🔗")
    position = choose(st.selectbox, "Show the change in", positions, key=key,
                      format_func=lambda i: steps[i].title + passes.change_mark(steps[i]))
    st.session_state["shown_pass_step"] = position
    ignore_locations = record.stage in passes.MLIR_PASS_STAGES and st.checkbox(
        "Leave out location info (#loc lines, loc(...)): MLIR renumbers it between passes", key="pass_no_loc",
        value=True)
    change = passes.pass_change(record, position, ignore_locations=ignore_locations)
    if change.diff is None:
        st.info(change.note)
    else:
        st.markdown(f"**{change.step.author}**: {change.previous.title} → {change.step.title}")
        st.html(diff_html(change.diff))
    with st.expander("The whole snapshot"):
        st.html(panes_html([Pane(title=change.step.title, text=passes.snapshot_text(record, change.step),
                                 language=record.language)], legend=False))


def view_torch_step(step: torch_steps.TorchStep) -> None:
    st.caption(f"torch.compile writes no dump after each of its passes; it logs the {step.before.stage} and "
               f"{step.after.stage} stages on either side of {step.what}.")
    st.html(diff_html(torch_steps.step_diff(step)))
    with st.expander(f"The whole {step.after.stage} stage"):
        st.html(panes_html([Pane(title=f"{step.after.stage} · {step.after.unit}", text=step.after.text or "",
                                 language=step.after.language)], legend=False))


# ---------------------------------------------------------------- compare


def other_capture(capture: Capture) -> tuple[Capture | None, str]:
    """Capture B of a comparison, and its name."""
    kind = choose(st.radio, "Compare with", ["A sample", "A bundle directory", "This file with other options"],
                  key="compare_kind", horizontal=True)
    if kind == "A sample":
        samples = [s for s in list_samples(SAMPLES_DIR, BUNDLES_DIR) if s.bundle is not None]
        if not samples:
            st.info("No sample bundles to compare with.")
            return None, ""
        by_name = {s.name: s for s in samples}
        # Nothing until the user picks: any default would set an unrelated capture against A.
        name = choose(st.selectbox, "Sample", [""] + list(by_name), key="compare_sample",
                      format_func=lambda n: n or "— choose capture B —")
        if not name:
            st.info("Choose capture B: the same computation through another compiler (a torch sample and its "
                    "JAX twin), or *This file with other options* for another GPU target.")
            return None, ""
        try:
            return open_bundle(str(by_name[name].bundle), bundle_stamp(by_name[name].bundle)), name
        except BundleError as exc:
            st.error(str(exc))
            return None, ""
    if kind == "A bundle directory":
        text = st.text_input("Bundle directory", key="compare_bundle")
        if not text.strip():
            return None, ""
        try:
            path = Path(text.strip()).expanduser()
            return open_bundle(str(path), bundle_stamp(path)), path.name
        except BundleError as exc:
            st.error(str(exc))
            return None, ""
    source = find_source(capture, [SAMPLES_DIR])
    if source is None:
        st.info(f"{capture.source_path} is not on this machine; compare with a bundle instead.")
        return None, ""
    target = st.text_input("GPU target for B", key="compare_target", placeholder="sm_80")
    options = CaptureOptions(target=target.strip() or None)
    job = run_job(Path(source.path), options, st.button("Capture B", key="compare_capture"))
    return capture_from_job(job), f"{Path(source.path).name} for {options.target or 'the default target'}"


def view_compare(capture: Capture, backend: str) -> None:
    other, name = other_capture(capture)
    if other is None:
        return
    other_backends = pipeline.backends(other)
    backend_b = backend if backend in other_backends else other_backends[0]
    a_name = (st.session_state.get("sample") if st.session_state.get("open_kind") == "Sample" else None) \
        or Path(capture.source_path).name or "this capture"  # named as B is, where both are samples
    name = Path(other.source_path).name if other.source_path and name == Path(other.source_path).stem else name
    st.caption(f"A: {a_name} ({capture.framework}, backend {backend}) · B: {name} ({other.framework}, "
               f"backend {backend_b})")
    st.dataframe(compare.summary_rows(capture, other, backend, backend_b), hide_index=True, width="stretch")
    for note in compare.provenance_notes(capture, other, backend, backend_b):
        st.info(note)
    fusion_a, fusion_b = compare.fusion_summary(capture, backend), compare.fusion_summary(other, backend_b)
    if fusion_a or fusion_b:
        st.markdown("**Kernels and fusions**: what each compiler turned the graph into, in its own order")
        st.dataframe([{"": k, "A": compare.cell(fusion_a.get(k)), "B": compare.cell(fusion_b.get(k))}
                      for k in dict.fromkeys([*fusion_a, *fusion_b])], hide_index=True, width="stretch")
        st.dataframe(compare.fusion_side_by_side(capture, other, backend, backend_b), hide_index=True,
                     width="stretch")
        st.caption("Rows are positions in each compiler's order, not matches: row 2 of A did not become row 2 "
                   "of B. The fusion map of each (Graphs) says which ops went where.")
        if capture.framework != other.framework and backend != backend_b:
            st.caption(f"A is {backend} output and B {backend_b}: choose the same backend (above) to compare "
                       "like with like.")
    pairs = compare.pair_records(capture, other, backend, backend_b)
    resources = compare.kernel_resources(pairs)
    if resources and not compare.any_kernel_paired(pairs):
        st.caption("Kernel resources: no kernel of A has a namesake in B (two compilers, or two different "
                   "kernels), so none are set side by side; each capture's own figures are in its Pipeline view.")
    elif resources:
        st.markdown("**Kernel resources** (ptxas's numbers from the cubin; Triton's launch settings): kernels "
                    "of the same name side by side, any other in one capture only")
        st.dataframe(resources, hide_index=True, width="stretch")
    if capture.framework != other.framework:
        # Different compilers share no stage texts worth diffing line by line.
        return
    changes = compare.metadata_changes(pairs)
    with st.expander(f"Every metadata field that changed ({len(changes)}; the device's properties and compile "
                     "phase times last)", expanded=not resources):
        if changes:
            st.dataframe(changes, hide_index=True, width="stretch", height=260)
    textual = {p.label: p for p in pairs if (p.a and p.a.text is not None) or (p.b and p.b.text is not None)}
    if textual:
        first = compare.first_changed_pair(pairs)
        label = choose(st.selectbox, "Diff of", list(textual), key="compare_pair",
                       default=first.label if first else None)
        plain = st.checkbox("Ignore numbering and location info (registers, SSA values, labels, addresses, "
                            ".loc / #loc lines): they renumber wholesale between two builds", value=True,
                            key="compare_plain")
        st.html(diff_html(compare.pair_diff(textual[label], ignore_numbering=plain)))


# ---------------------------------------------------------------- timings and export


def view_timings(capture: Capture, backend: str) -> None:
    st.markdown("**Timings**")
    if not capture.timings:
        st.info(no_timings_advice(capture))
    sections = timings.timing_sections(capture.timings)
    for section in sections:
        st.caption(" · ".join(section.heading))
        if section.warning:
            st.warning(section.warning.capitalize())
        # a library kernel's name runs to 72 characters, and cuBLAS's variants differ at the end
        # (`…execute_kernel__5x_cublas`, `…execute_split_k_kernel__5x_cublas`): wide enough to tell them
        # apart, narrow enough to leave the figures on the screen
        st.dataframe(section.rows, column_order=section.columns, hide_index=True, width="stretch", height="content",
                     column_config={"kernel": st.column_config.TextColumn(width=340)})
    if any(r.get("median_s") is not None and r.get("kernel") and r.get("bytes") is None for r in capture.timings):
        st.caption("A '-' under GB/s: no byte count for that row. A name called with different sizes (two "
                   "Linears of different widths) gets none, and so does each of the two kernels cuBLAS may split "
                   "a GEMM into; under TFLOP/s: no FLOP formula covers the op (torch.profiler's cover matmuls and "
                   "convolutions).")
    faster = timings.speedups(capture.timings)
    if faster:
        st.markdown("**End to end against the unfused path**\n" + "\n".join(f"- {line}" for line in faster))
    summary = timings.kernel_summary_table(capture.timings)
    if summary:
        st.caption("Kernels per run: each kernel's median times its calls per run, added up, against the "
                   "end-to-end median; the rest runs between kernels (Python, dispatch, launches). Kernel "
                   "times come from profiled runs, so the share can pass 100% by the profiler's own cost.")
        st.dataframe(summary, hide_index=True, width="stretch")
    failures = timings.failed(capture.timings)
    if failures:
        st.error("**Failed or wrong**\n" + "\n".join(f"- {line}" for line in failures))
    skipped = timings.not_measured(capture.timings)
    if skipped:
        st.markdown("**Not measured**")
        st.markdown("\n".join(f"- {line}" for line in skipped))
    columns, rows = timings.timing_table(capture.timings)
    if rows:  # rows of another shape
        st.dataframe(rows, column_order=columns, hide_index=True, width="stretch")
    spec = timings.roofline(capture.timings)
    if spec:
        unplaced = timings.off_the_roofline(capture.timings)
        st.caption("Each timed row with both bytes and FLOPs: arithmetic intensity against achieved TFLOP/s, "
                   "under the device's datasheet roofs."
                   + (f" Not on it, for want of a FLOP count: {unplaced}; their %peak BW in the tables places "
                      "them against the bandwidth roof." if unplaced else ""))
        st.vega_lite_chart(data=None, spec=spec)
    elif sections:
        st.caption("No roofline: it needs the device's peak bandwidth and compute, which irlens has for GPUs "
                   "(datasheet figures), not for a host CPU.")
    st.markdown(f"**Kernels of the {backend.upper()} output** (timed medians where a timing row names the kernel)")
    elsewhere = timings.other_device_note(capture, backend)
    if elsewhere:
        st.info(elsewhere)
    st.dataframe(blanks_as_dashes(timings.kernel_list(capture, backend)), hide_index=True, width="stretch",
                 height="content")


def no_timings_advice(capture: Capture) -> str:
    """How to get timings, by what the sidebar offers for the open capture."""
    if capture.framework == "triton" and not has_nvidia_gpu():
        return ("No timings in this capture: a hand-written Triton kernel is timed on a GPU only, and this "
                "machine has none (Triton's CPU interpreter runs a kernel, but its times say nothing of one).")
    can_capture, sample_file = st.session_state.get("capture_origin", (False, None))
    if can_capture:
        how = "Tick *time the kernels too* under **Capture options** (sidebar) and capture again."
    elif sample_file:
        how = (f"This sample's ready-made bundle was made without timing. To time it, choose *File path* "
               f"(sidebar), give `{sample_file}`, tick *time the kernels too* under **Capture options** and "
               "press **Capture**.")
    else:
        how = (f"This bundle was written without `--bench`: run `irlens capture {capture.source_path or 'FILE'} "
               "-o DIR --bench` and open DIR as a *Bundle directory*.")
    where = "Without a GPU the kernels are timed on the CPU and every figure is labelled CPU."
    return f"No timings in this capture. {how} {where}"


def view_export(capture: Capture, backend: str) -> None:
    name = capture_name(capture)
    folder = bundle_folder(capture)
    st.download_button("Download the bundle (zip)", data=lambda: bundle_zip(capture, folder),
                       file_name=f"{folder}.zip", mime="application/zip", key="download_bundle")
    st.caption(f"The zip holds the bundle directory `{folder}`. Open it again with "
               f"`{reopen_command(capture, backend)}`, or unzip it and give the `{folder}` directory as "
               "*Bundle directory* in the sidebar.")

    state = {k: st.session_state[k] for k in st.session_state}  # the report is built later, on click

    def report() -> str:
        panes, selected = current_panes(capture, backend, state)
        if state.get("hide_line_info", True):  # as the side-by-side view showed them
            panes = [without_line_info(p) for p in panes]
        sections = []
        for r in pipeline.stage_records(capture, "fusion", backend):
            fmap = r.metadata.get("fusion_map")
            if fmap:
                rows = [{"kernel": k["name"], "kind": kind_label(k), "ops": ", ".join(k.get("ops", []))}
                        for k in fmap["kernels"]]
                sections.append((f"Fusion: {r.unit}", table_html(["kernel", "kind", "ops"], rows)))
        return report_html(capture, panes, selected, backend, sections,
                           wrap=state.get("wrap_lines", len(panes) > 2))  # as the side-by-side view showed them

    st.download_button("Download an HTML report of the side-by-side view", data=report,
                       file_name=f"{name}.irlens.html", mime="text/html", key="download_report")
    st.caption("One self-contained HTML file (no scripts, no external assets): the pipeline, the panes "
               "chosen on *Side by side* with the highlighted source line, and the timings.")


# ---------------------------------------------------------------- page


def main() -> None:
    st.set_page_config(page_title="irlens", layout="wide", page_icon="🔎")
    restore_from_link()
    try:
        capture = pick_capture()
    except Exception as exc:  # noqa: BLE001 - bad input is one line, never a traceback
        show_failure("could not open this input", exc)
        return
    if capture is None:
        update_link(st.session_state.get("view", VIEWS[0]), showing=False)
        return
    backend = header(capture)
    view = choose(st.radio, "View", list(VIEWS), key="view", horizontal=True, label_visibility="collapsed")
    render = {"Side by side": view_side_by_side, "Pipeline": view_pipeline, "Graphs": view_graphs,
              "Passes": view_passes, "Compare": view_compare, "Timings": view_timings, "Export": view_export}[view]
    try:
        render(capture, backend)
    except Exception as exc:  # noqa: BLE001
        show_failure(f"{view} view", exc)
    say_link_fallbacks()
    update_link(view)


main()
