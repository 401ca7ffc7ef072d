"""Text rewritten with a map back to the original's offsets.

Each form's reader rewrites the text it was given (a marker made
superscript, a line of page furniture taken out); diagnostics must still
point at the original.  An :class:`Edited` text keeps, for each stretch of
its text, the offset in the original it came from.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``text``."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Edited:
    """A text and, stretch by stretch, where it stands in the original.

    Stretch ``i`` starts at ``starts[i]`` in ``text`` and came from
    ``origins[i]`` in the original: character for character when
    ``copied[i]``, as a whole (inserted text) otherwise.

    >>> edited = Edited("Court,2 held").apply([Edit(6, 7, "²")])
    >>> edited.text, edited.origin(8)
    ('Court,² held', 8)
    """

    text: str
    starts: list[int] = field(default_factory=lambda: [0])
    origins: list[int] = field(default_factory=lambda: [0])
    copied: list[bool] = field(default_factory=lambda: [True])

    def origin(self, offset: int) -> int:
        """The offset in the original of ``offset`` in ``text``."""
        index = bisect.bisect_right(self.starts, offset) - 1
        if not self.copied[index]:
            return self.origins[index]
        return self.origins[index] + offset - self.starts[index]

    def apply(self, edits: Iterable[Edit]) -> Edited:
        """The text with ``edits`` (in order, not overlapping) made."""
        result = Edited("", [], [], [])
        pieces: list[str] = []
        at = 0
        for edit in edits:
            if edit.start < at:
                message = "edits overlap or are out of order"
                raise ValueError(message)
            self._copy(at, edit.start, result, pieces)
            result.add(
                edit.text, self.origin(edit.start), pieces, copied=False
            )
            at = edit.end
        self._copy(at, len(self.text), result, pieces)
        if not result.starts:
            result.starts, result.origins, result.copied = [0], [0], [True]
        result.text = "".join(pieces)
        return result

    def add(
        self, text: str, origin: int, pieces: list[str], *, copied: bool
    ) -> None:
        """Append a stretch while this map is being built."""
        if text:
            self.starts.append(
                self.starts[-1] + len(pieces[-1]) if pieces else 0
            )
            self.origins.append(origin)
            self.copied.append(copied)
            pieces.append(text)

    def _copy(
        self, start: int, end: int, result: Edited, pieces: list[str]
    ) -> None:
        """Copy ``text[start:end]`` into ``result``, stretch by stretch."""
        index = bisect.bisect_right(self.starts, start) - 1
        while start < end:
            stop = end
            if index + 1 < len(self.starts):
                stop = min(stop, self.starts[index + 1])
            result.add(
                self.text[start:stop], self.origin(start), pieces,
                copied=self.copied[index],
            )
            start = stop
            index += 1
