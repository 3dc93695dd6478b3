"""Fleet: odometer readings at the filling, vehicle attributes, and the fleet reports
(distance and fuelling places per driver slot, consumption, exceptions)."""
