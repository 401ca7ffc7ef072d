"""Core: what every layer uses, and nothing of akn-un above it.

Diagnostics and rules, errors, the parsed document, organs and FRBR IRIs,
the schemas, UN document symbols, reading files and the process pool.
"""
