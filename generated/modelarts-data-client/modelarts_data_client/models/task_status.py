from enum import IntEnum


class TaskStatus(IntEnum):
    INITIALIZED = 0
    RUNNING = 1
    COMPLETED = 2
    FAILED = 3
    STOPPED = 4

    def __str__(self) -> str:
        return str(self.value)
