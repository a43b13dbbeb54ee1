from enum import IntEnum


class ExportFormat(IntEnum):
    TREE = 1
    TILE = 2

    def __str__(self) -> str:
        return str(self.value)
