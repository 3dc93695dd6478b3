"""A read-only or full disk is named as such; starting empty is never suggested for an intact database."""

from __future__ import annotations

import subprocess



def test_a_read_only_disk_is_named_and_the_database_kept(small_disk, cli_main):
    db = small_disk / "station.sqlite3"
    assert cli_main("--db", str(db), "accounts", "add", "顺达物流")[0] == 0
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        code, _, err = cli_main("--db", str(db), "accounts", "list")
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert code == 1 and "read-only" in err and "start empty" not in err
    assert cli_main("--json", "--db", str(db), "accounts", "list")[1].count("顺达物流") == 1


def test_a_full_disk_is_named_and_the_database_kept(small_disk, cli_main):
    db = small_disk / "station.sqlite3"
    assert cli_main("--db", str(db), "accounts", "add", "顺达物流")[0] == 0
    filler = small_disk / "filler"
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
