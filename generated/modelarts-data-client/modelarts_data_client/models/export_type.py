from enum import IntEnum


class ExportType(IntEnum):
    LABELED = 0
    UNLABELED = 1
    ALL = 2
    CONDITIONAL_SEARCH = 3

    def __str__(self) -> str:
        return str(self.value)
