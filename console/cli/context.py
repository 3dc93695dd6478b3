"""What a command needs: configuration, the store, and where to write results."""

from __future__ import annotations

import argparse
from functools import cached_property
from pathlib import Path

from console import config as config_module
from console.cli.output import Output
from console.store.db import Store
from console.store.migrate import open_and_upgrade


class AppContext:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.out = Output(getattr(args, "json", False))
        self.backup: Path | None = None

    @cached_property
    def config(self) -> config_module.Config:
        return config_module.load(getattr(self.args, "config", None))

    @property
    def db_path(self) -> Path:
        explicit = getattr(self.args, "db", None)
        return Path(explicit) if explicit else self.config.database_path()

    @cached_property
    def store(self) -> Store:
        """The station database, checked, backed up and upgraded on first use."""
        store, self.backup = open_and_upgrade(self.db_path)
        return store

    @property
    def station_id(self) -> str:
        return self.config.station.id

    def close(self) -> None:
        if "store" in self.__dict__:
            self.store.close()
