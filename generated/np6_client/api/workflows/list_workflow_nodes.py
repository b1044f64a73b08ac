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
from ...types import Response, path_segment


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/scripting/workflows/{id}/nodes".format(
            id=path_segment(id, "id"),
        ),
    }

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
    """Retrieve nodes of the specified workflow

    Returns the nodes of the specified workflow. Status 200 is inferred.

    Args:
        id (int): Workflow id (int32, seen).

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
    """Retrieve nodes of the specified workflow

    Returns the nodes of the specified workflow. Status 200 is inferred.

    Args:
        id (int): Workflow id (int32, seen).

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
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
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
    """Retrieve nodes of the specified workflow

    Returns the nodes of the specified workflow. Status 200 is inferred.

    Args:
        id (int): Workflow id (int32, seen).

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
    """Retrieve nodes of the specified workflow

    Returns the nodes of the specified workflow. Status 200 is inferred.

    Args:
        id (int): Workflow id (int32, seen).

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
        )
    ).parsed
