"""The converter's last stage: the parsed document written as AKN.

The writer only writes: everything it needs was read by :mod:`parse`.
"""
