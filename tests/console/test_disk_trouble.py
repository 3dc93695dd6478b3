"""A read-only or full disk is named as such; starting empty is never suggested for an intact database."""

from __future__ import annotations

import subprocess

import pytest


@pytest.fixture
def disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"a tmpfs of its own needs mount(8) as root: {done.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_read_only_disk_is_named_and_the_database_kept(disk, cli_main):
    db = disk / "station.sqlite3"
    assert cli_main("--db", str(db), "accounts", "add", "顺达物流")[0] == 0
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    try:
        code, _, err = cli_main("--db", str(db), "accounts", "list")
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
    assert code == 1 and "read-only" in err and "start empty" not in err
    assert cli_main("--json", "--db", str(db), "accounts", "list")[1].count("顺达物流") == 1


def test_a_full_disk_is_named_and_the_database_kept(disk, cli_main):
    db = disk / "station.sqlite3"
    assert cli_main("--db", str(db), "accounts", "add", "顺达物流")[0] == 0
    filler = disk / "filler"
    with open(filler, "wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    code, _, err = cli_main("--db", str(db), "accounts", "add", "另一家")
    assert code == 1 and "full" in err and "start empty" not in err
    filler.unlink()
    assert cli_main("--json", "--db", str(db), "accounts", "list")[1].count("顺达物流") == 1


def test_a_file_that_is_no_database_may_be_moved_away(tmp_path, cli_main):
    db = tmp_path / "station.sqlite3"
    db.write_text("these are somebody's notes")
    code, _, err = cli_main("--db", str(db), "accounts", "list")
    assert code == 1 and "not a PlatePay database" in err and "start with an empty database" in err
