"""The project's exception tree.

Every error the pipeline raises on purpose is a ``GeoError``. Each member also
subclasses the built-in exception a caller would naturally catch (a bad file
is an ``OSError``-free ``ValueError``; a missing file is a ``FileNotFoundError``),
so code that does not know this package still handles them sensibly.
Messages name the offending value, what was expected, and how to fix it.
"""

from __future__ import annotations


class GeoError(Exception):
    """Base class of every error this package raises deliberately."""


class ArticleError(GeoError, ValueError):
    """An article file cannot be read as Arabic text (binary, undecodable, empty, too large)."""


class ManifestError(GeoError, ValueError):
    """A manifest file or one of its rows is malformed."""


class DataFileError(GeoError, ValueError):
    """A gazetteer or language table under data/ (or a user's extension file) is malformed."""


class MissingFileError(GeoError, FileNotFoundError):
    """A file named by the user does not exist."""


class GeocoderError(GeoError, RuntimeError):
    """The optional online geocoder is misconfigured or failed."""


class ClusterError(GeoError, RuntimeError):
    """The Dask cluster of a distributed ingest cannot be used (unreachable, no workers, other versions)."""


class StoreError(GeoError, RuntimeError):
    """The database cannot be opened, migrated or written."""
