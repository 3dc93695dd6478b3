"""Errors a caller decides on: each message is written for the person at the console."""


class DomainError(ValueError):
    """A request that breaks a rule of the business; nothing was written."""


class NotFound(DomainError):
    pass


class Conflict(DomainError):
    pass
