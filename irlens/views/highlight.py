"""A small syntax colourer for IR text: one regular expression per language, one line at a time,
so a 20,000-line PTX costs only the lines actually shown."""
from __future__ import annotations

import html
import re

_PY_KEYWORDS = ("def|class|return|if|elif|else|for|while|in|not|and|or|import|from|as|with|"
                "None|True|False|lambda|yield|pass|raise|try|except|finally|assert|is|global")

# Each pattern's named groups are the CSS classes of what they match; the first group that
# matches at a position wins, so comments and strings come before everything inside them.
_PATTERNS = {
    "python": rf'(?P<c>#.*$)|(?P<s>"[^"\n]*"|\'[^\'\n]*\')|(?P<k>\b(?:{_PY_KEYWORDS})\b)|(?P<d>@[\w.]+)'
              r'|(?P<n>\b\d[\w.]*\b)',
    "mlir": r'(?P<c>//.*$)|(?P<s>"[^"\n]*")|(?P<v>[%^#!][\w.$-]+)|(?P<d>@[\w.$-]+)'
            r'|(?P<k>\b[a-z_]+\.[a-z_][\w.]*\b)|(?P<t>\btensor<[^>]*>|\b[fi]\d+\b)|(?P<n>\b\d+\b)',
    "llvm": r'(?P<c>;.*$)|(?P<s>"[^"\n]*")|(?P<v>%[\w.$-]+)|(?P<d>@[\w.$-]+)'
            r'|(?P<k>(?<== )[a-z]+\b|^\s*[a-z]+\b|\b(?:define|declare|ret|br|call|label)\b)'
            r'|(?P<t>\b(?:i\d+|float|half|double|ptr|void)\b)|(?P<n>\b\d+\b)',
    "ptx": r'(?P<c>//.*$)|(?P<s>"[^"\n]*")|(?P<d>^\s*\.\w+|\$L\w+)|(?P<v>%\w+)'
           r'|(?P<k>^\s*(?:@!?%\w+\s+)?[a-z][\w.]*)|(?P<n>\b0[xXfF][0-9a-fA-F]+\b|\b\d+\b)',
    "sass": r'(?P<c>/\*[^*]*\*/|//.*$)|(?P<d>\.L\w+|^\s*\.\w+)|(?P<v>\bU?R\d+\b|\bP\d\b|\bPT\b|\bRZ\b)'
            r'|(?P<k>\b[A-Z][A-Z0-9]+(?:\.[A-Z0-9_]+)*\b)|(?P<n>\b0x[0-9a-f]+\b)',
    "hlo": r'(?P<c>/\*.*?\*/|//.*$)|(?P<s>"[^"\n]*")|(?P<v>%[\w.-]+)|(?P<d>\bENTRY\b|\bROOT\b)'
           r'|(?P<t>\b(?:f|bf|s|u|pred)\d*\[[^\]]*\](?:\{[^}]*\})?)|(?P<k>\b[a-z][\w-]*(?=\())',
    "asm": r'(?P<c>#.*$|;.*$)|(?P<d>^\s*\.\w+|^\w[\w.$]*:)|(?P<v>%\w+)|(?P<k>^\s*[a-z][\w.]*)'
           r'|(?P<n>\$?-?\b\d+\b)',
    "dot": r'(?P<c>//.*$)|(?P<s>"[^"\n]*")|(?P<k>\b(?:digraph|subgraph|node|edge|graph)\b)',
}
_COMPILED = {name: re.compile(p) for name, p in _PATTERNS.items()}
_ALIASES = {"jaxpr": "python", "cpp": "python", "c++": "python"}


def highlight_line(text: str, language: str) -> str:
    """HTML for one line: escaped text with <span class=tok-X> around the tokens recognised."""
    pattern = _COMPILED.get(_ALIASES.get(language, language))
    if pattern is None:
        return html.escape(text)
    out, pos = [], 0
    for m in pattern.finditer(text):
        if m.start() == m.end():
            continue
        out.append(html.escape(text[pos:m.start()]))
        out.append(f'<span class="tok-{m.lastgroup}">{html.escape(m.group())}</span>')
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)
