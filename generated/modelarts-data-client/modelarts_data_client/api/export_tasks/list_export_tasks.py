from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.export_task_list import ExportTaskList
from ...models.export_type import ExportType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    export_type: ExportType | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> dict[str, Any]:
    from ...runtime.hooks import check_parameter, check_path_parameter

    check_path_parameter("project_id", project_id)
    check_path_parameter("dataset_id", dataset_id)
    check_parameter("export_type", export_type, ExportType)
    check_parameter("limit", limit, int)
    check_parameter("offset", offset, int)

    params: dict[str, Any] = {}

    json_export_type: Any = UNSET
    if not isinstance(export_type, Unset):
        json_export_type = export_type.value

    params["export_type"] = json_export_type

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/export-tasks".format(
            project_id=quote(str(project_id), safe=""),
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ExportTaskList | None:
    if response.status_code == 200:
        response_200 = ExportTaskList.from_dict(response.json())

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
) -> Response[Error | ExportTaskList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    export_type: ExportType | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> Response[Error | ExportTaskList]:
    """List a dataset's export tasks

     Returns one page of a dataset's export tasks and the number of export tasks it has.

    Args:
        project_id (str):
        dataset_id (str):
        export_type (ExportType | Unset): Which samples an export covers: 0 labeled, 1 unlabeled,
            2 all, 3 a conditional search.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExportTaskList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        export_type=export_type,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    export_type: ExportType | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> Error | ExportTaskList | None:
    """List a dataset's export tasks

     Returns one page of a dataset's export tasks and the number of export tasks it has.

    Args:
        project_id (str):
        dataset_id (str):
        export_type (ExportType | Unset): Which samples an export covers: 0 labeled, 1 unlabeled,
            2 all, 3 a conditional search.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExportTaskList
    """

    return sync_detailed(
        project_id=project_id,
        dataset_id=dataset_id,
        client=client,
        export_type=export_type,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    export_type: ExportType | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> Response[Error | ExportTaskList]:
    """List a dataset's export tasks

     Returns one page of a dataset's export tasks and the number of export tasks it has.

    Args:
        project_id (str):
        dataset_id (str):
        export_type (ExportType | Unset): Which samples an export covers: 0 labeled, 1 unlabeled,
            2 all, 3 a conditional search.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExportTaskList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        export_type=export_type,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    export_type: ExportType | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> Error | ExportTaskList | None:
    """List a dataset's export tasks

     Returns one page of a dataset's export tasks and the number of export tasks it has.

    Args:
        project_id (str):
        dataset_id (str):
        export_type (ExportType | Unset): Which samples an export covers: 0 labeled, 1 unlabeled,
            2 all, 3 a conditional search.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExportTaskList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            client=client,
            export_type=export_type,
            limit=limit,
            offset=offset,
        )
    ).parsed
