"""Contract checks: does an NP6 API answer as the spec embedded in np6 says (``np6 contract``, the
``np6_contract`` fixture)."""

from __future__ import annotations

from ._check import (
    ContractReport,
    ContractUsageError,
    Deviation,
    OperationResult,
    SpecSuggestion,
    parse_params,
    require_extra,
)
from ._run import check_contract
from ._safe_writes import (
    SafeWriteResult,
    SafeWriteStateError,
    add_safe_writes,
    check_safe_writes,
    cleanup_safe_writes,
)
from ._spec_patch import suggest_spec_patch

__all__ = [
    "ContractReport",
    "ContractUsageError",
    "Deviation",
    "OperationResult",
    "SafeWriteResult",
    "SafeWriteStateError",
    "SpecSuggestion",
    "add_safe_writes",
    "check_contract",
    "check_safe_writes",
    "cleanup_safe_writes",
    "parse_params",
    "require_extra",
    "suggest_spec_patch",
]
