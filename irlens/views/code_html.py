"""Stages side by side as HTML: numbered, coloured lines, the lines from the chosen source line
highlighted, lines of no known origin dimmed, and only a window of a long text rendered."""
from __future__ import annotations

import html
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from irlens.record import SourceLoc
from irlens.views.highlight import highlight_line
from irlens.views.linemap import Highlight, file_label, highlight_for

DEFAULT_WINDOW = 400
# Past this many lines in one pane, lines are not coloured: the tokens' spans would triple the
# page a browser has to lay out ("show all" of a 20,000-line PTX).
COLOUR_LIMIT = 3000
CONTEXT_BEFORE_HIT = 8
FIRST_SCREEN_LINES = 30  # about what a pane (72vh of 12px lines) shows before it must be scrolled

CSS = """
.irl-grid{display:grid;gap:10px;margin:4px 0}
.irl-pane{border:1px solid #d0d4dc;border-radius:6px;overflow:hidden;background:#fff;color:#1d1f24;min-width:0}
.irl-head{background:#eef1f6;padding:5px 9px;font:600 13px system-ui,sans-serif;color:#1d1f24}
.irl-info{padding:3px 9px;font:12px system-ui,sans-serif;color:#555;border-bottom:1px solid #e4e6eb}
.irl-note{padding:10px;font:13px system-ui,sans-serif;color:#8a1c1c;background:#fff4f4}
.irl-code{position:relative;max-height:72vh;overflow:auto;font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;
  white-space:pre;tab-size:4;padding:2px 0}
.irl-code .l{padding-right:10px;min-width:max-content}
.irl-code .n{display:inline-block;width:6ch;padding-right:1ch;text-align:right;color:#9aa0aa;user-select:none}
.irl-code.has-map .l.u{opacity:.45}
.irl-code .l.h{background:#ffe98a;box-shadow:inset 4px 0 #e0a100;opacity:1}
.irl-code .l.h .n{color:#6b4f00;font-weight:700}
.tok-c{color:#6a737d;font-style:italic}.tok-s{color:#0a6b2b}.tok-k{color:#7a1fa2;font-weight:600}
.tok-v{color:#005cc5}.tok-d{color:#b35900}.tok-t{color:#1f6f8b}.tok-n{color:#9a3e00}
.irl-grid.wrap .irl-code{white-space:pre-wrap;overflow-wrap:anywhere}
.irl-grid.wrap .irl-code .l{min-width:0;padding-left:7ch;text-indent:-7ch}
.irl-legend{font:12px system-ui,sans-serif;color:#444;margin:2px 0 6px}
.irl-legend span{padding:0 6px;margin-right:8px;border-radius:3px}
@media (max-width:700px){.irl-grid{grid-template-columns:minmax(0,1fr)!important}.irl-code{max-height:55vh}}
"""


@dataclass
class Pane:
    """One text shown side by side: a stage of one unit, or the user's source file."""

    title: str
    text: str | None
    language: str = "text"
    line_map: dict[int, SourceLoc] = field(default_factory=dict)
    via_calls: dict[int, SourceLoc] = field(default_factory=dict)  # inlined code -> the user's call line
    # a line from several source lines (a fused kernel's launch) -> the others besides line_map's
    also_from: dict[int, tuple[SourceLoc, ...]] = field(default_factory=dict)
    note: str = ""  # shown instead of the text: why the stage is missing, or that it is binary
    # The number shown beside line 1: a kernel's `source` cut from a longer file is numbered as in
    # that file, so its numbers are the ones the source-line choice names.
    first_number: int = 1
    # Where lines were left out (line-info lines): each shown line's number in the whole text, so
    # the numbers stay those of the file; and how many were left out.
    numbers: tuple[int, ...] = ()
    hidden: int = 0
    # Said when no line of the pane has a known origin.
    unmapped_note: str = "no source locations in this stage"

    def number(self, n: int) -> int:
        """The number shown beside line n (1-based) of the text shown."""
        return self.numbers[n - 1] if self.numbers else n + self.first_number - 1

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines() if self.text else []


@dataclass(frozen=True)
class Window:
    """Lines start..end (1-based, inclusive) of a text of `total` lines."""

    start: int
    end: int
    total: int

    @property
    def complete(self) -> bool:
        return self.start <= 1 and self.end >= self.total


def choose_window(total: int, hits: tuple[int, ...] = (), size: int = DEFAULT_WINDOW,
                  page: int = 0, show_all: bool = False, scrolls: bool = False) -> Window:
    """A window that shows the first highlighted line: all of a short text in a pane that scrolls
    to it (`scrolls`: the app's panes run SCROLL_SCRIPT); else, in a pane that cannot (the HTML
    report), from a little before it when it lies below the pane's first screen; all of a short
    text without one, or page `page` of a long one. `show_all` shows everything."""
    if show_all or (scrolls and total <= size):
        return Window(1, total, total)
    if hits and hits[0] > FIRST_SCREEN_LINES:
        start = hits[0] - CONTEXT_BEFORE_HIT
        start = max(1, min(start, total - size + 1) if total > size else start)
    elif hits or total <= size:
        start = 1
    else:
        pages = (total + size - 1) // size
        start = min(max(page, 0), pages - 1) * size + 1
    return Window(start, min(total, start + size - 1), total)


def page_count(total: int, size: int = DEFAULT_WINDOW) -> int:
    return max(1, (total + size - 1) // size)


def _info(pane: Pane, light: Highlight, window: Window, selected: SourceLoc | None) -> str:
    # numbers are the file's own, so that a range reads against the whole file's count
    parts = [f"{window.total + pane.hidden:,} lines ({pane.hidden:,} line-info lines hidden)" if pane.hidden
             else f"{window.total:,} lines"]
    if not window.complete:
        parts.append(f"showing {pane.number(window.start):,}–{pane.number(window.end):,}")
    if not light.mapped:
        parts.append(pane.unmapped_note)
    elif selected is not None:
        where = f"{file_label(selected.file)}:{selected.line}"
        if light.hits:
            shown = ", ".join(str(pane.number(n)) for n in light.hits[:8]) + (" …" if len(light.hits) > 8 else "")
            what = "line" if len(light.hits) == 1 else "lines"
            parts.append(f"{len(light.hits)} {what} from {where}: {shown}")
        else:
            parts.append(f"nothing from {where}")
    return " · ".join(parts)


def pane_html(pane: Pane, selected: SourceLoc | None = None, window: Window | None = None,
              size: int = DEFAULT_WINDOW, page: int = 0, show_all: bool = False, scrolls: bool = False) -> str:
    """One pane as HTML (needs CSS, which panes_html adds)."""
    head = f'<div class="irl-head">{html.escape(pane.title)}</div>'
    if pane.text is None:
        return f'<div class="irl-pane">{head}<div class="irl-note">{html.escape(pane.note or "no text")}</div></div>'
    lines = pane.lines
    light = highlight_for(pane.line_map, selected, pane.via_calls, pane.also_from)
    if window is None:
        window = choose_window(len(lines), light.hits, size=size, page=page, show_all=show_all, scrolls=scrolls)
    hits = set(light.hits)
    language = pane.language if window.end - window.start < COLOUR_LIMIT else "text"
    rows = []
    for n in range(window.start, window.end + 1):
        cls = "h" if n in hits else ("m" if n in light.mapped else "u")
        loc, call = pane.line_map.get(n), pane.via_calls.get(n)
        origin = f"{loc} (inlined, called from {call})" if loc and call else str(loc or call or "")
        if pane.also_from.get(n):
            origin += " and " + ", ".join(str(other) for other in pane.also_from[n])
        title = f' title="{html.escape(origin)}"' if origin else ""
        user_line = call or loc  # the line of the user's file this one came from, for scrolling panes together
        src = f' data-src="{html.escape(f"{Path(user_line.file).name}:{user_line.line}")}"' if user_line else ""
        rows.append(f'<div class="l {cls}"{title}{src}><span class="n">{pane.number(n)}</span>'
                    f'{highlight_line(lines[n - 1], language)}</div>')
    code_class = "irl-code has-map" if light.mapped else "irl-code"
    return (f'<div class="irl-pane">{head}<div class="irl-info">{html.escape(_info(pane, light, window, selected))}'
            f'</div><div class="{code_class}">{"".join(rows)}</div></div>')


LEGEND = ('<div class="irl-legend"><span style="background:#ffe98a">from the chosen source line</span>'
          '<span>from another known source line</span><span style="opacity:.45">no known origin</span></div>')


def panes_html(panes: list[Pane], selected: SourceLoc | None = None, size: int = DEFAULT_WINDOW,
               pages: list[int] | None = None, show_all: bool = False, legend: bool = True,
               wrap: bool = False, script: bool = False, together: bool = False) -> str:
    """The panes next to each other, with their CSS: one self-contained HTML fragment. `wrap`
    folds long lines (three panes side by side are narrow) under their line number. `script`
    adds SCROLL_SCRIPT (for a page that runs it): each pane scrolls to its first highlighted
    line, and with `together`, scrolling one pane brings the others to the lines that came from
    the same source line."""
    pages = pages or [0] * len(panes)
    body = "".join(pane_html(p, selected, size=size, page=pg, show_all=show_all, scrolls=script)
                   for p, pg in zip(panes, pages))
    grid = "irl-grid wrap" if wrap else "irl-grid"
    grid_id = f"irl-{uuid.uuid4().hex[:12]}"
    js = f"<script>{SCROLL_SCRIPT.replace('GRID_ID', grid_id)}</script>" if script else ""
    return (f"<style>{CSS}</style>{LEGEND if legend else ''}"
            f'<div class="{grid}" id="{grid_id}" data-together="{int(together)}" '
            f'style="grid-template-columns:repeat({max(1, len(panes))},minmax(0,1fr))">{body}</div>{js}')


# Runs in the page (st.html with unsafe_allow_javascript): the server can choose which lines a pane
# renders but not where the pane's own scrollbar stands, and only the browser knows what a person
# scrolled to. A scroll this script makes is remembered, so that its own scroll event is not
# taken for the person's and echoed back.
SCROLL_SCRIPT = """
(function () {
  const grid = document.getElementById("GRID_ID");
  if (!grid) return;
  const codes = Array.from(grid.querySelectorAll(".irl-code"));
  const made = new Map();
  function scrollTo(code, top) {
    code.scrollTop = Math.max(0, top);
    made.set(code, code.scrollTop);
  }
  for (const code of codes) {
    const hit = code.querySelector(".l.h");
    if (hit) scrollTo(code, hit.offsetTop - 3 * hit.offsetHeight);
  }
  if (grid.dataset.together !== "1") return;
  function firstShown(code) {
    for (const row of code.querySelectorAll(".l[data-src]")) {
      if (row.offsetTop + row.offsetHeight > code.scrollTop) return row;
    }
    return null;
  }
  function follow(code) {
    const row = firstShown(code);
    if (!row) return;
    const offset = row.offsetTop - code.scrollTop;
    for (const other of codes) {
      if (other === code) continue;
      const match = other.querySelector('.l[data-src="' + CSS.escape(row.dataset.src) + '"]');
      if (match) scrollTo(other, match.offsetTop - offset);
    }
  }
  let pending = null;  // one follow per frame: a long pane fires many scroll events
  for (const code of codes) {
    code.addEventListener("scroll", function () {
      if (made.get(code) === code.scrollTop) { made.delete(code); return; }
      made.delete(code);
      if (pending === null) {
        pending = requestAnimationFrame(function () { pending = null; follow(code); });
      }
    }, {passive: true});
  }
})();
"""
