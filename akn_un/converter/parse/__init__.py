"""The converter's second stage: its text parsed into a typed document.

Segmentation finds the parts; every block is then read once (its inline
mark-up, lead phrase, citations and note markers), the masthead and the
metadata derived, the operative part nested, and the converter's checks
run over the result.  Nothing here writes XML.
"""
