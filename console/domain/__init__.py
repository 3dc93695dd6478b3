"""Domain rules of the station: ledger, duty slots, decisions, operators, audit."""
