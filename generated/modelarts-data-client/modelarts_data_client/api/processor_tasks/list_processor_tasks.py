from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_processor_tasks_order import ListProcessorTasksOrder
from ...models.list_processor_tasks_sort_by import ListProcessorTasksSortBy
from ...models.processor_task_list import ProcessorTaskList
from ...models.source_type import SourceType
from ...models.task_status import TaskStatus
from ...models.task_type import TaskType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    order: ListProcessorTasksOrder | Unset = ListProcessorTasksOrder.DESC,
    query_current: bool | Unset = False,
    return_result: bool | Unset = True,
    sort_by: ListProcessorTasksSortBy | Unset = ListProcessorTasksSortBy.CREATE_TIME,
    source: str | Unset = UNSET,
    source_type: SourceType | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    task_name: str | Unset = UNSET,
    task_type: TaskType | Unset = UNSET,
    version_id: list[str] | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:
    from ...runtime.hooks import check_list_parameter, check_parameter, check_path_parameter

    check_path_parameter("project_id", project_id)
    check_parameter("limit", limit, int)
    check_parameter("offset", offset, int)
    check_parameter("order", order, ListProcessorTasksOrder)
    check_parameter("query_current", query_current, bool)
    check_parameter("return_result", return_result, bool)
    check_parameter("sort_by", sort_by, ListProcessorTasksSortBy)
    check_parameter("source", source, str)
    check_parameter("source_type", source_type, SourceType)
    check_parameter("status", status, TaskStatus)
    check_parameter("task_name", task_name, str)
    check_parameter("task_type", task_type, TaskType)
    check_list_parameter("version_id", version_id, str)
    check_parameter("workspace_id", workspace_id, str)

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_order: Any = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["query_current"] = query_current

    params["return_result"] = return_result

    json_sort_by: Any = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    params["source"] = source

    json_source_type: Any = UNSET
    if not isinstance(source_type, Unset):
        json_source_type = source_type.value

    params["source_type"] = json_source_type

    json_status: Any = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["task_name"] = task_name

    json_task_type: Any = UNSET
    if not isinstance(task_type, Unset):
        json_task_type = task_type.value

    params["task_type"] = json_task_type

    json_version_id: list[str] | Unset = UNSET
    if not isinstance(version_id, Unset):
        json_version_id = version_id

    if not isinstance(json_version_id, Unset):
        params["version_id"] = ",".join(str(item) for item in json_version_id)

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/processor-tasks".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProcessorTaskList | None:
    if response.status_code == 200:
        response_200 = ProcessorTaskList.from_dict(response.json())

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
) -> Response[Error | ProcessorTaskList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    order: ListProcessorTasksOrder | Unset = ListProcessorTasksOrder.DESC,
    query_current: bool | Unset = False,
    return_result: bool | Unset = True,
    sort_by: ListProcessorTasksSortBy | Unset = ListProcessorTasksSortBy.CREATE_TIME,
    source: str | Unset = UNSET,
    source_type: SourceType | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    task_name: str | Unset = UNSET,
    task_type: TaskType | Unset = UNSET,
    version_id: list[str] | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[Error | ProcessorTaskList]:
    """List processing tasks

     Returns one page of the project's processing tasks, optionally narrowed by type, status,
    data source, dataset version, workspace or a fuzzy name match, together with the number
    of tasks that match before paging.

    Args:
        project_id (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        order (ListProcessorTasksOrder | Unset):  Default: ListProcessorTasksOrder.DESC.
        query_current (bool | Unset):  Default: False.
        return_result (bool | Unset):  Default: True.
        sort_by (ListProcessorTasksSortBy | Unset):  Default:
            ListProcessorTasksSortBy.CREATE_TIME.
        source (str | Unset):
        source_type (SourceType | Unset): Where a task's data comes from.
        status (TaskStatus | Unset): Life-cycle state of a processing task: 0 initialized, 1
            running, 2 completed, 3 failed, 4 stopped.
        task_name (str | Unset):
        task_type (TaskType | Unset): Template id, naming the kind of processing a task does.
        version_id (list[str] | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProcessorTaskList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        offset=offset,
        order=order,
        query_current=query_current,
        return_result=return_result,
        sort_by=sort_by,
        source=source,
        source_type=source_type,
        status=status,
        task_name=task_name,
        task_type=task_type,
        version_id=version_id,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    order: ListProcessorTasksOrder | Unset = ListProcessorTasksOrder.DESC,
    query_current: bool | Unset = False,
    return_result: bool | Unset = True,
    sort_by: ListProcessorTasksSortBy | Unset = ListProcessorTasksSortBy.CREATE_TIME,
    source: str | Unset = UNSET,
    source_type: SourceType | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    task_name: str | Unset = UNSET,
    task_type: TaskType | Unset = UNSET,
    version_id: list[str] | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Error | ProcessorTaskList | None:
    """List processing tasks

     Returns one page of the project's processing tasks, optionally narrowed by type, status,
    data source, dataset version, workspace or a fuzzy name match, together with the number
    of tasks that match before paging.

    Args:
        project_id (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        order (ListProcessorTasksOrder | Unset):  Default: ListProcessorTasksOrder.DESC.
        query_current (bool | Unset):  Default: False.
        return_result (bool | Unset):  Default: True.
        sort_by (ListProcessorTasksSortBy | Unset):  Default:
            ListProcessorTasksSortBy.CREATE_TIME.
        source (str | Unset):
        source_type (SourceType | Unset): Where a task's data comes from.
        status (TaskStatus | Unset): Life-cycle state of a processing task: 0 initialized, 1
            running, 2 completed, 3 failed, 4 stopped.
        task_name (str | Unset):
        task_type (TaskType | Unset): Template id, naming the kind of processing a task does.
        version_id (list[str] | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProcessorTaskList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        limit=limit,
        offset=offset,
        order=order,
        query_current=query_current,
        return_result=return_result,
        sort_by=sort_by,
        source=source,
        source_type=source_type,
        status=status,
        task_name=task_name,
        task_type=task_type,
        version_id=version_id,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    order: ListProcessorTasksOrder | Unset = ListProcessorTasksOrder.DESC,
    query_current: bool | Unset = False,
    return_result: bool | Unset = True,
    sort_by: ListProcessorTasksSortBy | Unset = ListProcessorTasksSortBy.CREATE_TIME,
    source: str | Unset = UNSET,
    source_type: SourceType | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    task_name: str | Unset = UNSET,
    task_type: TaskType | Unset = UNSET,
    version_id: list[str] | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[Error | ProcessorTaskList]:
    """List processing tasks

     Returns one page of the project's processing tasks, optionally narrowed by type, status,
    data source, dataset version, workspace or a fuzzy name match, together with the number
    of tasks that match before paging.

    Args:
        project_id (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        order (ListProcessorTasksOrder | Unset):  Default: ListProcessorTasksOrder.DESC.
        query_current (bool | Unset):  Default: False.
        return_result (bool | Unset):  Default: True.
        sort_by (ListProcessorTasksSortBy | Unset):  Default:
            ListProcessorTasksSortBy.CREATE_TIME.
        source (str | Unset):
        source_type (SourceType | Unset): Where a task's data comes from.
        status (TaskStatus | Unset): Life-cycle state of a processing task: 0 initialized, 1
            running, 2 completed, 3 failed, 4 stopped.
        task_name (str | Unset):
        task_type (TaskType | Unset): Template id, naming the kind of processing a task does.
        version_id (list[str] | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProcessorTaskList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        offset=offset,
        order=order,
        query_current=query_current,
        return_result=return_result,
        sort_by=sort_by,
        source=source,
        source_type=source_type,
        status=status,
        task_name=task_name,
        task_type=task_type,
        version_id=version_id,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    order: ListProcessorTasksOrder | Unset = ListProcessorTasksOrder.DESC,
    query_current: bool | Unset = False,
    return_result: bool | Unset = True,
    sort_by: ListProcessorTasksSortBy | Unset = ListProcessorTasksSortBy.CREATE_TIME,
    source: str | Unset = UNSET,
    source_type: SourceType | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    task_name: str | Unset = UNSET,
    task_type: TaskType | Unset = UNSET,
    version_id: list[str] | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Error | ProcessorTaskList | None:
    """List processing tasks

     Returns one page of the project's processing tasks, optionally narrowed by type, status,
    data source, dataset version, workspace or a fuzzy name match, together with the number
    of tasks that match before paging.

    Args:
        project_id (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        order (ListProcessorTasksOrder | Unset):  Default: ListProcessorTasksOrder.DESC.
        query_current (bool | Unset):  Default: False.
        return_result (bool | Unset):  Default: True.
        sort_by (ListProcessorTasksSortBy | Unset):  Default:
            ListProcessorTasksSortBy.CREATE_TIME.
        source (str | Unset):
        source_type (SourceType | Unset): Where a task's data comes from.
        status (TaskStatus | Unset): Life-cycle state of a processing task: 0 initialized, 1
            running, 2 completed, 3 failed, 4 stopped.
        task_name (str | Unset):
        task_type (TaskType | Unset): Template id, naming the kind of processing a task does.
        version_id (list[str] | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProcessorTaskList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            limit=limit,
            offset=offset,
            order=order,
            query_current=query_current,
            return_result=return_result,
            sort_by=sort_by,
            source=source,
            source_type=source_type,
            status=status,
            task_name=task_name,
            task_type=task_type,
            version_id=version_id,
            workspace_id=workspace_id,
        )
    ).parsed
