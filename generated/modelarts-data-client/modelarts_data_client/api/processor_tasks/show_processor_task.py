from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.processor_task import ProcessorTask
from ...types import Response


def _get_kwargs(
    project_id: str,
    task_id: str,
) -> dict[str, Any]:
    from ...runtime.hooks import check_path_parameter

    check_path_parameter("project_id", project_id)
    check_path_parameter("task_id", task_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/processor-tasks/{task_id}".format(
            project_id=quote(str(project_id), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ProcessorTask | None:
    if response.status_code == 200:
        response_200 = ProcessorTask.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ProcessorTask]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ProcessorTask]:
    """Show a processing task

     Returns the details of one processing task, its result included when it has one.

    Args:
        project_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProcessorTask]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ProcessorTask | None:
    """Show a processing task

     Returns the details of one processing task, its result included when it has one.

    Args:
        project_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProcessorTask
    """

    return sync_detailed(
        project_id=project_id,
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ProcessorTask]:
    """Show a processing task

     Returns the details of one processing task, its result included when it has one.

    Args:
        project_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProcessorTask]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ProcessorTask | None:
    """Show a processing task

     Returns the details of one processing task, its result included when it has one.

    Args:
        project_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProcessorTask
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            task_id=task_id,
            client=client,
        )
    ).parsed
