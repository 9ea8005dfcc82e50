"""Network shares and cloud-synchronised folders are recognised (pure, over sample mounts)."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

import pytest

from improve_desktop.store.location import (
    LocationRisk,
    LocationWarning,
    check_location,
    file_system_of,
    location_warning,
    parse_mounts,
)

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
/dev/nvme0n1p3 /home ext4 rw,relatime 0 0
fileserver:/export/projekt /mnt/projekt nfs4 rw,relatime,vers=4.2 0 0
//nas/styrgrupp /mnt/nas\\040styrgrupp cifs rw,relatime,vers=3.0 0 0
anna@host:/srv /home/anna/remote fuse.sshfs rw,nosuid,nodev 0 0
/dev/sdb1 /mnt/projekt/local-disk ext4 rw 0 0
"""


def test_mounts_are_parsed_with_escaped_spaces() -> None:
    mounts = parse_mounts(MOUNTS)
    assert ("/mnt/nas styrgrupp", "cifs") in mounts
    assert file_system_of(PurePosixPath("/home/anna/improve.sqlite3"), mounts) == "ext4"
    assert file_system_of(PurePosixPath("/mnt/projekt/a/b.sqlite3"), mounts) == "nfs4"
    # The deepest mount point wins: a local disk mounted inside a share is local.
    assert file_system_of(PurePosixPath("/mnt/projekt/local-disk/x.sqlite3"), mounts) == "ext4"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/anna/.local/share/Improve Desktop/improve.sqlite3", None),
        ("/tmp/improve.sqlite3", None),
        ("/mnt/projekt/improve.sqlite3", LocationWarning(LocationRisk.NETWORK, "nfs4")),
        ("/mnt/nas styrgrupp/improve.sqlite3", LocationWarning(LocationRisk.NETWORK, "cifs")),
        ("/home/anna/remote/improve.sqlite3", LocationWarning(LocationRisk.NETWORK, "fuse.sshfs")),
        ("/mnt/projekt/local-disk/improve.sqlite3", None),
        ("/home/anna/Dropbox/ESF/improve.sqlite3", LocationWarning(LocationRisk.SYNCED, "Dropbox")),
        ("/home/anna/OneDrive - Samordningsförbundet/improve.sqlite3",
         LocationWarning(LocationRisk.SYNCED, "OneDrive - Samordningsförbundet")),
        ("/home/anna/Google Drive/improve.sqlite3",
         LocationWarning(LocationRisk.SYNCED, "Google Drive")),
        ("/home/anna/Library/Mobile Documents/com~apple~CloudDocs/improve.sqlite3",
         LocationWarning(LocationRisk.SYNCED, "Mobile Documents")),
        ("/home/anna/dropbox-export/improve.sqlite3", None),
        ("/home/anna/Documents/onedrive.sqlite3", None),  # only folders count, not file names
    ],
)
def test_posix_locations(path: str, expected: LocationWarning | None) -> None:
    assert location_warning(PurePosixPath(path), MOUNTS) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (r"C:\Users\anna\AppData\Local\Improve\Improve Desktop\improve.sqlite3", None),
        (r"\\fileserver\projekt\improve.sqlite3",
         LocationWarning(LocationRisk.NETWORK, r"\\fileserver\projekt")),
        (r"C:\Users\anna\OneDrive\Dokument\improve.sqlite3",
         LocationWarning(LocationRisk.SYNCED, "OneDrive")),
        (r"C:\Users\anna\iCloudDrive\improve.sqlite3",
         LocationWarning(LocationRisk.SYNCED, "iCloudDrive")),
    ],
)
def test_windows_locations(path: str, expected: LocationWarning | None) -> None:
    assert location_warning(PureWindowsPath(path), None) == expected


def test_without_a_mount_table_only_names_count() -> None:
    assert location_warning(PurePosixPath("/mnt/projekt/improve.sqlite3"), None) is None


def test_this_machine(tmp_path: object) -> None:
    from pathlib import Path

    assert check_location(Path(str(tmp_path)) / "improve.sqlite3") is None
    synced = Path(str(tmp_path)) / "Dropbox" / "improve.sqlite3"
    assert check_location(synced) == LocationWarning(LocationRisk.SYNCED, "Dropbox")
