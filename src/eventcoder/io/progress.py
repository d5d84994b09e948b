"""Batch reporting on stderr: errors, the failure count, and a progress line.

The progress line (documents, documents/s, items written, failures) is drawn
only when stderr is a terminal, so logs and pipes get nothing but the error
lines and the final count.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["BatchReport"]

_REDRAW_SECONDS = 0.2


class BatchReport:
    """Counts documents done and failed; prints errors; draws the progress line."""

    def __init__(self, *, unit: str = "events", stream: TextIO | None = None,
                 show_progress: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        if show_progress is None:
            isatty = getattr(self.stream, "isatty", None)
            show_progress = bool(isatty and isatty())
        self.show_progress = show_progress
        self.unit = unit
        self.done = 0
        self.failed = 0
        self.items = 0
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._line_len = 0

    @property
    def total(self) -> int:
        return self.done + self.failed

    def error(self, where: str, reason: str) -> None:
        """One document failed: report it (``eventcoder: error: WHERE: REASON``)."""
        self.failed += 1
        self._clear()
        print(f"eventcoder: error: {where}: {reason}", file=self.stream, flush=True)
        self._draw(force=True)

    def warning(self, where: str, message: str) -> None:
        """Something odd that does not fail the document."""
        self._clear()
        print(f"eventcoder: warning: {where}: {message}", file=self.stream, flush=True)
        self._draw(force=True)

    def success(self, n_items: int) -> None:
        self.done += 1
        self.items += n_items
        self._draw()

    def finish(self) -> int:
        """Print the summary; the exit code (0 all documents coded, 1 some failed)."""
        if self.show_progress:
            self._draw(force=True)
            self.stream.write("\n")
        if self.failed:
            print(f"eventcoder: {self.failed} of {self.total} documents failed",
                  file=self.stream, flush=True)
            return 1
        return 0

    # -- the progress line -------------------------------------------------------
    def _draw(self, force: bool = False) -> None:
        if not self.show_progress:
            return
        now = time.monotonic()
        if not force and now - self._last_draw < _REDRAW_SECONDS:
            return
        self._last_draw = now
        elapsed = max(now - self.started, 1e-9)
        line = (f"{self.total} documents ({self.total / elapsed:.1f}/s), "
                f"{self.items} {self.unit}, {self.failed} failed")
        pad = " " * max(self._line_len - len(line), 0)
        self.stream.write("\r" + line + pad)
        self.stream.flush()
        self._line_len = len(line)

    def _clear(self) -> None:
        if self.show_progress and self._line_len:
            self.stream.write("\r" + " " * self._line_len + "\r")
            self._line_len = 0
