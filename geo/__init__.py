"""geo: places and claims in Arabic news about the Nagorno-Karabakh conflict.

The pipeline: reader (decode) -> boilerplate, sentences, keys (text layer) ->
matcher, resolver, roles (places, with gazetteer) -> records (JSON).
``python -m geo --help`` is the command-line door to it.
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
