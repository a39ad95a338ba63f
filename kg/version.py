"""kg's version, from one source: pyproject.toml, as installed."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kg")
except PackageNotFoundError:  # a source tree on sys.path that was never installed
    __version__ = "0+unknown"
