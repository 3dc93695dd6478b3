"""Which TX# to send a DATA frame under, attempt after attempt.

Pumps in the field disagree on the sequence number (docs/protocols/dart.md,
"TX#"): some accept any TX# and spot a repeat by equal TX# and data, some NAK
every TX# but the one after the last they accepted, some expect 0 after they
have NAKed, and a pump that rebooted or a master that restarted starts again
at 0.  One policy gets through to all of them without executing a command
twice:

| answer to the attempt | next attempt                                            | why |
|---|---|---|
| nothing, or garbled   | the same TX#, up to `silent_retries` times            | the pump may have executed it: only a repeat under the same TX# meets its duplicate handling |
| NAK, the first        | the same TX#                                            | a line error at the pump's end is the commonest NAK |
| NAK, again            | TX# 0, unless tried                                     | the pump restarted its sequence (reboot, NAK-reset firmware), or we did |
| NAK on 0 or a swept TX# | the next TX# not yet tried, from the one after ours | a pump that enforces the sequence accepts exactly one number |
| NAK, all 16 tried     | give up: the pump refuses data                          | |
| ACK after a change of TX# | the master sends the block once more, under the next TX# | a pump that spots repeats by TX# alone ACKs its last accepted TX# without acting |

A NAK means the pump did not execute the frame, so changing the TX# after a
NAK can never make it act twice.  The one confirming repeat after a resync is
safe for the same reason the spec's status table gives: every command leaves
the pump in a status where the same command is ignored (AUTHORIZE only acts in
RESET, RESET only in FILLING COMPLETED, ...), and requests only ask again.
"""

from __future__ import annotations

import enum

from drivers.pumps.dart.line import next_tx

TX_VALUES = 16


class Answer(enum.Enum):
    ACK = "ack"
    NAK = "nak"
    SILENT = "silent"  # no answer in time, or one that failed its CRC


class Attempts:
    """The TX# of each attempt at one DATA frame; ask `after(answer)` for the next."""

    def __init__(self, tx: int, silent_retries: int) -> None:
        self.first = tx
        self.tx = tx
        self._silent_left = silent_retries
        self._tried = {tx}
        self._naks: dict[int, int] = {}
        self.naks = 0

    def after(self, answer: Answer) -> int | None:
        """The TX# to try next, or None when there is nothing left worth trying."""
        if answer is Answer.ACK:
            return None
        if answer is Answer.SILENT:
            if self._silent_left <= 0:
                return None
            self._silent_left -= 1
            return self.tx
        self.naks += 1
        count = self._naks[self.tx] = self._naks.get(self.tx, 0) + 1
        if count == 1 and self.tx == self.first:
            return self.tx
        if 0 not in self._tried:
            return self._try(0)
        candidate = self.first
        for _ in range(TX_VALUES):
            candidate = (candidate + 1) % TX_VALUES
            if candidate not in self._tried:
                return self._try(candidate)
        return None

    def _try(self, tx: int) -> int:
        self._tried.add(tx)
        self.tx = tx
        return tx

    @property
    def resynchronised(self) -> bool:
        """The TX# changed because of NAKs: the pump's sequence was not ours."""
        return self.tx != self.first

    @property
    def following(self) -> int:
        """Our TX# for the next frame once this one was acknowledged."""
        return next_tx(self.tx)
