"""Lane signals: traffic lights and barriers on relay modules."""
