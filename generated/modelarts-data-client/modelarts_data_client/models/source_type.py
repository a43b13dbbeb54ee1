from enum import StrEnum


class SourceType(StrEnum):
    CUSTOM = "CUSTOM"
    DATASET = "DATASET"
    OBS = "OBS"
    TASK = "TASK"

    def __str__(self) -> str:
        return str(self.value)
