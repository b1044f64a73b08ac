"""Coverage of NP6 API 8.1.0 per tag group and provenance: the inventory's counts
(`shared/np6-api/README.md`, 169 operations), changed only by what the December 2026 audit found."""

from __future__ import annotations

from collections import Counter
from typing import Any

import spec_coverage
import spec_lint

# NP6 operations per tag group and provenance, from shared/np6-api/README.md (169 in all).
INVENTORY: dict[str, dict[str, int]] = {
    "actions": {"seen": 16, "inferred": 1},
    "notifications": {"seen": 5, "inferred": 15},
    "archives": {"seen": 2},
    "action_events": {"seen": 6, "inferred": 1},
    "notification_events": {"seen": 3},
    "display_events": {"seen": 2, "inferred": 1},
    "action_reactivities": {"seen": 5, "inferred": 4},
    "notification_reactivities": {"seen": 4, "inferred": 4},
    "workflows": {"seen": 8, "inferred": 4},
    "campaigns": {"seen": 1},
    "campaign_events": {"seen": 1},
    "targets": {"seen": 10, "legacy": 4, "3rd-party": 1, "inferred": 2},
    "fields": {"seen": 2, "legacy": 3},
    "enumerations": {"seen": 2, "inferred": 2},
    "segments": {"seen": 7, "legacy": 2},
    "imports": {"seen": 6, "legacy": 2, "inferred": 2},
    "subscriptions": {"seen": 9},
    "contact_events": {"seen": 10, "inferred": 1},
    "webtasks": {"seen": 1},
    "compilables": {"seen": 3, "inferred": 2},
    "applications": {"seen": 3},
    "categories": {"legacy": 5},
    "marketing_pressure": {"seen": 3},
    "legacy": {"legacy": 4},
}

# What the audit changed: (tag, from mark or None for a new operation, to mark, operationId, audit item).
AUDIT_CHANGES = [
    ("action_reactivities", None, "inferred", "list_all_action_hit_reactivities", "M3"),
    ("action_reactivities", "inferred", "seen", "list_all_action_bounce_reactivities", "4.1"),
    ("targets", "inferred", "legacy", "update_target_by_identity", "4.1"),
    ("enumerations", "inferred", "legacy", "create_value_list", "4.1"),
    ("enumerations", "inferred", "legacy", "update_value_list", "4.1"),
    ("imports", "inferred", "legacy", "update_import", "4.1"),
    ("imports", "inferred", "legacy", "start_import_execution", "4.1"),
    ("actions", "seen", "legacy", "update_action", "4.2"),
    ("targets", "seen", "legacy", "update_target", "4.2"),
    ("actions", "seen", "legacy", "send_action_message", "4.2"),
    ("targets", "seen", "legacy", "list_mail_redlist", "4.2"),
    ("targets", "seen", "legacy", "list_sms_redlist", "4.2"),
]


def expected() -> dict[str, Counter[str]]:
    table = {tag: Counter(counts) for tag, counts in INVENTORY.items()}
    for tag, before, after, _, _ in AUDIT_CHANGES:
        if before:
            table[tag][before] -= 1
        table[tag][after] += 1
    return {tag: +counts for tag, counts in table.items()}


def test_every_np6_operation_is_covered_with_the_audited_marks(spec: dict[str, Any]) -> None:
    table = spec_coverage.coverage(spec)
    assert {tag: +counts for tag, counts in table.items()} == expected()
    assert sum(sum(counts.values()) for counts in table.values()) == 170


def test_each_audited_change_is_on_its_operation(spec: dict[str, Any]) -> None:
    marks = {op["operationId"]: (op["tags"][0], op["x-np6-provenance"]) for _, _, op in spec_lint.iter_operations(spec)}
    for tag, _, after, operation_id, _ in AUDIT_CHANGES:
        assert marks[operation_id] == (tag, after), operation_id


def test_coverage_report_renders(spec: dict[str, Any]) -> None:
    report = spec_coverage.render(spec)
    assert "Email & SMS (management)" in report
    totals = Counter[str]()
    for counts in expected().values():
        totals.update(counts)
    assert report.splitlines()[-4].split()[1:6] == [str(totals[mark]) for mark in spec_lint.PROVENANCE_MARKS] + ["170"]
