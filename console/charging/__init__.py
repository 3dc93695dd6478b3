"""Charging the driver on duty: a gateway to the payment platform and a durable outbox."""
