"""Improve Desktop: readers that check a whole file before one transaction writes it (no Qt)."""
