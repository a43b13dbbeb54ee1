from enum import StrEnum


class VersionFormat(StrEnum):
    CARBONDATA = "CarbonData"
    CSV = "CSV"
    DEFAULT = "Default"

    def __str__(self) -> str:
        return str(self.value)
