"""Where a client points and how it authenticates: from arguments, else from the environment.

The environment names are the official SDK's (``HUAWEICLOUD_SDK_AK``, ``HUAWEICLOUD_SDK_SK``,
``HUAWEICLOUD_SDK_SECURITY_TOKEN``), plus ``MODELARTS_TOKEN`` for an IAM token and
``MODELARTS_PROJECT_ID`` for the project, which the contract suite reads too.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import attrs
import httpx
from modelarts_data_client._facts import ENDPOINT_TEMPLATE

from ._auth import AkSkAuth, TokenAuth
from ._errors import ConfigurationError


@attrs.frozen(repr=False)
class Settings:
    """A resolved endpoint, project id and credential."""

    endpoint: str
    project_id: str
    auth: httpx.Auth

    def __repr__(self) -> str:
        return f"Settings(endpoint={self.endpoint!r}, project_id={self.project_id!r}, auth={self.auth!r})"


def _endpoint(region: str | None, endpoint: str | None) -> str:
    if endpoint and region:
        raise ConfigurationError("give a region or an endpoint, not both")
    if endpoint:
        if not endpoint.startswith(("http://", "https://")):
            raise ConfigurationError(f"the endpoint must be an http(s) URL, not {endpoint!r}")
        return endpoint.rstrip("/")
    if region:
        return ENDPOINT_TEMPLATE.format(region=region)
    raise ConfigurationError("no endpoint: pass region='cn-north-4' (for example) or endpoint='https://...'")


def _auth(
    token: str | None, ak: str | None, sk: str | None, security_token: str | None, env: Mapping[str, str]
) -> httpx.Auth:
    """Arguments first; then AK/SK from the environment; then a token from the environment."""
    if token and (ak or sk):
        raise ConfigurationError("give a token or an AK/SK pair, not both")
    if token:
        return TokenAuth(token)
    if ak or sk:
        if not (ak and sk):
            raise ConfigurationError("an AK/SK pair needs both ak and sk")
        return AkSkAuth(ak, sk, security_token)
    env_ak, env_sk = env.get("HUAWEICLOUD_SDK_AK"), env.get("HUAWEICLOUD_SDK_SK")
    if env_ak and env_sk:
        return AkSkAuth(env_ak, env_sk, security_token or env.get("HUAWEICLOUD_SDK_SECURITY_TOKEN"))
    if env.get("MODELARTS_TOKEN"):
        return TokenAuth(env["MODELARTS_TOKEN"])
    raise ConfigurationError(
        "no credential: pass token=... or ak=.../sk=..., or set HUAWEICLOUD_SDK_AK and "
        "HUAWEICLOUD_SDK_SK (or MODELARTS_TOKEN)"
    )


def resolve(
    *,
    region: str | None,
    endpoint: str | None,
    project_id: str | None,
    token: str | None,
    ak: str | None,
    sk: str | None,
    security_token: str | None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Settings from the arguments, falling back to ``env`` (the process environment by default)."""
    env = os.environ if env is None else env
    project = project_id or env.get("MODELARTS_PROJECT_ID") or env.get("HUAWEICLOUD_SDK_PROJECT_ID")
    if not project:
        raise ConfigurationError("no project id: pass project_id=... or set MODELARTS_PROJECT_ID")
    return Settings(_endpoint(region, endpoint), project, _auth(token, ak, sk, security_token, env))
