import subprocess
import sys


def test_selftest_checks_database_recognition_and_pump():
    done = subprocess.run([sys.executable, "-m", "console", "--selftest"], capture_output=True, text=True, timeout=180,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout + done.stderr
    for check in ("imports", "window", "database", "recognition", "reader", "pump", "reports"):
        assert f"ok    {check}" in done.stdout
    assert done.stdout.strip().endswith("selftest passed")
