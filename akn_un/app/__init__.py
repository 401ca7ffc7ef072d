"""The application: the ``akn-un`` command and what only it needs.

Its options, its result cache, its reporters and its batches. Nothing
below imports it.
"""
