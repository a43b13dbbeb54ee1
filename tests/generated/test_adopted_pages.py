"""The client follows the newest export page (D35, D36): the service's values parse to members, 004's do not."""

from __future__ import annotations

from modelarts_data_client import Unknown
from modelarts_data_client.models import ExportParams, ExportParamsSampleState, SearchLabel, SearchLabelType


def test_underscored_sample_state_parses_to_the_named_member() -> None:
    """D35: `__ALL__` is the service's value and keeps the member name ALL."""
    assert ExportParams.from_dict({"sample_state": "__ALL__"}).sample_state is ExportParamsSampleState.ALL


def test_plain_sample_state_of_004_is_not_a_member() -> None:
    """D35: 004's `ALL` lost its underscores to markup; a body carrying it keeps the raw value (D20)."""
    state = ExportParams.from_dict({"sample_state": "ALL"}).sample_state
    assert isinstance(state, Unknown)
    assert state == "ALL"
    assert state != ExportParamsSampleState.ALL


def test_image_segmentation_label_type_parses() -> None:
    """D36: label type 3 (image segmentation) is a member."""
    assert SearchLabel.from_dict({"type": 3}).type_ is SearchLabelType.IMAGE_SEGMENTATION
