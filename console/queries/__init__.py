"""Read-only questions the console's screens ask of the station store.

They live in the core so any front end (the window, a report script) asks
them the same way; each returns plain frozen rows, never live ORM objects.
"""
