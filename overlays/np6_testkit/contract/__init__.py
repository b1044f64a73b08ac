"""Contract checks: does an NP6 API answer as the spec embedded in np6 says (``np6 contract``, the
``np6_contract`` fixture)."""

from __future__ import annotations

from ._check import (
    ContractReport,
    ContractUsageError,
    Deviation,
    OperationResult,
    SpecSuggestion,
    check_contract,
    parse_params,
    require_extra,
)

__all__ = [
    "ContractReport",
    "ContractUsageError",
    "Deviation",
    "OperationResult",
    "SpecSuggestion",
    "check_contract",
    "parse_params",
    "require_extra",
]
