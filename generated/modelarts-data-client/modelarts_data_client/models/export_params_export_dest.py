from enum import StrEnum


class ExportParamsExportDest(StrEnum):
    DIR = "DIR"
    NEW_DATASET = "NEW_DATASET"

    def __str__(self) -> str:
        return str(self.value)
