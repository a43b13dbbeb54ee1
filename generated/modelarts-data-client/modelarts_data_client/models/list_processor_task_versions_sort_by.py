from enum import StrEnum


class ListProcessorTaskVersionsSortBy(StrEnum):
    CREATE_TIME = "create_time"
    VERSION_NAME = "version_name"

    def __str__(self) -> str:
        return str(self.value)
