"""Project configuration: ``[tool.akn-un]`` in ``pyproject.toml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from akn_un.core.errors import AknUnError

FAIL_ON = ("error", "warning", "info")
# Where a [tool.akn-un] table can start: a [tool] or [tool.akn…] header, a
# dotted key tool.akn… or an inline table tool = {…} (quoted keys too; a
# BOM first, which tomllib then reports).
_MAY_HOLD_OURS_RE = re.compile(
    r"""^\ufeff?[ \t]*(?:\[\[?[ \t]*)?["']?tool["']?"""
    r"""[ \t]*(?:\]|=|\.[ \t]*["']?akn)""",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Config:
    """Rule selection, the severity that fails a run, files passed over.

    ``exclude`` is ``None`` where not set (the default patterns apply).
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    exclude: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] = ()
    force_exclude: bool = False
    respect_gitignore: bool = True


def _patterns(value: object, key: str, path: Path) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(
        isinstance(v, str) for v in value
    ):
        raise AknUnError(
            f"{path}: [tool.akn-un] {key} must be a list of patterns"
        )
    return tuple(v.strip() for v in value if v.strip())


def _flag(section: dict[str, object], key: str, path: Path, *,
          default: bool) -> bool:
    value = section.get(key, default)
    if not isinstance(value, bool):
        raise AknUnError(
            f"{path}: [tool.akn-un] {key} must be true or false")
    return value


def _codes(value: object, key: str, path: Path) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(
        isinstance(v, str) for v in value
    ):
        raise AknUnError(
            f"{path}: [tool.akn-un] {key} must be a list of codes"
        )
    return tuple(v.strip().upper() for v in value if v.strip())


def _table(
    parent: dict[str, object], key: str, path: Path
) -> dict[str, object]:
    """``parent[key]``, a table ({} where absent).

    Raises:
        AknUnError: it is there but not a table.

    """
    value = parent.get(key, {})
    if not isinstance(value, dict):
        name = "[tool]" if key == "tool" else f"[tool.{key}]"
        raise AknUnError(
            f"{path}: {name} must be a table, not {repr(value)[:40]}"
        )
    return value


def load_config(start: Path) -> Config:
    """The nearest ``pyproject.toml`` at or above ``start``'s config.

    Raises:
        AknUnError: the file is not TOML, or a key has the wrong type.

    """
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return _read(candidate)
    return Config()


def _read(candidate: Path) -> Config:
    """The ``[tool.akn-un]`` table of one ``pyproject.toml``.

    The TOML is parsed only when a line may open that table (most
    projects' files have none; the parser costs a command's start-up),
    or when an escape in a key could spell its name.
    """
    try:
        text = candidate.read_text(encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise AknUnError(f"{candidate}: cannot be read: {exc}") from exc
    if not _MAY_HOLD_OURS_RE.search(text) and "\\u" not in text.lower():
        return Config()
    import tomllib  # noqa: PLC0415 - only for a file that may hold ours

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise AknUnError(f"{candidate}: {exc}") from exc
    except RecursionError as exc:
        raise AknUnError(
            f"{candidate}: nested too deeply to be read") from exc
    section = _table(_table(data, "tool", candidate), "akn-un", candidate)
    fail_on = section.get("fail-on", "error")
    if fail_on not in FAIL_ON:
        raise AknUnError(
            f"{candidate}: [tool.akn-un] fail-on must be one of "
            f"{', '.join(FAIL_ON)}"
        )
    exclude = section.get("exclude")
    return Config(
        select=_codes(section.get("select", []), "select", candidate),
        ignore=_codes(section.get("ignore", []), "ignore", candidate),
        fail_on=fail_on,
        exclude=(None if exclude is None
                 else _patterns(exclude, "exclude", candidate)),
        extend_exclude=_patterns(
            section.get("extend-exclude", []), "extend-exclude", candidate),
        force_exclude=_flag(
            section, "force-exclude", candidate, default=False),
        respect_gitignore=_flag(
            section, "respect-gitignore", candidate, default=True),
    )
