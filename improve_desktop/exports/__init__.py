"""Improve Desktop: workbooks for steering meetings, written from services (no Qt here)."""
