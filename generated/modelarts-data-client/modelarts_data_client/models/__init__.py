"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .export_format import ExportFormat
from .export_params import ExportParams
from .export_params_export_dest import ExportParamsExportDest
from .export_params_sample_state import ExportParamsSampleState
from .export_task import ExportTask
from .export_task_list import ExportTaskList
from .export_type import ExportType
from .list_processor_task_versions_order import ListProcessorTaskVersionsOrder
from .list_processor_task_versions_sort_by import ListProcessorTaskVersionsSortBy
from .list_processor_tasks_order import ListProcessorTasksOrder
from .list_processor_tasks_sort_by import ListProcessorTasksSortBy
from .logical_operator import LogicalOperator
from .operator_param import OperatorParam
from .operator_param_params import OperatorParamParams
from .processor_data_source import ProcessorDataSource
from .processor_task import ProcessorTask
from .processor_task_list import ProcessorTaskList
from .processor_task_result import ProcessorTaskResult
from .search_condition import SearchCondition
from .search_condition_hard import SearchConditionHard
from .search_label import SearchLabel
from .search_label_property import SearchLabelProperty
from .search_label_type import SearchLabelType
from .search_labels import SearchLabels
from .search_prop import SearchProp
from .search_prop_props import SearchPropProps
from .source_type import SourceType
from .task_status import TaskStatus
from .task_type import TaskType
from .task_version import TaskVersion
from .task_version_list import TaskVersionList
from .template_param import TemplateParam
from .version_format import VersionFormat
from .work_path import WorkPath
from .work_path_type import WorkPathType

__all__ = (
    "Error",
    "ExportFormat",
    "ExportParams",
    "ExportParamsExportDest",
    "ExportParamsSampleState",
    "ExportTask",
    "ExportTaskList",
    "ExportType",
    "ListProcessorTasksOrder",
    "ListProcessorTasksSortBy",
    "ListProcessorTaskVersionsOrder",
    "ListProcessorTaskVersionsSortBy",
    "LogicalOperator",
    "OperatorParam",
    "OperatorParamParams",
    "ProcessorDataSource",
    "ProcessorTask",
    "ProcessorTaskList",
    "ProcessorTaskResult",
    "SearchCondition",
    "SearchConditionHard",
    "SearchLabel",
    "SearchLabelProperty",
    "SearchLabels",
    "SearchLabelType",
    "SearchProp",
    "SearchPropProps",
    "SourceType",
    "TaskStatus",
    "TaskType",
    "TaskVersion",
    "TaskVersionList",
    "TemplateParam",
    "VersionFormat",
    "WorkPath",
    "WorkPathType",
)
