"""How fast the app shows things: the first view of a cached bundle (AppTest run time, target under
2 s) and a 20,000-line PTX side by side (time to build the HTML, windowed and in full).

    python benchmarks/bench_app.py [BUNDLE_DIR]

Without BUNDLE_DIR it uses the first Triton bundle in samples/bundles, or captures the first
samples/triton_*.py into a temporary directory with the irlens CLI.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from irlens.bundle import load_bundle  # noqa: E402
from irlens.record import SourceLoc  # noqa: E402
from irlens.views.catalog import list_samples  # noqa: E402
from irlens.views.code_html import Pane, panes_html  # noqa: E402

SAMPLES = Path(os.environ.get("IRLENS_SAMPLES_DIR") or ROOT / "samples")
FIRST_VIEW_BUDGET_S = 2.0
BIG_PTX_LINES = 20_000


def triton_bundle(work: Path) -> Path:
    samples = [s for s in list_samples(SAMPLES) if s.framework_hint == "triton"]
    if not samples:
        sys.exit(f"bench_app: no Triton sample in {SAMPLES}")
    if samples[0].bundle is not None:
        return samples[0].bundle
    out = work / "bundles" / samples[0].name
    subprocess.run([sys.executable, "-m", "irlens", "capture", str(samples[0].source), "-o", str(out)],
                   check=False, env=dict(os.environ, IRLENS_CACHE_DIR=str(work / "cache")))
    return out


def first_view_seconds(bundle: Path, runs: int = 5) -> list[float]:
    from streamlit.testing.v1 import AppTest

    os.environ["IRLENS_BUNDLES_DIR"] = str(bundle.parent)
    times = []
    for _ in range(runs):
        at = AppTest.from_file(str(ROOT / "apps" / "irlens.py"), default_timeout=60)
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
        if at.exception or not at.html:
            sys.exit(f"bench_app: the first view did not render: {at.exception}")
    return times


def big_ptx(bundle: Path) -> Pane:
    """Real PTX of the sample, repeated to BIG_PTX_LINES lines with its line map carried along:
    the size of a large fused kernel's PTX, for timing the rendering only."""
    ptx = next(r for r in load_bundle(bundle) if r.stage == "ptx")
    lines = ptx.text.splitlines()
    copies = -(-BIG_PTX_LINES // len(lines))
    line_map = {n + k * len(lines): loc for k in range(copies) for n, loc in ptx.line_map.items()}
    return Pane("ptx (repeated)", "\n".join(lines * copies), "ptx", line_map)


def timed(fn, repeats: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="irlens-bench-") as tmp:
        bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else triton_bundle(Path(tmp))
        views = first_view_seconds(bundle)
        first, warm = views[0], statistics.median(views[1:])
        verdict = "ok" if first < FIRST_VIEW_BUDGET_S else "OVER BUDGET"
        print(f"first view of {bundle.name}: {first:.2f} s first run, {warm:.2f} s median of "
              f"{len(views) - 1} reruns (budget {FIRST_VIEW_BUDGET_S:.0f} s: {verdict})")

        pane = big_ptx(bundle)
        hit = max(set(pane.line_map.values()), key=lambda loc: sum(1 for v in pane.line_map.values() if v == loc))
        total = len(pane.lines)
        for label, kwargs in (("window, no selection", {}),
                              ("window around a source line", {"selected": SourceLoc(hit.file, hit.line)}),
                              ("show all", {"show_all": True})):
            seconds, html = timed(lambda: panes_html([pane, pane, pane], **kwargs))
            print(f"{total:,}-line PTX x3 panes, {label}: {seconds * 1000:.1f} ms, {len(html) / 1e6:.2f} MB of HTML")
        return 0 if first < FIRST_VIEW_BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
