"""The application's log file: rotating, in the user data folder, and free of user content.

What the people using this type (minutes, decisions, participant figures, names) must never end
up in a log file that may be mailed to support. So unexpected errors are logged as their type,
the code locations of the traceback (file, line, function, the line of code), and the message
with every quoted value and every number removed. Local variables are never logged, and the
database engine hides SQL parameters from its error messages (``store/engine.py``).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import traceback
from pathlib import Path
from types import TracebackType

from improve_desktop import paths

LOG_FILE_NAME = "improve-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_MESSAGE_LIMIT = 300

log = logging.getLogger("improve_desktop")

_QUOTED = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|«[^»]*»|“[^”]*”|‘[^’]*’""")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def log_folder() -> Path:
    return paths.user_data_dir() / "logs"


def configure_logging(folder: Path | None = None) -> Path:
    """Send the application's log records to a rotating file; returns the file's path.

    Called once by the GUI at start-up; calling it again replaces the earlier handler.
    """
    folder = folder or log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    for handler in list(log.handlers):
        if getattr(handler, "_improve_desktop", False):
            log.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler._improve_desktop = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def log_file() -> Path | None:
    """The file the log goes to, when :func:`configure_logging` has been called."""
    for handler in log.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def scrub(message: str) -> str:
    """``message`` without quoted values or numbers, on one line, not too long."""
    text = _QUOTED.sub("'…'", message)
    text = _NUMBER.sub("#", text)
    text = " ".join(text.split())
    return text[:_MESSAGE_LIMIT] + ("…" if len(text) > _MESSAGE_LIMIT else "")


def _one_exception(error: BaseException, tb: TracebackType | None) -> list[str]:
    lines = ["Traceback (most recent call last):"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    kind = type(error)
    name = kind.__qualname__
    if kind.__module__ != "builtins":
        name = f"{kind.__module__}.{name}"
    message = scrub(str(error))
    lines.append(f"{name}: {message}" if message else name)
    return lines


def describe_for_log(
    error_type: type[BaseException], error: BaseException, tb: TracebackType | None
) -> str:
    """A traceback fit for the log file: types and code locations, no user content."""
    del error_type  # the type is taken from the exception itself
    chain: list[tuple[BaseException, TracebackType | None, str]] = []
    current: BaseException | None = error
    current_tb = tb
    link = ""
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, current_tb, link))
        if current.__cause__ is not None:
            link = "The above exception was the direct cause of the following exception:"
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            link = "During handling of the above exception, another exception occurred:"
            current = current.__context__
        else:
            current = None
        current_tb = current.__traceback__ if current is not None else None
    lines: list[str] = []
    for item, item_tb, following_link in reversed(chain):
        lines.extend(_one_exception(item, item_tb))
        if following_link:
            lines.extend(["", following_link, ""])
    return "\n".join(lines)


def log_exception(
    error_type: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    log.error("unexpected error\n%s", describe_for_log(error_type, error, tb))
