"""One module per command of ``akn-un``; ``shared`` is what they share."""
