"""Improve Desktop: steer publicly funded development projects in short, learning iterations."""

__version__ = "0.1.0"
APP_NAME = "Improve Desktop"
ORGANISATION_NAME = "Improve"
