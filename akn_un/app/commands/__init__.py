"""One module per command of ``akn-un``; ``_common`` is what they share."""
