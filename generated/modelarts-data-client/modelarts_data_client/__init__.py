"""A client library for accessing ModelArts Data Management (old version) task APIs"""

from . import runtime
from .client import AuthenticatedClient, Client
from .runtime import *  # noqa: F403 - the runtime's __all__ is the public surface, listed once there

__all__ = ("AuthenticatedClient", "Client", *runtime.__all__)
