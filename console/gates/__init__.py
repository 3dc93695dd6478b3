"""Gate lanes: parking and toll paid by plate (issue 18)."""
