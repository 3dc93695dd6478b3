"""PlatePay station console: the application core (no Qt widgets here)."""

__version__ = "0.1.0"
