from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_processor_task_versions_order import ListProcessorTaskVersionsOrder
from ...models.list_processor_task_versions_sort_by import ListProcessorTaskVersionsSortBy
from ...models.task_version_list import TaskVersionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    task_id: str,
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: ListProcessorTaskVersionsOrder | Unset = ListProcessorTaskVersionsOrder.DESC,
    sort_by: ListProcessorTaskVersionsSortBy | Unset = ListProcessorTaskVersionsSortBy.CREATE_TIME,
) -> dict[str, Any]:
    from ...runtime.hooks import check_parameter, check_path_parameter

    check_path_parameter("project_id", project_id)
    check_path_parameter("task_id", task_id)
    check_parameter("limit", limit, int)
    check_parameter("offset", offset, int)
    check_parameter("order", order, ListProcessorTaskVersionsOrder)
    check_parameter("sort_by", sort_by, ListProcessorTaskVersionsSortBy)

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_order: Any = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_sort_by: Any = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/processor-tasks/{task_id}/versions".format(
            project_id=quote(str(project_id), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TaskVersionList | None:
    if response.status_code == 200:
        response_200 = TaskVersionList.from_dict(response.json())

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
) -> Response[Error | TaskVersionList]:
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: ListProcessorTaskVersionsOrder | Unset = ListProcessorTaskVersionsOrder.DESC,
    sort_by: ListProcessorTaskVersionsSortBy | Unset = ListProcessorTaskVersionsSortBy.CREATE_TIME,
) -> Response[Error | TaskVersionList]:
    """List a processing task's versions

     Returns one page of the versions of a processing task and the number of versions it has.

    Args:
        project_id (str):
        task_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        order (ListProcessorTaskVersionsOrder | Unset):  Default:
            ListProcessorTaskVersionsOrder.DESC.
        sort_by (ListProcessorTaskVersionsSortBy | Unset):  Default:
            ListProcessorTaskVersionsSortBy.CREATE_TIME.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TaskVersionList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        task_id=task_id,
        limit=limit,
        offset=offset,
        order=order,
        sort_by=sort_by,
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: ListProcessorTaskVersionsOrder | Unset = ListProcessorTaskVersionsOrder.DESC,
    sort_by: ListProcessorTaskVersionsSortBy | Unset = ListProcessorTaskVersionsSortBy.CREATE_TIME,
) -> Error | TaskVersionList | None:
    """List a processing task's versions

     Returns one page of the versions of a processing task and the number of versions it has.

    Args:
        project_id (str):
        task_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        order (ListProcessorTaskVersionsOrder | Unset):  Default:
            ListProcessorTaskVersionsOrder.DESC.
        sort_by (ListProcessorTaskVersionsSortBy | Unset):  Default:
            ListProcessorTaskVersionsSortBy.CREATE_TIME.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TaskVersionList
    """

    return sync_detailed(
        project_id=project_id,
        task_id=task_id,
        client=client,
        limit=limit,
        offset=offset,
        order=order,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: ListProcessorTaskVersionsOrder | Unset = ListProcessorTaskVersionsOrder.DESC,
    sort_by: ListProcessorTaskVersionsSortBy | Unset = ListProcessorTaskVersionsSortBy.CREATE_TIME,
) -> Response[Error | TaskVersionList]:
    """List a processing task's versions

     Returns one page of the versions of a processing task and the number of versions it has.

    Args:
        project_id (str):
        task_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        order (ListProcessorTaskVersionsOrder | Unset):  Default:
            ListProcessorTaskVersionsOrder.DESC.
        sort_by (ListProcessorTaskVersionsSortBy | Unset):  Default:
            ListProcessorTaskVersionsSortBy.CREATE_TIME.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TaskVersionList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        task_id=task_id,
        limit=limit,
        offset=offset,
        order=order,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: ListProcessorTaskVersionsOrder | Unset = ListProcessorTaskVersionsOrder.DESC,
    sort_by: ListProcessorTaskVersionsSortBy | Unset = ListProcessorTaskVersionsSortBy.CREATE_TIME,
) -> Error | TaskVersionList | None:
    """List a processing task's versions

     Returns one page of the versions of a processing task and the number of versions it has.

    Args:
        project_id (str):
        task_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        order (ListProcessorTaskVersionsOrder | Unset):  Default:
            ListProcessorTaskVersionsOrder.DESC.
        sort_by (ListProcessorTaskVersionsSortBy | Unset):  Default:
            ListProcessorTaskVersionsSortBy.CREATE_TIME.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TaskVersionList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            task_id=task_id,
            client=client,
            limit=limit,
            offset=offset,
            order=order,
            sort_by=sort_by,
        )
    ).parsed
