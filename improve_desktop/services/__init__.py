"""Use cases over the store: Pydantic schemas in and out, one session per call, a Change back."""
