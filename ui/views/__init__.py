"""The console's pages other than the lanes: each a thin view over an item model."""
