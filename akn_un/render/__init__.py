"""Rendering AKN resolutions for people: as text (and as HTML)."""

from akn_un.render.text import render_text

__all__ = ["render_text"]
