"""A client library for accessing ModelArts Data Management (old version) task APIs"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
