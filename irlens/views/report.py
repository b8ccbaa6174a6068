"""A self-contained HTML report of what the app shows: inline CSS, no scripts, no external assets,
so it opens in any browser without irlens (a handout, or an attachment to a bug report)."""
from __future__ import annotations

import html
from datetime import datetime, timezone

import irlens
from irlens.record import Capture, SourceLoc
from irlens.views.code_html import Pane, panes_html
from irlens.views.linemap import file_label
from irlens.views.pipeline import CUDA, environment_facts, pipeline_rows
from irlens.views.timings import (failed, kernel_summary_table, not_measured, speedups, timing_sections,
                                  timing_table)

PAGE_CSS = """
body{font:14px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;color:#1d1f24;margin:24px;max-width:1800px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:24px 0 8px;border-bottom:1px solid #e4e6eb}
.meta{color:#555;font-size:13px}
.warning{color:#8a4b00;background:#fff4e0;padding:2px 6px;font-size:13px}
table.irl{border-collapse:collapse;font-size:12.5px;margin:6px 0}
table.irl th,table.irl td{border:1px solid #d9dce3;padding:3px 8px;text-align:left;vertical-align:top}
table.irl th{background:#eef1f6}
.fail{color:#8a1c1c}
"""


def table_html(columns: list[str], rows: list[dict]) -> str:
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape('' if r.get(c) is None else str(r.get(c)))}</td>"
                                    for c in columns) + "</tr>" for r in rows)
    return f'<table class="irl"><tr>{head}</tr>{body}</table>'


def report_html(capture: Capture, panes: list[Pane], selected: SourceLoc | None = None,
                backend: str = CUDA, sections: list[tuple[str, str]] = (), show_all: bool = False,
                wrap: bool = False) -> str:
    """The whole page: header, failures, pipeline, the panes shown side by side (with the chosen
    source line highlighted, long lines folded when `wrap`), timings, and any extra (title, HTML)
    sections. The header says how the capture was made, as the app's header does."""
    facts = " · ".join(environment_facts(capture.environment or {}, capture.framework))
    title = f"irlens: {capture.source_path.rsplit('/', 1)[-1]} ({capture.framework})"
    parts = [f"<h1>{html.escape(title)}</h1>",
             f'<div class="meta">made {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC by irlens '
             f"{html.escape(irlens.__version__)} · backend {html.escape(backend)}"
             + (f" · {html.escape(facts)}" if facts else "") + "</div>"]
    failures = capture.failures()
    if failures:
        parts.append("<h2>Failures</h2>" + "".join(f'<div class="fail">{html.escape(f)}</div>' for f in failures))
    rows = [r.as_dict() for r in pipeline_rows(capture, backend)]
    if rows:
        parts.append("<h2>Pipeline</h2>" + table_html(list(rows[0]), rows))
    if panes:
        heading = "Side by side" + (f" — source line {file_label(selected.file)}:{selected.line}" if selected else "")
        parts.append(f"<h2>{html.escape(heading)}</h2>" + panes_html(panes, selected, show_all=show_all, wrap=wrap))
    if capture.timings:
        parts.append("<h2>Timings</h2>")
        for group in timing_sections(capture.timings):
            warning = f'<div class="warning">warning: {html.escape(group.warning)}</div>' if group.warning else ""
            parts.append(f'<div class="meta">{html.escape(" · ".join(group.heading))}</div>' + warning
                         + table_html(group.columns, group.rows))
        faster = speedups(capture.timings)
        if faster:
            parts.append("<h3>End to end against the unfused path</h3><ul>"
                         + "".join(f"<li>{html.escape(line)}</li>" for line in faster) + "</ul>")
        summary = kernel_summary_table(capture.timings)
        if summary:
            parts.append("<h3>Kernels per run</h3>" + table_html(list(summary[0]), summary))
        for heading, problems in (("Failed or wrong", failed(capture.timings)),
                                  ("Not measured", not_measured(capture.timings))):
            if problems:
                parts.append(f"<h3>{heading}</h3><ul>"
                             + "".join(f"<li>{html.escape(line)}</li>" for line in problems) + "</ul>")
        columns, trows = timing_table(capture.timings)
        if trows:  # rows of another shape
            parts.append(table_html(columns, trows))
    for heading, body in sections:
        parts.append(f"<h2>{html.escape(heading)}</h2>{body}")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{PAGE_CSS}</style></head><body>{''.join(parts)}</body></html>\n")
