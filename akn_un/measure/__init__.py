"""Measuring the converter against official AKN files.

Documents compared paragraph by paragraph, and the round trip (render,
then convert) over official files.
"""
