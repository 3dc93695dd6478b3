import os

# Qt needs a platform; tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
