"""Building a client: region or endpoint, project id, credentials from arguments or the environment."""

from __future__ import annotations

import httpx
import pytest
from modelarts_data_client import AkSkAuth, ConfigurationError, ModelArts, TokenAuth

ENV_NAMES = (
    "HUAWEICLOUD_SDK_AK",
    "HUAWEICLOUD_SDK_SK",
    "HUAWEICLOUD_SDK_SECURITY_TOKEN",
    "MODELARTS_TOKEN",
    "MODELARTS_PROJECT_ID",
    "HUAWEICLOUD_SDK_PROJECT_ID",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with none of the variables the client reads."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


def test_region_gives_the_service_endpoint() -> None:
    """A region name is turned into the ModelArts endpoint of that region."""
    with ModelArts(region="ap-southeast-1", project_id="p", token="t") as client:
        assert client.settings.endpoint == "https://modelarts.ap-southeast-1.myhuaweicloud.com"


def test_credentials_and_project_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """HUAWEICLOUD_SDK_AK/SK (the official SDK's names) and MODELARTS_PROJECT_ID are read when not passed."""
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", "env-ak-value")
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", "env-sk-value")
    monkeypatch.setenv("MODELARTS_PROJECT_ID", "env-project")
    with ModelArts(endpoint="http://127.0.0.1:1") as client:
        assert isinstance(client.settings.auth, AkSkAuth)
        assert client.project_id == "env-project"
        assert "env-sk-value" not in repr(client) and "env-ak-value" not in repr(client)


def test_token_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """MODELARTS_TOKEN is used when no AK/SK is set."""
    monkeypatch.setenv("MODELARTS_TOKEN", "env-token")
    with ModelArts(endpoint="http://127.0.0.1:1", project_id="p") as client:
        assert isinstance(client.settings.auth, TokenAuth)


def test_project_id_is_sent_in_every_path() -> None:
    """The project id is filled into every operation's path."""
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json={"count": 0, "tasks": []})

    with ModelArts(
        endpoint="http://m.test", project_id="proj-7", token="t", transport=httpx.MockTransport(answer)
    ) as c:
        c.list_tasks()
    assert seen == ["/v2/proj-7/processor-tasks"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"endpoint": "http://m.test", "project_id": "p"}, "no credential"),
        ({"endpoint": "http://m.test", "token": "t"}, "no project id"),
        ({"project_id": "p", "token": "t"}, "no endpoint"),
        ({"endpoint": "m.test", "project_id": "p", "token": "t"}, "http"),
        ({"region": "r", "endpoint": "http://m.test", "project_id": "p", "token": "t"}, "not both"),
        ({"endpoint": "http://m.test", "project_id": "p", "ak": "a"}, "needs both"),
        (
            {"endpoint": "http://m.test", "project_id": "p", "token": "t", "offset_reading": "rows"},
            "offset_reading",
        ),
    ],
    ids=[
        "no-credential",
        "no-project",
        "no-endpoint",
        "not-a-url",
        "region-and-endpoint",
        "half-a-pair",
        "bad-offset-reading",
    ],
)
def test_bad_settings_raise_configuration_error(options: dict[str, str], message: str) -> None:
    """Each impossible setting raises ConfigurationError saying what to do."""
    with pytest.raises(ConfigurationError, match=message):
        ModelArts(**options)  # type: ignore[arg-type]


def test_region_endpoint_is_the_specs_server() -> None:
    """The runtime's regional endpoint is the spec's server URL (the runtime ships without the spec)."""
    from modelarts_data_client._facts import ENDPOINT_TEMPLATE

    from modelarts_contracts import _spec

    server = _spec.load_spec()["servers"][0]
    assert server["url"] == ENDPOINT_TEMPLATE and set(server["variables"]) == {"region"}


def test_methods_carry_the_endpoint_descriptions() -> None:
    """help() on a method shows the spec's summary and its own arguments, not the generated layer's Raises."""
    with ModelArts(endpoint="http://m.test", project_id="p", token="t") as client:
        doc = client.list_tasks.__doc__ or ""
        walk_doc = client.iter_tasks.__doc__ or ""
    assert doc.startswith("List processing tasks") and "status (TaskStatus" in doc
    assert "project_id" not in doc and "Raises" not in doc
    assert walk_doc.startswith("Every item of the list")


def test_former_offset_mode_name_still_works_with_a_deprecation_warning() -> None:
    """``offset_mode=`` (the former name of ``offset_reading=``) still sets it, and warns at the caller."""
    options = {"endpoint": "http://m.test", "project_id": "p", "token": "t"}
    with pytest.warns(DeprecationWarning, match="use offset_reading=") as warned:
        client = ModelArts(**options, offset_mode="page")
    assert client.offset_reading == "page"
    assert warned[0].filename == __file__
    client.close()
