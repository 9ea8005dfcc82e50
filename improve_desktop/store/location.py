"""Is the database somewhere SQLite's WAL mode cannot be trusted? (pure functions, no Qt)

WAL needs shared memory and working file locks between the processes of one machine: on a
network share (NFS, SMB/CIFS, SSHFS, WebDAV…) both may silently fail, and a folder kept in step
by a cloud client (Dropbox, OneDrive, iCloud Drive, Google Drive…) may copy the database while
it is being written, or bring back an old copy over a new one. Either can lose data, so the user
is warned once to move the file to a local folder.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath, PurePosixPath, PureWindowsPath

NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "ncpfs", "afs", "9p", "ceph",
    "glusterfs", "lustre", "gpfs", "davfs", "fuse.sshfs", "fuse.rclone", "fuse.davfs2",
    "fuse.s3fs", "fuse.gcsfuse", "fuse.glusterfs", "fuse.cephfs", "fuse.smbnetfs", "webdav",
})

# Folder names that cloud clients create, compared without case; "OneDrive - Firma AB" too.
_SYNCED_FOLDER = re.compile(
    r"^(dropbox( \(.+\))?|onedrive( - .+)?|onedrive|icloud ?drive|icloud|"
    r"mobile documents|com~apple~clouddocs|google ?drive|googledrive|my drive|min enhet|"
    r"box|box sync|pcloud( ?drive)?|mega|megasync|nextcloud|owncloud|seafile|sync|"
    r"creative cloud files|yandex\.disk|tresorit)$",
    re.IGNORECASE,
)


class LocationRisk(StrEnum):
    NETWORK = "network"
    SYNCED = "synced"


@dataclass(frozen=True)
class LocationWarning:
    """Why the location is risky; ``detail`` is the file system type or the folder name."""

    risk: LocationRisk
    detail: str


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) pairs from the text of /proc/mounts."""
    mounts: list[tuple[str, str]] = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            # /proc/mounts writes spaces and tabs in paths as octal escapes.
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
            mounts.append((point, fields[2]))
    return mounts


def file_system_of(path: PurePosixPath, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the file system that ``path`` (absolute, resolved) lies on."""
    best: tuple[int, str] | None = None
    for point, fs_type in mounts:
        mount = PurePosixPath(point)
        if path == mount or mount in path.parents:
            depth = len(mount.parts)
            if best is None or depth >= best[0]:
                best = (depth, fs_type)
    return best[1] if best else None


def location_warning(path: PurePath, mounts_text: str | None = None) -> LocationWarning | None:
    """A warning when ``path`` (absolute, resolved) is on a network share or a synced folder.

    ``mounts_text`` is the content of /proc/mounts (None where there is none, e.g. Windows
    and macOS, where only the folder names and UNC paths are looked at).
    """
    if isinstance(path, PureWindowsPath) and path.drive.startswith("\\\\"):
        return LocationWarning(LocationRisk.NETWORK, path.drive)
    if mounts_text is not None and isinstance(path, PurePosixPath):
        fs_type = file_system_of(path, parse_mounts(mounts_text))
        if fs_type is not None and (
            fs_type.lower() in NETWORK_FILE_SYSTEMS or fs_type.lower().startswith("nfs")
        ):
            return LocationWarning(LocationRisk.NETWORK, fs_type)
    for part in path.parent.parts:
        if _SYNCED_FOLDER.match(part.strip()):
            return LocationWarning(LocationRisk.SYNCED, part)
    return None


def check_location(path: PurePath) -> LocationWarning | None:
    """:func:`location_warning` for this machine (reads /proc/mounts where there is one)."""
    from pathlib import Path

    resolved = Path(path).expanduser()
    try:
        resolved = resolved.resolve()
    except OSError:
        resolved = resolved.absolute()
    mounts_text: str | None = None
    if sys.platform.startswith("linux"):
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            mounts_text = None
    return location_warning(resolved, mounts_text)
