from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unknown_workflow_node import UnknownWorkflowNode
from ...models.workflow_conditional_time_slots_node import (
    WorkflowConditionalTimeSlotsNode,
)
from ...models.workflow_data_explorer_v2_match_node import (
    WorkflowDataExplorerV2MatchNode,
)
from ...models.workflow_data_manager_pipeline_node import (
    WorkflowDataManagerPipelineNode,
)
from ...models.workflow_data_table_pipeline_node import WorkflowDataTablePipelineNode
from ...models.workflow_if_node import WorkflowIfNode
from ...models.workflow_match_node import WorkflowMatchNode
from ...models.workflow_multiple_slots_node import WorkflowMultipleSlotsNode
from ...models.workflow_notification_execution_node import (
    WorkflowNotificationExecutionNode,
)
from ...models.workflow_publish_node import WorkflowPublishNode
from ...models.workflow_request_node import WorkflowRequestNode
from ...models.workflow_sample_node import WorkflowSampleNode
from ...models.workflow_script_node import WorkflowScriptNode
from ...models.workflow_send_mail_node import WorkflowSendMailNode
from ...models.workflow_send_push_app_node import WorkflowSendPushAppNode
from ...models.workflow_send_sms_node import WorkflowSendSmsNode
from ...models.workflow_sleep_node import WorkflowSleepNode
from ...models.workflow_sms_node import WorkflowSmsNode
from ...models.workflow_split_node import WorkflowSplitNode
from ...models.workflow_switch_node import WorkflowSwitchNode
from ...models.workflow_terminal_node import WorkflowTerminalNode
from ...models.workflow_update_target_node import WorkflowUpdateTargetNode
from ...models.workflow_wait_all_node import WorkflowWaitAllNode
from ...models.workflow_wait_kill_node import WorkflowWaitKillNode
from ...models.workflow_wait_node import WorkflowWaitNode
from ...models.workflow_wait_race_node import WorkflowWaitRaceNode
from ...types import (
    Response,
    checked_body,
    checked_model_json,
    is_plain_list,
    part_json,
    path_segment,
    plain_parts_made,
)


def _get_kwargs(
    id: int,
    *,
    body: list[
        UnknownWorkflowNode
        | WorkflowConditionalTimeSlotsNode
        | WorkflowDataExplorerV2MatchNode
        | WorkflowDataManagerPipelineNode
        | WorkflowDataTablePipelineNode
        | WorkflowIfNode
        | WorkflowMatchNode
        | WorkflowMultipleSlotsNode
        | WorkflowNotificationExecutionNode
        | WorkflowPublishNode
        | WorkflowRequestNode
        | WorkflowSampleNode
        | WorkflowScriptNode
        | WorkflowSendMailNode
        | WorkflowSendPushAppNode
        | WorkflowSendSmsNode
        | WorkflowSleepNode
        | WorkflowSmsNode
        | WorkflowSplitNode
        | WorkflowSwitchNode
        | WorkflowTerminalNode
        | WorkflowUpdateTargetNode
        | WorkflowWaitAllNode
        | WorkflowWaitKillNode
        | WorkflowWaitNode
        | WorkflowWaitRaceNode
    ]
    | Sequence[Mapping[str, Any]],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/scripting/workflows/{id}/nodes".format(
            id=path_segment(id, "id"),
        ),
    }

    # the body as NP6 documents it (a dict, a list of dicts): checked against the spec, then sent as given
    if is_plain_list(body):
        media_type, _kwargs["json"] = checked_body(
            body, "put", "/scripting/workflows/{id}/nodes", "update_workflow_nodes"
        )
        headers["Content-Type"] = media_type
        _kwargs["headers"] = headers
        return _kwargs
    dicts_in_models = plain_parts_made()

    _kwargs["json"] = []
    for body_item_data in body:
        body_item: dict[str, Any]
        if (
            isinstance(body_item_data, WorkflowPublishNode)
            or isinstance(body_item_data, WorkflowRequestNode)
            or isinstance(body_item_data, WorkflowScriptNode)
            or isinstance(body_item_data, WorkflowSendMailNode)
            or isinstance(body_item_data, WorkflowSendSmsNode)
            or isinstance(body_item_data, WorkflowSmsNode)
            or isinstance(body_item_data, WorkflowSleepNode)
            or isinstance(body_item_data, WorkflowWaitNode)
            or isinstance(body_item_data, WorkflowWaitKillNode)
            or isinstance(body_item_data, WorkflowUpdateTargetNode)
            or isinstance(body_item_data, WorkflowMultipleSlotsNode)
            or isinstance(body_item_data, WorkflowSendPushAppNode)
            or isinstance(body_item_data, WorkflowDataManagerPipelineNode)
            or isinstance(body_item_data, WorkflowDataTablePipelineNode)
            or isinstance(body_item_data, WorkflowNotificationExecutionNode)
            or isinstance(body_item_data, WorkflowIfNode)
            or isinstance(body_item_data, WorkflowMatchNode)
            or isinstance(body_item_data, WorkflowSampleNode)
            or isinstance(body_item_data, WorkflowSplitNode)
            or isinstance(body_item_data, WorkflowSwitchNode)
            or isinstance(body_item_data, WorkflowWaitRaceNode)
            or isinstance(body_item_data, WorkflowWaitAllNode)
            or isinstance(body_item_data, WorkflowConditionalTimeSlotsNode)
            or isinstance(body_item_data, WorkflowDataExplorerV2MatchNode)
            or isinstance(body_item_data, WorkflowTerminalNode)
        ):
            body_item = body_item_data.to_dict()
        else:
            body_item = part_json(body_item_data)

        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    # dicts given inside the models (where a nested model goes): checked against the spec at their place
    if plain_parts_made() != dicts_in_models:
        _kwargs["json"] = checked_model_json(
            _kwargs["json"],
            "put",
            "/scripting/workflows/{id}/nodes",
            "update_workflow_nodes",
            headers["Content-Type"],
        )

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | list[
        UnknownWorkflowNode
        | WorkflowConditionalTimeSlotsNode
        | WorkflowDataExplorerV2MatchNode
        | WorkflowDataManagerPipelineNode
        | WorkflowDataTablePipelineNode
        | WorkflowIfNode
        | WorkflowMatchNode
        | WorkflowMultipleSlotsNode
        | WorkflowNotificationExecutionNode
        | WorkflowPublishNode
        | WorkflowRequestNode
        | WorkflowSampleNode
        | WorkflowScriptNode
        | WorkflowSendMailNode
        | WorkflowSendPushAppNode
        | WorkflowSendSmsNode
        | WorkflowSleepNode
        | WorkflowSmsNode
        | WorkflowSplitNode
        | WorkflowSwitchNode
        | WorkflowTerminalNode
        | WorkflowUpdateTargetNode
        | WorkflowWaitAllNode
        | WorkflowWaitKillNode
        | WorkflowWaitNode
        | WorkflowWaitRaceNode
    ]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(
                data: object,
            ) -> (
                UnknownWorkflowNode
                | WorkflowConditionalTimeSlotsNode
                | WorkflowDataExplorerV2MatchNode
                | WorkflowDataManagerPipelineNode
                | WorkflowDataTablePipelineNode
                | WorkflowIfNode
                | WorkflowMatchNode
                | WorkflowMultipleSlotsNode
                | WorkflowNotificationExecutionNode
                | WorkflowPublishNode
                | WorkflowRequestNode
                | WorkflowSampleNode
                | WorkflowScriptNode
                | WorkflowSendMailNode
                | WorkflowSendPushAppNode
                | WorkflowSendSmsNode
                | WorkflowSleepNode
                | WorkflowSmsNode
                | WorkflowSplitNode
                | WorkflowSwitchNode
                | WorkflowTerminalNode
                | WorkflowUpdateTargetNode
                | WorkflowWaitAllNode
                | WorkflowWaitKillNode
                | WorkflowWaitNode
                | WorkflowWaitRaceNode
            ):
                type_tag = data.get("type") if isinstance(data, dict) else None
                if type_tag == "publish":
                    try:
                        componentsschemas_workflow_node_type_0 = (
                            WorkflowPublishNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "request":
                    try:
                        componentsschemas_workflow_node_type_1 = (
                            WorkflowRequestNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "script":
                    try:
                        componentsschemas_workflow_node_type_2 = (
                            WorkflowScriptNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "sendMail":
                    try:
                        componentsschemas_workflow_node_type_3 = (
                            WorkflowSendMailNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "sendSms":
                    try:
                        componentsschemas_workflow_node_type_4 = (
                            WorkflowSendSmsNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "sms":
                    try:
                        componentsschemas_workflow_node_type_5 = (
                            WorkflowSmsNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "sleep":
                    try:
                        componentsschemas_workflow_node_type_6 = (
                            WorkflowSleepNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "wait":
                    try:
                        componentsschemas_workflow_node_type_7 = (
                            WorkflowWaitNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "wait.kill":
                    try:
                        componentsschemas_workflow_node_type_8 = (
                            WorkflowWaitKillNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "updateTarget":
                    try:
                        componentsschemas_workflow_node_type_9 = (
                            WorkflowUpdateTargetNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "multipleslots":
                    try:
                        componentsschemas_workflow_node_type_10 = (
                            WorkflowMultipleSlotsNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "sendpushapp":
                    try:
                        componentsschemas_workflow_node_type_11 = (
                            WorkflowSendPushAppNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "data-manager/pipeline":
                    try:
                        componentsschemas_workflow_node_type_12 = (
                            WorkflowDataManagerPipelineNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "data-table/pipeline":
                    try:
                        componentsschemas_workflow_node_type_13 = (
                            WorkflowDataTablePipelineNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "np6.notification/execution":
                    try:
                        componentsschemas_workflow_node_type_14 = (
                            WorkflowNotificationExecutionNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "if":
                    try:
                        componentsschemas_workflow_node_type_15 = (
                            WorkflowIfNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "match":
                    try:
                        componentsschemas_workflow_node_type_16 = (
                            WorkflowMatchNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_16
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "sample":
                    try:
                        componentsschemas_workflow_node_type_17 = (
                            WorkflowSampleNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_17
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "split":
                    try:
                        componentsschemas_workflow_node_type_18 = (
                            WorkflowSplitNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_18
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "switch":
                    try:
                        componentsschemas_workflow_node_type_19 = (
                            WorkflowSwitchNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_19
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "wait.race":
                    try:
                        componentsschemas_workflow_node_type_20 = (
                            WorkflowWaitRaceNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_20
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "wait.all":
                    try:
                        componentsschemas_workflow_node_type_21 = (
                            WorkflowWaitAllNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_21
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "conditionaltimeslots":
                    try:
                        componentsschemas_workflow_node_type_22 = (
                            WorkflowConditionalTimeSlotsNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_22
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "data-explorer-v2.match":
                    try:
                        componentsschemas_workflow_node_type_23 = (
                            WorkflowDataExplorerV2MatchNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_23
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "terminal":
                    try:
                        componentsschemas_workflow_node_type_24 = (
                            WorkflowTerminalNode.from_dict(data)
                        )

                        return componentsschemas_workflow_node_type_24
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_node_type_25 = UnknownWorkflowNode.from_dict(
                    data
                )

                return componentsschemas_workflow_node_type_25

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 411:
        response_411 = cast(Any, None)
        return response_411

    if response.status_code == 415:
        response_415 = cast(Any, None)
        return response_415

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response_200_item(
    data: object,
) -> (
    UnknownWorkflowNode
    | WorkflowConditionalTimeSlotsNode
    | WorkflowDataExplorerV2MatchNode
    | WorkflowDataManagerPipelineNode
    | WorkflowDataTablePipelineNode
    | WorkflowIfNode
    | WorkflowMatchNode
    | WorkflowMultipleSlotsNode
    | WorkflowNotificationExecutionNode
    | WorkflowPublishNode
    | WorkflowRequestNode
    | WorkflowSampleNode
    | WorkflowScriptNode
    | WorkflowSendMailNode
    | WorkflowSendPushAppNode
    | WorkflowSendSmsNode
    | WorkflowSleepNode
    | WorkflowSmsNode
    | WorkflowSplitNode
    | WorkflowSwitchNode
    | WorkflowTerminalNode
    | WorkflowUpdateTargetNode
    | WorkflowWaitAllNode
    | WorkflowWaitKillNode
    | WorkflowWaitNode
    | WorkflowWaitRaceNode
):
    """One item of the list a 200 answer holds, read the way `_parse_response` reads each: for
    callers that decode the list themselves and parse its items one at a time (np6's event iteration)."""
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "publish":
        try:
            componentsschemas_workflow_node_type_0 = WorkflowPublishNode.from_dict(data)

            return componentsschemas_workflow_node_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "request":
        try:
            componentsschemas_workflow_node_type_1 = WorkflowRequestNode.from_dict(data)

            return componentsschemas_workflow_node_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "script":
        try:
            componentsschemas_workflow_node_type_2 = WorkflowScriptNode.from_dict(data)

            return componentsschemas_workflow_node_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "sendMail":
        try:
            componentsschemas_workflow_node_type_3 = WorkflowSendMailNode.from_dict(
                data
            )

            return componentsschemas_workflow_node_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "sendSms":
        try:
            componentsschemas_workflow_node_type_4 = WorkflowSendSmsNode.from_dict(data)

            return componentsschemas_workflow_node_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "sms":
        try:
            componentsschemas_workflow_node_type_5 = WorkflowSmsNode.from_dict(data)

            return componentsschemas_workflow_node_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "sleep":
        try:
            componentsschemas_workflow_node_type_6 = WorkflowSleepNode.from_dict(data)

            return componentsschemas_workflow_node_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "wait":
        try:
            componentsschemas_workflow_node_type_7 = WorkflowWaitNode.from_dict(data)

            return componentsschemas_workflow_node_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "wait.kill":
        try:
            componentsschemas_workflow_node_type_8 = WorkflowWaitKillNode.from_dict(
                data
            )

            return componentsschemas_workflow_node_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "updateTarget":
        try:
            componentsschemas_workflow_node_type_9 = WorkflowUpdateTargetNode.from_dict(
                data
            )

            return componentsschemas_workflow_node_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "multipleslots":
        try:
            componentsschemas_workflow_node_type_10 = (
                WorkflowMultipleSlotsNode.from_dict(data)
            )

            return componentsschemas_workflow_node_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "sendpushapp":
        try:
            componentsschemas_workflow_node_type_11 = WorkflowSendPushAppNode.from_dict(
                data
            )

            return componentsschemas_workflow_node_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "data-manager/pipeline":
        try:
            componentsschemas_workflow_node_type_12 = (
                WorkflowDataManagerPipelineNode.from_dict(data)
            )

            return componentsschemas_workflow_node_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "data-table/pipeline":
        try:
            componentsschemas_workflow_node_type_13 = (
                WorkflowDataTablePipelineNode.from_dict(data)
            )

            return componentsschemas_workflow_node_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "np6.notification/execution":
        try:
            componentsschemas_workflow_node_type_14 = (
                WorkflowNotificationExecutionNode.from_dict(data)
            )

            return componentsschemas_workflow_node_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "if":
        try:
            componentsschemas_workflow_node_type_15 = WorkflowIfNode.from_dict(data)

            return componentsschemas_workflow_node_type_15
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "match":
        try:
            componentsschemas_workflow_node_type_16 = WorkflowMatchNode.from_dict(data)

            return componentsschemas_workflow_node_type_16
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "sample":
        try:
            componentsschemas_workflow_node_type_17 = WorkflowSampleNode.from_dict(data)

            return componentsschemas_workflow_node_type_17
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "split":
        try:
            componentsschemas_workflow_node_type_18 = WorkflowSplitNode.from_dict(data)

            return componentsschemas_workflow_node_type_18
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "switch":
        try:
            componentsschemas_workflow_node_type_19 = WorkflowSwitchNode.from_dict(data)

            return componentsschemas_workflow_node_type_19
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "wait.race":
        try:
            componentsschemas_workflow_node_type_20 = WorkflowWaitRaceNode.from_dict(
                data
            )

            return componentsschemas_workflow_node_type_20
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "wait.all":
        try:
            componentsschemas_workflow_node_type_21 = WorkflowWaitAllNode.from_dict(
                data
            )

            return componentsschemas_workflow_node_type_21
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "conditionaltimeslots":
        try:
            componentsschemas_workflow_node_type_22 = (
                WorkflowConditionalTimeSlotsNode.from_dict(data)
            )

            return componentsschemas_workflow_node_type_22
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "data-explorer-v2.match":
        try:
            componentsschemas_workflow_node_type_23 = (
                WorkflowDataExplorerV2MatchNode.from_dict(data)
            )

            return componentsschemas_workflow_node_type_23
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "terminal":
        try:
            componentsschemas_workflow_node_type_24 = WorkflowTerminalNode.from_dict(
                data
            )

            return componentsschemas_workflow_node_type_24
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_workflow_node_type_25 = UnknownWorkflowNode.from_dict(data)

    return componentsschemas_workflow_node_type_25


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | list[
        UnknownWorkflowNode
        | WorkflowConditionalTimeSlotsNode
        | WorkflowDataExplorerV2MatchNode
        | WorkflowDataManagerPipelineNode
        | WorkflowDataTablePipelineNode
        | WorkflowIfNode
        | WorkflowMatchNode
        | WorkflowMultipleSlotsNode
        | WorkflowNotificationExecutionNode
        | WorkflowPublishNode
        | WorkflowRequestNode
        | WorkflowSampleNode
        | WorkflowScriptNode
        | WorkflowSendMailNode
        | WorkflowSendPushAppNode
        | WorkflowSendSmsNode
        | WorkflowSleepNode
        | WorkflowSmsNode
        | WorkflowSplitNode
        | WorkflowSwitchNode
        | WorkflowTerminalNode
        | WorkflowUpdateTargetNode
        | WorkflowWaitAllNode
        | WorkflowWaitKillNode
        | WorkflowWaitNode
        | WorkflowWaitRaceNode
    ]
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except Exception as error:
        if client.response_error is None:
            raise
        raise client.response_error(response, error) from error
    if hasattr(parsed, "_request_id"):
        parsed._request_id = response.headers.get("x-request-id")
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[
        UnknownWorkflowNode
        | WorkflowConditionalTimeSlotsNode
        | WorkflowDataExplorerV2MatchNode
        | WorkflowDataManagerPipelineNode
        | WorkflowDataTablePipelineNode
        | WorkflowIfNode
        | WorkflowMatchNode
        | WorkflowMultipleSlotsNode
        | WorkflowNotificationExecutionNode
        | WorkflowPublishNode
        | WorkflowRequestNode
        | WorkflowSampleNode
        | WorkflowScriptNode
        | WorkflowSendMailNode
        | WorkflowSendPushAppNode
        | WorkflowSendSmsNode
        | WorkflowSleepNode
        | WorkflowSmsNode
        | WorkflowSplitNode
        | WorkflowSwitchNode
        | WorkflowTerminalNode
        | WorkflowUpdateTargetNode
        | WorkflowWaitAllNode
        | WorkflowWaitKillNode
        | WorkflowWaitNode
        | WorkflowWaitRaceNode
    ]
    | Sequence[Mapping[str, Any]],
) -> Response[
    Any
    | list[
        UnknownWorkflowNode
        | WorkflowConditionalTimeSlotsNode
        | WorkflowDataExplorerV2MatchNode
        | WorkflowDataManagerPipelineNode
        | WorkflowDataTablePipelineNode
        | WorkflowIfNode
        | WorkflowMatchNode
        | WorkflowMultipleSlotsNode
        | WorkflowNotificationExecutionNode
        | WorkflowPublishNode
        | WorkflowRequestNode
        | WorkflowSampleNode
        | WorkflowScriptNode
        | WorkflowSendMailNode
        | WorkflowSendPushAppNode
        | WorkflowSendSmsNode
        | WorkflowSleepNode
        | WorkflowSmsNode
        | WorkflowSplitNode
        | WorkflowSwitchNode
        | WorkflowTerminalNode
        | WorkflowUpdateTargetNode
        | WorkflowWaitAllNode
        | WorkflowWaitKillNode
        | WorkflowWaitNode
        | WorkflowWaitRaceNode
    ]
]:
    """Update nodes of the specified workflow

    Replaces the nodes of the specified workflow. The summary and the `id` path parameter are seen; the
    method
    (PUT), the path and the bodies (an array of nodes both ways) are inferred from
    `list_workflow_nodes`.

    Args:
        id (int): Workflow id (int32, seen).
        body (list[UnknownWorkflowNode | WorkflowConditionalTimeSlotsNode |
            WorkflowDataExplorerV2MatchNode | WorkflowDataManagerPipelineNode |
            WorkflowDataTablePipelineNode | WorkflowIfNode | WorkflowMatchNode |
            WorkflowMultipleSlotsNode | WorkflowNotificationExecutionNode | WorkflowPublishNode |
            WorkflowRequestNode | WorkflowSampleNode | WorkflowScriptNode | WorkflowSendMailNode |
            WorkflowSendPushAppNode | WorkflowSendSmsNode | WorkflowSleepNode | WorkflowSmsNode |
            WorkflowSplitNode | WorkflowSwitchNode | WorkflowTerminalNode | WorkflowUpdateTargetNode |
            WorkflowWaitAllNode | WorkflowWaitKillNode | WorkflowWaitNode | WorkflowWaitRaceNode]):

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
            path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
            (3rd-party).
        np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
            8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
            expected.
        np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
            accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
            `application/vnd.np6.cm.email`.
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Response[Any | list[UnknownWorkflowNode | WorkflowConditionalTimeSlotsNode | WorkflowDataExplorerV2MatchNode | WorkflowDataManagerPipelineNode | WorkflowDataTablePipelineNode | WorkflowIfNode | WorkflowMatchNode | WorkflowMultipleSlotsNode | WorkflowNotificationExecutionNode | WorkflowPublishNode | WorkflowRequestNode | WorkflowSampleNode | WorkflowScriptNode | WorkflowSendMailNode | WorkflowSendPushAppNode | WorkflowSendSmsNode | WorkflowSleepNode | WorkflowSmsNode | WorkflowSplitNode | WorkflowSwitchNode | WorkflowTerminalNode | WorkflowUpdateTargetNode | WorkflowWaitAllNode | WorkflowWaitKillNode | WorkflowWaitNode | WorkflowWaitRaceNode]]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    try:
        response = client.get_requester().request(
            **kwargs,
        )
    except (
        httpx.InvalidURL
    ) as error:  # e.g. a parameter so long the URL exceeds httpx's limit
        raise ValueError(f"cannot build the request URL: {error}") from error

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[
        UnknownWorkflowNode
        | WorkflowConditionalTimeSlotsNode
        | WorkflowDataExplorerV2MatchNode
        | WorkflowDataManagerPipelineNode
        | WorkflowDataTablePipelineNode
        | WorkflowIfNode
        | WorkflowMatchNode
        | WorkflowMultipleSlotsNode
        | WorkflowNotificationExecutionNode
        | WorkflowPublishNode
        | WorkflowRequestNode
        | WorkflowSampleNode
        | WorkflowScriptNode
        | WorkflowSendMailNode
        | WorkflowSendPushAppNode
        | WorkflowSendSmsNode
        | WorkflowSleepNode
        | WorkflowSmsNode
        | WorkflowSplitNode
        | WorkflowSwitchNode
        | WorkflowTerminalNode
        | WorkflowUpdateTargetNode
        | WorkflowWaitAllNode
        | WorkflowWaitKillNode
        | WorkflowWaitNode
        | WorkflowWaitRaceNode
    ]
    | Sequence[Mapping[str, Any]],
) -> (
    Any
    | list[
        UnknownWorkflowNode
        | WorkflowConditionalTimeSlotsNode
        | WorkflowDataExplorerV2MatchNode
        | WorkflowDataManagerPipelineNode
        | WorkflowDataTablePipelineNode
        | WorkflowIfNode
        | WorkflowMatchNode
        | WorkflowMultipleSlotsNode
        | WorkflowNotificationExecutionNode
        | WorkflowPublishNode
        | WorkflowRequestNode
        | WorkflowSampleNode
        | WorkflowScriptNode
        | WorkflowSendMailNode
        | WorkflowSendPushAppNode
        | WorkflowSendSmsNode
        | WorkflowSleepNode
        | WorkflowSmsNode
        | WorkflowSplitNode
        | WorkflowSwitchNode
        | WorkflowTerminalNode
        | WorkflowUpdateTargetNode
        | WorkflowWaitAllNode
        | WorkflowWaitKillNode
        | WorkflowWaitNode
        | WorkflowWaitRaceNode
    ]
    | None
):
    """Update nodes of the specified workflow

    Replaces the nodes of the specified workflow. The summary and the `id` path parameter are seen; the
    method
    (PUT), the path and the bodies (an array of nodes both ways) are inferred from
    `list_workflow_nodes`.

    Args:
        id (int): Workflow id (int32, seen).
        body (list[UnknownWorkflowNode | WorkflowConditionalTimeSlotsNode |
            WorkflowDataExplorerV2MatchNode | WorkflowDataManagerPipelineNode |
            WorkflowDataTablePipelineNode | WorkflowIfNode | WorkflowMatchNode |
            WorkflowMultipleSlotsNode | WorkflowNotificationExecutionNode | WorkflowPublishNode |
            WorkflowRequestNode | WorkflowSampleNode | WorkflowScriptNode | WorkflowSendMailNode |
            WorkflowSendPushAppNode | WorkflowSendSmsNode | WorkflowSleepNode | WorkflowSmsNode |
            WorkflowSplitNode | WorkflowSwitchNode | WorkflowTerminalNode | WorkflowUpdateTargetNode |
            WorkflowWaitAllNode | WorkflowWaitKillNode | WorkflowWaitNode | WorkflowWaitRaceNode]):

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
            path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
            (3rd-party).
        np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
            8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
            expected.
        np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
            accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
            `application/vnd.np6.cm.email`.
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Any | list[UnknownWorkflowNode | WorkflowConditionalTimeSlotsNode | WorkflowDataExplorerV2MatchNode | WorkflowDataManagerPipelineNode | WorkflowDataTablePipelineNode | WorkflowIfNode | WorkflowMatchNode | WorkflowMultipleSlotsNode | WorkflowNotificationExecutionNode | WorkflowPublishNode | WorkflowRequestNode | WorkflowSampleNode | WorkflowScriptNode | WorkflowSendMailNode | WorkflowSendPushAppNode | WorkflowSendSmsNode | WorkflowSleepNode | WorkflowSmsNode | WorkflowSplitNode | WorkflowSwitchNode | WorkflowTerminalNode | WorkflowUpdateTargetNode | WorkflowWaitAllNode | WorkflowWaitKillNode | WorkflowWaitNode | WorkflowWaitRaceNode]
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[
        UnknownWorkflowNode
        | WorkflowConditionalTimeSlotsNode
        | WorkflowDataExplorerV2MatchNode
        | WorkflowDataManagerPipelineNode
        | WorkflowDataTablePipelineNode
        | WorkflowIfNode
        | WorkflowMatchNode
        | WorkflowMultipleSlotsNode
        | WorkflowNotificationExecutionNode
        | WorkflowPublishNode
        | WorkflowRequestNode
        | WorkflowSampleNode
        | WorkflowScriptNode
        | WorkflowSendMailNode
        | WorkflowSendPushAppNode
        | WorkflowSendSmsNode
        | WorkflowSleepNode
        | WorkflowSmsNode
        | WorkflowSplitNode
        | WorkflowSwitchNode
        | WorkflowTerminalNode
        | WorkflowUpdateTargetNode
        | WorkflowWaitAllNode
        | WorkflowWaitKillNode
        | WorkflowWaitNode
        | WorkflowWaitRaceNode
    ]
    | Sequence[Mapping[str, Any]],
) -> Response[
    Any
    | list[
        UnknownWorkflowNode
        | WorkflowConditionalTimeSlotsNode
        | WorkflowDataExplorerV2MatchNode
        | WorkflowDataManagerPipelineNode
        | WorkflowDataTablePipelineNode
        | WorkflowIfNode
        | WorkflowMatchNode
        | WorkflowMultipleSlotsNode
        | WorkflowNotificationExecutionNode
        | WorkflowPublishNode
        | WorkflowRequestNode
        | WorkflowSampleNode
        | WorkflowScriptNode
        | WorkflowSendMailNode
        | WorkflowSendPushAppNode
        | WorkflowSendSmsNode
        | WorkflowSleepNode
        | WorkflowSmsNode
        | WorkflowSplitNode
        | WorkflowSwitchNode
        | WorkflowTerminalNode
        | WorkflowUpdateTargetNode
        | WorkflowWaitAllNode
        | WorkflowWaitKillNode
        | WorkflowWaitNode
        | WorkflowWaitRaceNode
    ]
]:
    """Update nodes of the specified workflow

    Replaces the nodes of the specified workflow. The summary and the `id` path parameter are seen; the
    method
    (PUT), the path and the bodies (an array of nodes both ways) are inferred from
    `list_workflow_nodes`.

    Args:
        id (int): Workflow id (int32, seen).
        body (list[UnknownWorkflowNode | WorkflowConditionalTimeSlotsNode |
            WorkflowDataExplorerV2MatchNode | WorkflowDataManagerPipelineNode |
            WorkflowDataTablePipelineNode | WorkflowIfNode | WorkflowMatchNode |
            WorkflowMultipleSlotsNode | WorkflowNotificationExecutionNode | WorkflowPublishNode |
            WorkflowRequestNode | WorkflowSampleNode | WorkflowScriptNode | WorkflowSendMailNode |
            WorkflowSendPushAppNode | WorkflowSendSmsNode | WorkflowSleepNode | WorkflowSmsNode |
            WorkflowSplitNode | WorkflowSwitchNode | WorkflowTerminalNode | WorkflowUpdateTargetNode |
            WorkflowWaitAllNode | WorkflowWaitKillNode | WorkflowWaitNode | WorkflowWaitRaceNode]):

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
            path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
            (3rd-party).
        np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
            8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
            expected.
        np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
            accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
            `application/vnd.np6.cm.email`.
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Response[Any | list[UnknownWorkflowNode | WorkflowConditionalTimeSlotsNode | WorkflowDataExplorerV2MatchNode | WorkflowDataManagerPipelineNode | WorkflowDataTablePipelineNode | WorkflowIfNode | WorkflowMatchNode | WorkflowMultipleSlotsNode | WorkflowNotificationExecutionNode | WorkflowPublishNode | WorkflowRequestNode | WorkflowSampleNode | WorkflowScriptNode | WorkflowSendMailNode | WorkflowSendPushAppNode | WorkflowSendSmsNode | WorkflowSleepNode | WorkflowSmsNode | WorkflowSplitNode | WorkflowSwitchNode | WorkflowTerminalNode | WorkflowUpdateTargetNode | WorkflowWaitAllNode | WorkflowWaitKillNode | WorkflowWaitNode | WorkflowWaitRaceNode]]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    try:
        response = await client.get_async_requester().request(**kwargs)
    except (
        httpx.InvalidURL
    ) as error:  # e.g. a parameter so long the URL exceeds httpx's limit
        raise ValueError(f"cannot build the request URL: {error}") from error

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[
        UnknownWorkflowNode
        | WorkflowConditionalTimeSlotsNode
        | WorkflowDataExplorerV2MatchNode
        | WorkflowDataManagerPipelineNode
        | WorkflowDataTablePipelineNode
        | WorkflowIfNode
        | WorkflowMatchNode
        | WorkflowMultipleSlotsNode
        | WorkflowNotificationExecutionNode
        | WorkflowPublishNode
        | WorkflowRequestNode
        | WorkflowSampleNode
        | WorkflowScriptNode
        | WorkflowSendMailNode
        | WorkflowSendPushAppNode
        | WorkflowSendSmsNode
        | WorkflowSleepNode
        | WorkflowSmsNode
        | WorkflowSplitNode
        | WorkflowSwitchNode
        | WorkflowTerminalNode
        | WorkflowUpdateTargetNode
        | WorkflowWaitAllNode
        | WorkflowWaitKillNode
        | WorkflowWaitNode
        | WorkflowWaitRaceNode
    ]
    | Sequence[Mapping[str, Any]],
) -> (
    Any
    | list[
        UnknownWorkflowNode
        | WorkflowConditionalTimeSlotsNode
        | WorkflowDataExplorerV2MatchNode
        | WorkflowDataManagerPipelineNode
        | WorkflowDataTablePipelineNode
        | WorkflowIfNode
        | WorkflowMatchNode
        | WorkflowMultipleSlotsNode
        | WorkflowNotificationExecutionNode
        | WorkflowPublishNode
        | WorkflowRequestNode
        | WorkflowSampleNode
        | WorkflowScriptNode
        | WorkflowSendMailNode
        | WorkflowSendPushAppNode
        | WorkflowSendSmsNode
        | WorkflowSleepNode
        | WorkflowSmsNode
        | WorkflowSplitNode
        | WorkflowSwitchNode
        | WorkflowTerminalNode
        | WorkflowUpdateTargetNode
        | WorkflowWaitAllNode
        | WorkflowWaitKillNode
        | WorkflowWaitNode
        | WorkflowWaitRaceNode
    ]
    | None
):
    """Update nodes of the specified workflow

    Replaces the nodes of the specified workflow. The summary and the `id` path parameter are seen; the
    method
    (PUT), the path and the bodies (an array of nodes both ways) are inferred from
    `list_workflow_nodes`.

    Args:
        id (int): Workflow id (int32, seen).
        body (list[UnknownWorkflowNode | WorkflowConditionalTimeSlotsNode |
            WorkflowDataExplorerV2MatchNode | WorkflowDataManagerPipelineNode |
            WorkflowDataTablePipelineNode | WorkflowIfNode | WorkflowMatchNode |
            WorkflowMultipleSlotsNode | WorkflowNotificationExecutionNode | WorkflowPublishNode |
            WorkflowRequestNode | WorkflowSampleNode | WorkflowScriptNode | WorkflowSendMailNode |
            WorkflowSendPushAppNode | WorkflowSendSmsNode | WorkflowSleepNode | WorkflowSmsNode |
            WorkflowSplitNode | WorkflowSwitchNode | WorkflowTerminalNode | WorkflowUpdateTargetNode |
            WorkflowWaitAllNode | WorkflowWaitKillNode | WorkflowWaitNode | WorkflowWaitRaceNode]):

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
            path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
            (3rd-party).
        np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
            8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
            expected.
        np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
            accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
            `application/vnd.np6.cm.email`.
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Any | list[UnknownWorkflowNode | WorkflowConditionalTimeSlotsNode | WorkflowDataExplorerV2MatchNode | WorkflowDataManagerPipelineNode | WorkflowDataTablePipelineNode | WorkflowIfNode | WorkflowMatchNode | WorkflowMultipleSlotsNode | WorkflowNotificationExecutionNode | WorkflowPublishNode | WorkflowRequestNode | WorkflowSampleNode | WorkflowScriptNode | WorkflowSendMailNode | WorkflowSendPushAppNode | WorkflowSendSmsNode | WorkflowSleepNode | WorkflowSmsNode | WorkflowSplitNode | WorkflowSwitchNode | WorkflowTerminalNode | WorkflowUpdateTargetNode | WorkflowWaitAllNode | WorkflowWaitKillNode | WorkflowWaitNode | WorkflowWaitRaceNode]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
