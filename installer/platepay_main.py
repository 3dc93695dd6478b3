"""Entry point of the bundled console (PyInstaller freezes this file)."""

import multiprocessing
import os
import sys
from pathlib import Path


def _use_bundled_tesseract() -> None:
    # Windows has no system Tesseract: the installer may carry one beside the app.
    bundle = Path(getattr(sys, "_MEIPASS", ""))
    binary = bundle / "tesseract" / ("tesseract.exe" if sys.platform == "win32" else "tesseract")
    if binary.exists():
        import pytesseract

        pytesseract.pytesseract.tesseract_cmd = str(binary)
        os.environ.setdefault("TESSDATA_PREFIX", str(binary.parent / "tessdata"))


if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen Windows build re-enters here for child processes
    _use_bundled_tesseract()
    from console.cli import main

    sys.exit(main())
