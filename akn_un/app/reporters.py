"""Reporters: diagnostics as text, JSON, SARIF 2.1.0 or GitHub annotations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from akn_un import __version__
from akn_un.core.diagnostics import Diagnostic, Severity
from akn_un.core.rules import Rule
from akn_un.rules import all_rules

JSON_VERSION = 1
INFORMATION_URI = "https://pypi.org/project/akn-un/"


Rules = Mapping[str, Rule] | None


def _name(code: str, rules: Rules) -> str:
    """The rule's name, from ``rules`` if given (a cached table)."""
    rule = (rules or all_rules()).get(code)
    return rule.name if rule else ""


def counted(number: int, noun: str) -> str:
    """"1 error", "2 errors": a number and its noun, in the plural."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def summary(diagnostics: Sequence[Diagnostic], files: int) -> str:
    """"3 problems (2 errors, 1 warning) in 2 files"."""
    counts = Counter(str(d.severity) for d in diagnostics)
    parts = [
        counted(counts[s], s) for s in ("error", "warning", "info")
        if counts[s]
    ]
    detail = f" ({', '.join(parts)})" if parts else ""
    return (f"{counted(len(diagnostics), 'problem')}{detail} in "
            f"{counted(files, 'file')}")


def hidden_infos(hidden: int) -> str:
    """The note that says how many infos a report left out."""
    return f"{counted(hidden, 'info')} not shown: --infos" if hidden else ""


def statistics(
    diagnostics: Sequence[Diagnostic], *, rules: Rules = None
) -> str:
    """How many findings of each rule, most first: ``  12  F001  name``."""
    counts = Counter(d.code for d in diagnostics)
    width = len(str(max(counts.values(), default=0)))
    return "".join(
        f"{count:>{width}}  {code}  {_name(code, rules)}\n"
        for code, count in sorted(counts.items(), key=lambda c: (-c[1], c[0]))
    )


def text(
    diagnostics: Sequence[Diagnostic],
    files: int,  # noqa: ARG001 - every reporter takes the same arguments
    *,
    rules: Rules = None,
    unreadable: int = 0,  # noqa: ARG001
) -> str:
    """One ``path:line:col: CODE message [name]`` line per diagnostic."""
    return "".join(
        f"{d} [{_name(d.code, rules)}]\n" for d in diagnostics
    )


def json_report(
    diagnostics: Sequence[Diagnostic],
    files: int,
    *,
    rules: Rules = None,
    unreadable: int = 0,
) -> str:
    """The versioned JSON document (``schemas/diagnostics.schema.json``).

    ``unreadable``: how many of the files were not read (each has its
    X003, X005 or X006 among the diagnostics).
    """
    import json  # noqa: PLC0415 - only for this form
    counts = Counter(str(d.severity) for d in diagnostics)
    document = {
        "version": JSON_VERSION,
        "tool": {"name": "akn-un", "version": __version__},
        "summary": {
            "files": files,
            "unreadable": unreadable,
            "errors": counts["error"],
            "warnings": counts["warning"],
            "infos": counts["info"],
        },
        "diagnostics": [
            {**d.to_dict(), "name": _name(d.code, rules)} for d in diagnostics
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def sarif(
    diagnostics: Sequence[Diagnostic],
    files: int,  # noqa: ARG001 - every reporter takes the same arguments
    *,
    rules: Rules = None,
    unreadable: int = 0,  # noqa: ARG001
) -> str:
    """SARIF 2.1.0, as GitHub code scanning reads it."""
    import json  # noqa: PLC0415 - only for this form
    rules = rules or all_rules()
    codes = sorted({d.code for d in diagnostics})
    index = {code: i for i, code in enumerate(codes)}
    driver = {
        "name": "akn-un",
        "version": __version__,
        "informationUri": INFORMATION_URI,
        "rules": [
            {
                "id": code,
                "name": rules[code].name if code in rules else code,
                "shortDescription": {
                    "text": rules[code].summary if code in rules else code
                },
                "fullDescription": {
                    "text": rules[code].explanation if code in rules else code
                },
                "defaultConfiguration": {
                    "level": _SARIF_LEVEL[
                        str(rules[code].severity if code in rules else "error")
                    ]
                },
            }
            for code in codes
        ],
    }
    results = []
    for d in diagnostics:
        loc = d.location
        region = {"startLine": loc.line or 1}
        if loc.column:
            region["startColumn"] = loc.column
        location: dict[str, object] = {
            "physicalLocation": {
                "artifactLocation": {"uri": loc.path or "stdin"},
                "region": region,
            }
        }
        if loc.xpath:
            location["logicalLocations"] = [
                {"fullyQualifiedName": loc.xpath, "kind": "element"}
            ]
        results.append(
            {
                "ruleId": d.code,
                "ruleIndex": index[d.code],
                "level": _SARIF_LEVEL[str(d.severity)],
                "message": {"text": d.message},
                "locations": [location],
            }
        )
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "results": results}],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_github(value: str, *, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def github(
    diagnostics: Sequence[Diagnostic],
    files: int,  # noqa: ARG001 - every reporter takes the same arguments
    *,
    rules: Rules = None,
    unreadable: int = 0,  # noqa: ARG001
) -> str:
    """GitHub Actions workflow commands (``::error file=…,line=…::…``)."""
    lines = []
    for d in diagnostics:
        loc = d.location
        where = _escape_github(loc.path or "stdin", property_value=True)
        props = [f"file={where}"]
        if loc.line:
            props.append(f"line={loc.line}")
        if loc.column:
            props.append(f"col={loc.column}")
        title = _escape_github(
            f"{d.code} {_name(d.code, rules)}", property_value=True
        )
        props.append(f"title={title}")
        lines.append(
            f"::{_GITHUB_LEVEL[str(d.severity)]} {','.join(props)}::"
            f"{_escape_github(d.message)}\n"
        )
    return "".join(lines)


TYPE_CHECKING = False  # as typing's, without importing typing (start-up)
if TYPE_CHECKING:
    from typing import Protocol

    class Reporter(Protocol):
        """Diagnostics of ``files`` files as one text; names from rules.

        ``unreadable`` of the files were not read.
        """

        def __call__(
            self,
            diagnostics: Sequence[Diagnostic],
            files: int,
            *,
            rules: Rules = None,
            unreadable: int = 0,
        ) -> str:
            """The report."""


REPORTERS: dict[str, Reporter] = {
    "text": text,
    "json": json_report,
    "sarif": sarif,
    "github": github,
}

SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
