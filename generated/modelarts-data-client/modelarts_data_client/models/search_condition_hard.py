from enum import StrEnum


class SearchConditionHard(StrEnum):
    HARD = "1"
    NOT_HARD = "0"

    def __str__(self) -> str:
        return str(self.value)
