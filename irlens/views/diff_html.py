"""Unified diffs of IR text (difflib) and their HTML: what a pass changed, or what changed between
two captures of the same stage."""
from __future__ import annotations

import difflib
import html
from dataclasses import dataclass

# Long IR lines (a kernel signature runs past 500 characters) wrap under their +/- mark: the part
# that changed is often at the far end.
CSS = """
.irl-diff{border:1px solid #d0d4dc;border-radius:6px;background:#fff;color:#1d1f24;max-height:72vh;overflow:auto;
  font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;tab-size:4}
.irl-diff div{padding:0 8px 0 3ch;text-indent:-2ch;overflow-wrap:anywhere}
.irl-diff .add{background:#e6ffec}.irl-diff .del{background:#ffebe9}
.irl-diff .hunk{background:#eef1f6;color:#4a5568}.irl-diff .file{font-weight:700;background:#f6f8fa}
.irl-diff-stat{font:12px system-ui,sans-serif;color:#444;margin:2px 0 6px}
"""


@dataclass(frozen=True)
class TextDiff:
    lines: tuple[str, ...]  # unified diff, without trailing newlines
    added: int
    removed: int

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


def unified_diff(before: str, after: str, before_name: str = "before", after_name: str = "after",
                 context: int = 3) -> TextDiff:
    lines = tuple(difflib.unified_diff(before.splitlines(), after.splitlines(), before_name, after_name,
                                       n=context, lineterm=""))
    added = sum(1 for line in lines if line.startswith("+") and not line.startswith("+++"))
    removed = sum(1 for line in lines if line.startswith("-") and not line.startswith("---"))
    return TextDiff(lines=lines, added=added, removed=removed)


def _row_class(line: str) -> str:
    if line.startswith(("+++", "---")):
        return "file"
    if line.startswith("@@"):
        return "hunk"
    if line.startswith("+"):
        return "add"
    if line.startswith("-"):
        return "del"
    return "ctx"


def diff_html(diff: TextDiff, max_lines: int = 4000) -> str:
    """The diff coloured line by line; a diff longer than max_lines is cut, and says so."""
    stat = f"+{diff.added} −{diff.removed} lines" if diff.changed else "no change"
    if len(diff.lines) > max_lines:
        stat += f" · first {max_lines:,} of {len(diff.lines):,} diff lines shown"
    rows = "".join(f'<div class="{_row_class(line)}">{html.escape(line) or " "}</div>'
                   for line in diff.lines[:max_lines])
    return (f'<style>{CSS}</style><div class="irl-diff-stat">{html.escape(stat)}</div>'
            + (f'<div class="irl-diff">{rows}</div>' if rows else ""))
