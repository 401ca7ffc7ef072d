"""Validators: checks on AKN documents that yield diagnostics."""
