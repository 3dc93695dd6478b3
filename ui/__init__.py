"""PySide6 widgets of the cashier's console; the core reaches them only through signals."""
