"""Operations tagged `workflows`, and the namespaces binding them to a client: `Workflows` /
`AsyncWorkflows` return the success body, `RawWorkflows` / `AsyncRawWorkflows` the answer as received."""

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.unknown_workflow_node import UnknownWorkflowNode
from ...models.workflow import Workflow
from ...models.workflow_capping import WorkflowCapping
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
from ...models.workflow_execution_data import WorkflowExecutionData
from ...models.workflow_if_node import WorkflowIfNode
from ...models.workflow_listener import WorkflowListener
from ...models.workflow_match_node import WorkflowMatchNode
from ...models.workflow_multiple_slots_node import WorkflowMultipleSlotsNode
from ...models.workflow_notification_execution_node import (
    WorkflowNotificationExecutionNode,
)
from ...models.workflow_publish_node import WorkflowPublishNode
from ...models.workflow_request import WorkflowRequest
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
from ...models.workflow_task import WorkflowTask
from ...models.workflow_terminal_node import WorkflowTerminalNode
from ...models.workflow_update_target_node import WorkflowUpdateTargetNode
from ...models.workflow_wait_all_node import WorkflowWaitAllNode
from ...models.workflow_wait_kill_node import WorkflowWaitKillNode
from ...models.workflow_wait_node import WorkflowWaitNode
from ...models.workflow_wait_race_node import WorkflowWaitRaceNode
from ...types import UNSET, APIResponse, Unset
from . import (
    create_workflow,
    delete_workflow,
    duplicate_workflow,
    execute_workflow,
    list_workflow_capping,
    list_workflow_listeners,
    list_workflow_nodes,
    list_workflow_tasks,
    patch_workflow,
    update_workflow,
    update_workflow_capping,
    update_workflow_nodes,
)


class Workflows:
    """The `workflows` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_workflow(
        self,
        *,
        body: WorkflowRequest | Mapping[str, Any],
    ) -> Workflow:
        """Create a workflow

        Creates a workflow from its script settings, listeners, capping rules, nodes and scheduler tasks.
        The summary wording is inferred (the page shows the body "Data used to create the workflow"). The
        response is
        not in the available page text: 200 with the created workflow is inferred. The published request
        example is
        truncated in the available page text (its visible part is identical to the complete example of
        `update_workflow`), so it is not copied here.

        Args:
            body (WorkflowRequest): A scripted workflow (seen): script settings, free-form settings,
                event listeners, capping rules, nodes and
                scheduler tasks. No field is marked required in 8.1.0; `id`, `creationDate` and
                `updateDate` are set by NP6
                (inferred). `tasks` appears in the published example but not in the visible field list.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
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
            Workflow
        """

        response = create_workflow.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(Workflow, response.parsed)

    def update_workflow(
        self,
        id: int,
        *,
        body: WorkflowRequest | Mapping[str, Any],
    ) -> Workflow:
        """Update a workflow

        Replaces the specified workflow (full update with a `Workflow` body). Method, path and body are seen
        (curl
        sample); the summary wording is inferred from the PATCH sibling and the response (200 with the
        updated
        workflow) is inferred.

        Args:
            id (int): Workflow id (int32, seen).
            body (WorkflowRequest): A scripted workflow (seen): script settings, free-form settings,
                event listeners, capping rules, nodes and
                scheduler tasks. No field is marked required in 8.1.0; `id`, `creationDate` and
                `updateDate` are set by NP6
                (inferred). `tasks` appears in the published example but not in the visible field list.

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
            Workflow
        """

        response = update_workflow.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(Workflow, response.parsed)

    def delete_workflow(
        self,
        id: int,
    ) -> None:
        """Delete a workflow

        Deletes the specified workflow. NP6 answers "No Content" (status 204 inferred from that wording).

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
            None
        """

        response = delete_workflow.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def patch_workflow(
        self,
        id: int,
    ) -> Workflow:
        """Update a workflow

        Updates the specified workflow and returns it. Spec note: the 8.1.0 reference documents **no request
        body**
        for this PATCH (its curl sample has no `-d` and no Content-Type), so none is modelled and this
        operation is
        distinct from `update_workflow` (PUT, full `Workflow` body). Whether NP6 actually expects a body
        (for
        example a JSON-Patch array, as the schema of `PATCH /scripting/webtasks/{id}` suggests) is an open
        question.
        Status 200 is inferred.

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
            Workflow
        """

        response = patch_workflow.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(Workflow, response.parsed)

    def duplicate_workflow(
        self,
        id: int,
    ) -> Workflow:
        """Duplicate the specified workflow

        Copies the specified workflow and returns the copy. There is no request body. NP6 prints the summary
        with a
        lower-case "duplicate". Status 200 is inferred.

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
            Workflow
        """

        response = duplicate_workflow.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(Workflow, response.parsed)

    def execute_workflow(
        self,
        id: int,
        *,
        body: list[WorkflowExecutionData] | Sequence[Mapping[str, Any]],
    ) -> None:
        """Execute the specified workflow

        Runs the specified workflow for a list of execution data (receiver, start node, event, data,
        debug...).
        The body is a JSON array sent as `application/vnd.np6.cm.workflow-v4` (seen). Spec note: the path
        suffix is
        truncated in the available curl sample (`/scripting/workflows/{id}/...`); `execution` is inferred by
        analogy
        with `POST /scripting/compilables/{id}/execution`. The response is not documented: a 200 with no
        modelled body
        is assumed (inferred).

        Args:
            id (int): Workflow id (int32, seen).
            body (list[WorkflowExecutionData]):

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
            None
        """

        response = execute_workflow.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    def list_workflow_nodes(
        self,
        id: int,
    ) -> list[
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
            list[UnknownWorkflowNode | WorkflowConditionalTimeSlotsNode | WorkflowDataExplorerV2MatchNode | WorkflowDataManagerPipelineNode | WorkflowDataTablePipelineNode | WorkflowIfNode | WorkflowMatchNode | WorkflowMultipleSlotsNode | WorkflowNotificationExecutionNode | WorkflowPublishNode | WorkflowRequestNode | WorkflowSampleNode | WorkflowScriptNode | WorkflowSendMailNode | WorkflowSendPushAppNode | WorkflowSendSmsNode | WorkflowSleepNode | WorkflowSmsNode | WorkflowSplitNode | WorkflowSwitchNode | WorkflowTerminalNode | WorkflowUpdateTargetNode | WorkflowWaitAllNode | WorkflowWaitKillNode | WorkflowWaitNode | WorkflowWaitRaceNode]
        """

        response = list_workflow_nodes.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(
            list[
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
            ],
            response.parsed,
        )

    def update_workflow_nodes(
        self,
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
    ) -> list[
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
            list[UnknownWorkflowNode | WorkflowConditionalTimeSlotsNode | WorkflowDataExplorerV2MatchNode | WorkflowDataManagerPipelineNode | WorkflowDataTablePipelineNode | WorkflowIfNode | WorkflowMatchNode | WorkflowMultipleSlotsNode | WorkflowNotificationExecutionNode | WorkflowPublishNode | WorkflowRequestNode | WorkflowSampleNode | WorkflowScriptNode | WorkflowSendMailNode | WorkflowSendPushAppNode | WorkflowSendSmsNode | WorkflowSleepNode | WorkflowSmsNode | WorkflowSplitNode | WorkflowSwitchNode | WorkflowTerminalNode | WorkflowUpdateTargetNode | WorkflowWaitAllNode | WorkflowWaitKillNode | WorkflowWaitNode | WorkflowWaitRaceNode]
        """

        response = update_workflow_nodes.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            list[
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
            ],
            response.parsed,
        )

    def list_workflow_capping(
        self,
        id: int,
    ) -> list[WorkflowCapping]:
        """Retrieve capping of the specified workflow

        Returns the capping rules of the specified workflow. NP6 prints the summary "Retrieve nodes of the
        specified
        workflow" and the response "An array of nodes": both are copy errors from `list_workflow_nodes`; the
        response is an array of capping rules, as its example shows. Status 200 is inferred.

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
            list[WorkflowCapping]
        """

        response = list_workflow_capping.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[WorkflowCapping], response.parsed)

    def update_workflow_capping(
        self,
        id: int,
        *,
        body: list[WorkflowCapping] | Sequence[Mapping[str, Any]],
    ) -> list[WorkflowCapping]:
        """Update capping of the specified workflow

        Replaces the capping rules of the specified workflow. The summary and the `id` path parameter are
        seen; the
        method (PUT), the path and the bodies (an array of capping rules both ways) are inferred.

        Args:
            id (int): Workflow id (int32, seen).
            body (list[WorkflowCapping]):

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
            list[WorkflowCapping]
        """

        response = update_workflow_capping.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(list[WorkflowCapping], response.parsed)

    def list_workflow_tasks(
        self,
        id: int,
    ) -> list[WorkflowTask]:
        """Retrieve scheduler tasks of the specified workflow

        Returns the scheduler tasks of the specified workflow. Status 200 is inferred. The published example
        is
        truncated in the available page text and is not copied.

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
            list[WorkflowTask]
        """

        response = list_workflow_tasks.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[WorkflowTask], response.parsed)

    def list_workflow_listeners(
        self,
        id: int,
    ) -> list[WorkflowListener]:
        """Retrieve listeners of the specified workflow

        Returns the event listeners of the specified workflow. Only the summary is seen (as a page anchor);
        the
        method, the path and the response (an array of listeners, status 200) are inferred.

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
            list[WorkflowListener]
        """

        response = list_workflow_listeners.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[WorkflowListener], response.parsed)


class AsyncWorkflows:
    """The `workflows` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create_workflow(
        self,
        *,
        body: WorkflowRequest | Mapping[str, Any],
    ) -> Workflow:
        """Create a workflow

        Creates a workflow from its script settings, listeners, capping rules, nodes and scheduler tasks.
        The summary wording is inferred (the page shows the body "Data used to create the workflow"). The
        response is
        not in the available page text: 200 with the created workflow is inferred. The published request
        example is
        truncated in the available page text (its visible part is identical to the complete example of
        `update_workflow`), so it is not copied here.

        Args:
            body (WorkflowRequest): A scripted workflow (seen): script settings, free-form settings,
                event listeners, capping rules, nodes and
                scheduler tasks. No field is marked required in 8.1.0; `id`, `creationDate` and
                `updateDate` are set by NP6
                (inferred). `tasks` appears in the published example but not in the visible field list.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
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
            Workflow
        """

        response = await create_workflow.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(Workflow, response.parsed)

    async def update_workflow(
        self,
        id: int,
        *,
        body: WorkflowRequest | Mapping[str, Any],
    ) -> Workflow:
        """Update a workflow

        Replaces the specified workflow (full update with a `Workflow` body). Method, path and body are seen
        (curl
        sample); the summary wording is inferred from the PATCH sibling and the response (200 with the
        updated
        workflow) is inferred.

        Args:
            id (int): Workflow id (int32, seen).
            body (WorkflowRequest): A scripted workflow (seen): script settings, free-form settings,
                event listeners, capping rules, nodes and
                scheduler tasks. No field is marked required in 8.1.0; `id`, `creationDate` and
                `updateDate` are set by NP6
                (inferred). `tasks` appears in the published example but not in the visible field list.

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
            Workflow
        """

        response = await update_workflow.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(Workflow, response.parsed)

    async def delete_workflow(
        self,
        id: int,
    ) -> None:
        """Delete a workflow

        Deletes the specified workflow. NP6 answers "No Content" (status 204 inferred from that wording).

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
            None
        """

        response = await delete_workflow.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def patch_workflow(
        self,
        id: int,
    ) -> Workflow:
        """Update a workflow

        Updates the specified workflow and returns it. Spec note: the 8.1.0 reference documents **no request
        body**
        for this PATCH (its curl sample has no `-d` and no Content-Type), so none is modelled and this
        operation is
        distinct from `update_workflow` (PUT, full `Workflow` body). Whether NP6 actually expects a body
        (for
        example a JSON-Patch array, as the schema of `PATCH /scripting/webtasks/{id}` suggests) is an open
        question.
        Status 200 is inferred.

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
            Workflow
        """

        response = await patch_workflow.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(Workflow, response.parsed)

    async def duplicate_workflow(
        self,
        id: int,
    ) -> Workflow:
        """Duplicate the specified workflow

        Copies the specified workflow and returns the copy. There is no request body. NP6 prints the summary
        with a
        lower-case "duplicate". Status 200 is inferred.

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
            Workflow
        """

        response = await duplicate_workflow.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(Workflow, response.parsed)

    async def execute_workflow(
        self,
        id: int,
        *,
        body: list[WorkflowExecutionData] | Sequence[Mapping[str, Any]],
    ) -> None:
        """Execute the specified workflow

        Runs the specified workflow for a list of execution data (receiver, start node, event, data,
        debug...).
        The body is a JSON array sent as `application/vnd.np6.cm.workflow-v4` (seen). Spec note: the path
        suffix is
        truncated in the available curl sample (`/scripting/workflows/{id}/...`); `execution` is inferred by
        analogy
        with `POST /scripting/compilables/{id}/execution`. The response is not documented: a 200 with no
        modelled body
        is assumed (inferred).

        Args:
            id (int): Workflow id (int32, seen).
            body (list[WorkflowExecutionData]):

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
            None
        """

        response = await execute_workflow.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    async def list_workflow_nodes(
        self,
        id: int,
    ) -> list[
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
            list[UnknownWorkflowNode | WorkflowConditionalTimeSlotsNode | WorkflowDataExplorerV2MatchNode | WorkflowDataManagerPipelineNode | WorkflowDataTablePipelineNode | WorkflowIfNode | WorkflowMatchNode | WorkflowMultipleSlotsNode | WorkflowNotificationExecutionNode | WorkflowPublishNode | WorkflowRequestNode | WorkflowSampleNode | WorkflowScriptNode | WorkflowSendMailNode | WorkflowSendPushAppNode | WorkflowSendSmsNode | WorkflowSleepNode | WorkflowSmsNode | WorkflowSplitNode | WorkflowSwitchNode | WorkflowTerminalNode | WorkflowUpdateTargetNode | WorkflowWaitAllNode | WorkflowWaitKillNode | WorkflowWaitNode | WorkflowWaitRaceNode]
        """

        response = await list_workflow_nodes.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(
            list[
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
            ],
            response.parsed,
        )

    async def update_workflow_nodes(
        self,
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
    ) -> list[
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
            list[UnknownWorkflowNode | WorkflowConditionalTimeSlotsNode | WorkflowDataExplorerV2MatchNode | WorkflowDataManagerPipelineNode | WorkflowDataTablePipelineNode | WorkflowIfNode | WorkflowMatchNode | WorkflowMultipleSlotsNode | WorkflowNotificationExecutionNode | WorkflowPublishNode | WorkflowRequestNode | WorkflowSampleNode | WorkflowScriptNode | WorkflowSendMailNode | WorkflowSendPushAppNode | WorkflowSendSmsNode | WorkflowSleepNode | WorkflowSmsNode | WorkflowSplitNode | WorkflowSwitchNode | WorkflowTerminalNode | WorkflowUpdateTargetNode | WorkflowWaitAllNode | WorkflowWaitKillNode | WorkflowWaitNode | WorkflowWaitRaceNode]
        """

        response = await update_workflow_nodes.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            list[
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
            ],
            response.parsed,
        )

    async def list_workflow_capping(
        self,
        id: int,
    ) -> list[WorkflowCapping]:
        """Retrieve capping of the specified workflow

        Returns the capping rules of the specified workflow. NP6 prints the summary "Retrieve nodes of the
        specified
        workflow" and the response "An array of nodes": both are copy errors from `list_workflow_nodes`; the
        response is an array of capping rules, as its example shows. Status 200 is inferred.

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
            list[WorkflowCapping]
        """

        response = await list_workflow_capping.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[WorkflowCapping], response.parsed)

    async def update_workflow_capping(
        self,
        id: int,
        *,
        body: list[WorkflowCapping] | Sequence[Mapping[str, Any]],
    ) -> list[WorkflowCapping]:
        """Update capping of the specified workflow

        Replaces the capping rules of the specified workflow. The summary and the `id` path parameter are
        seen; the
        method (PUT), the path and the bodies (an array of capping rules both ways) are inferred.

        Args:
            id (int): Workflow id (int32, seen).
            body (list[WorkflowCapping]):

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
            list[WorkflowCapping]
        """

        response = await update_workflow_capping.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(list[WorkflowCapping], response.parsed)

    async def list_workflow_tasks(
        self,
        id: int,
    ) -> list[WorkflowTask]:
        """Retrieve scheduler tasks of the specified workflow

        Returns the scheduler tasks of the specified workflow. Status 200 is inferred. The published example
        is
        truncated in the available page text and is not copied.

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
            list[WorkflowTask]
        """

        response = await list_workflow_tasks.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[WorkflowTask], response.parsed)

    async def list_workflow_listeners(
        self,
        id: int,
    ) -> list[WorkflowListener]:
        """Retrieve listeners of the specified workflow

        Returns the event listeners of the specified workflow. Only the summary is seen (as a page anchor);
        the
        method, the path and the response (an array of listeners, status 200) are inferred.

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
            list[WorkflowListener]
        """

        response = await list_workflow_listeners.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[WorkflowListener], response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawWorkflows:
    """The `workflows` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Workflows` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_workflow(
        self,
        *,
        body: WorkflowRequest | Mapping[str, Any],
    ) -> APIResponse[Workflow]:
        """Create a workflow (the answer as received)."""
        kwargs = create_workflow._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_workflow))

    def update_workflow(
        self,
        id: int,
        *,
        body: WorkflowRequest | Mapping[str, Any],
    ) -> APIResponse[Workflow]:
        """Update a workflow (the answer as received)."""
        kwargs = update_workflow._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_workflow))

    def delete_workflow(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete a workflow (the answer as received)."""
        kwargs = delete_workflow._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_workflow))

    def patch_workflow(
        self,
        id: int,
    ) -> APIResponse[Workflow]:
        """Update a workflow (the answer as received)."""
        kwargs = patch_workflow._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, patch_workflow))

    def duplicate_workflow(
        self,
        id: int,
    ) -> APIResponse[Workflow]:
        """Duplicate the specified workflow (the answer as received)."""
        kwargs = duplicate_workflow._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, duplicate_workflow))

    def execute_workflow(
        self,
        id: int,
        *,
        body: list[WorkflowExecutionData] | Sequence[Mapping[str, Any]],
    ) -> APIResponse[None]:
        """Execute the specified workflow (the answer as received)."""
        kwargs = execute_workflow._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, execute_workflow))

    def list_workflow_nodes(
        self,
        id: int,
    ) -> APIResponse[
        list[
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
        """Retrieve nodes of the specified workflow (the answer as received)."""
        kwargs = list_workflow_nodes._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_workflow_nodes))

    def update_workflow_nodes(
        self,
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
    ) -> APIResponse[
        list[
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
        """Update nodes of the specified workflow (the answer as received)."""
        kwargs = update_workflow_nodes._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_workflow_nodes))

    def list_workflow_capping(
        self,
        id: int,
    ) -> APIResponse[list[WorkflowCapping]]:
        """Retrieve capping of the specified workflow (the answer as received)."""
        kwargs = list_workflow_capping._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_workflow_capping))

    def update_workflow_capping(
        self,
        id: int,
        *,
        body: list[WorkflowCapping] | Sequence[Mapping[str, Any]],
    ) -> APIResponse[list[WorkflowCapping]]:
        """Update capping of the specified workflow (the answer as received)."""
        kwargs = update_workflow_capping._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_workflow_capping))

    def list_workflow_tasks(
        self,
        id: int,
    ) -> APIResponse[list[WorkflowTask]]:
        """Retrieve scheduler tasks of the specified workflow (the answer as received)."""
        kwargs = list_workflow_tasks._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_workflow_tasks))

    def list_workflow_listeners(
        self,
        id: int,
    ) -> APIResponse[list[WorkflowListener]]:
        """Retrieve listeners of the specified workflow (the answer as received)."""
        kwargs = list_workflow_listeners._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_workflow_listeners))


class AsyncRawWorkflows:
    """The `workflows` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create_workflow(
        self,
        *,
        body: WorkflowRequest | Mapping[str, Any],
    ) -> APIResponse[Workflow]:
        """Create a workflow (the answer as received)."""
        kwargs = create_workflow._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_workflow))

    async def update_workflow(
        self,
        id: int,
        *,
        body: WorkflowRequest | Mapping[str, Any],
    ) -> APIResponse[Workflow]:
        """Update a workflow (the answer as received)."""
        kwargs = update_workflow._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_workflow))

    async def delete_workflow(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete a workflow (the answer as received)."""
        kwargs = delete_workflow._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_workflow))

    async def patch_workflow(
        self,
        id: int,
    ) -> APIResponse[Workflow]:
        """Update a workflow (the answer as received)."""
        kwargs = patch_workflow._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, patch_workflow))

    async def duplicate_workflow(
        self,
        id: int,
    ) -> APIResponse[Workflow]:
        """Duplicate the specified workflow (the answer as received)."""
        kwargs = duplicate_workflow._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, duplicate_workflow))

    async def execute_workflow(
        self,
        id: int,
        *,
        body: list[WorkflowExecutionData] | Sequence[Mapping[str, Any]],
    ) -> APIResponse[None]:
        """Execute the specified workflow (the answer as received)."""
        kwargs = execute_workflow._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, execute_workflow))

    async def list_workflow_nodes(
        self,
        id: int,
    ) -> APIResponse[
        list[
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
        """Retrieve nodes of the specified workflow (the answer as received)."""
        kwargs = list_workflow_nodes._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_workflow_nodes))

    async def update_workflow_nodes(
        self,
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
    ) -> APIResponse[
        list[
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
        """Update nodes of the specified workflow (the answer as received)."""
        kwargs = update_workflow_nodes._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_workflow_nodes))

    async def list_workflow_capping(
        self,
        id: int,
    ) -> APIResponse[list[WorkflowCapping]]:
        """Retrieve capping of the specified workflow (the answer as received)."""
        kwargs = list_workflow_capping._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_workflow_capping))

    async def update_workflow_capping(
        self,
        id: int,
        *,
        body: list[WorkflowCapping] | Sequence[Mapping[str, Any]],
    ) -> APIResponse[list[WorkflowCapping]]:
        """Update capping of the specified workflow (the answer as received)."""
        kwargs = update_workflow_capping._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_workflow_capping))

    async def list_workflow_tasks(
        self,
        id: int,
    ) -> APIResponse[list[WorkflowTask]]:
        """Retrieve scheduler tasks of the specified workflow (the answer as received)."""
        kwargs = list_workflow_tasks._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_workflow_tasks))

    async def list_workflow_listeners(
        self,
        id: int,
    ) -> APIResponse[list[WorkflowListener]]:
        """Retrieve listeners of the specified workflow (the answer as received)."""
        kwargs = list_workflow_listeners._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_workflow_listeners))
