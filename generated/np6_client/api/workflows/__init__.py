"""Operations tagged `workflows`, and the namespaces binding them to a client: `Workflows` /
`AsyncWorkflows` return the success body, `RawWorkflows` / `AsyncRawWorkflows` the answer as received."""

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
        body: Workflow,
    ) -> Workflow:
        """Create a workflow

        See `np6_client.api.workflows.create_workflow` for the parameters and NP6's behaviour.
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
        body: Workflow,
    ) -> Workflow:
        """Update a workflow

        See `np6_client.api.workflows.update_workflow` for the parameters and NP6's behaviour.
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

        See `np6_client.api.workflows.delete_workflow` for the parameters and NP6's behaviour.
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

        See `np6_client.api.workflows.patch_workflow` for the parameters and NP6's behaviour.
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

        See `np6_client.api.workflows.duplicate_workflow` for the parameters and NP6's behaviour.
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
        body: list[WorkflowExecutionData],
    ) -> None:
        """Execute the specified workflow

        See `np6_client.api.workflows.execute_workflow` for the parameters and NP6's behaviour.
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

        See `np6_client.api.workflows.list_workflow_nodes` for the parameters and NP6's behaviour.
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
        ],
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

        See `np6_client.api.workflows.update_workflow_nodes` for the parameters and NP6's behaviour.
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

        See `np6_client.api.workflows.list_workflow_capping` for the parameters and NP6's behaviour.
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
        body: list[WorkflowCapping],
    ) -> list[WorkflowCapping]:
        """Update capping of the specified workflow

        See `np6_client.api.workflows.update_workflow_capping` for the parameters and NP6's behaviour.
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

        See `np6_client.api.workflows.list_workflow_tasks` for the parameters and NP6's behaviour.
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

        See `np6_client.api.workflows.list_workflow_listeners` for the parameters and NP6's behaviour.
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
        body: Workflow,
    ) -> Workflow:
        """Create a workflow

        See `np6_client.api.workflows.create_workflow` for the parameters and NP6's behaviour.
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
        body: Workflow,
    ) -> Workflow:
        """Update a workflow

        See `np6_client.api.workflows.update_workflow` for the parameters and NP6's behaviour.
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

        See `np6_client.api.workflows.delete_workflow` for the parameters and NP6's behaviour.
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

        See `np6_client.api.workflows.patch_workflow` for the parameters and NP6's behaviour.
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

        See `np6_client.api.workflows.duplicate_workflow` for the parameters and NP6's behaviour.
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
        body: list[WorkflowExecutionData],
    ) -> None:
        """Execute the specified workflow

        See `np6_client.api.workflows.execute_workflow` for the parameters and NP6's behaviour.
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

        See `np6_client.api.workflows.list_workflow_nodes` for the parameters and NP6's behaviour.
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
        ],
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

        See `np6_client.api.workflows.update_workflow_nodes` for the parameters and NP6's behaviour.
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

        See `np6_client.api.workflows.list_workflow_capping` for the parameters and NP6's behaviour.
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
        body: list[WorkflowCapping],
    ) -> list[WorkflowCapping]:
        """Update capping of the specified workflow

        See `np6_client.api.workflows.update_workflow_capping` for the parameters and NP6's behaviour.
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

        See `np6_client.api.workflows.list_workflow_tasks` for the parameters and NP6's behaviour.
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

        See `np6_client.api.workflows.list_workflow_listeners` for the parameters and NP6's behaviour.
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
        body: Workflow,
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
        body: Workflow,
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
        body: list[WorkflowExecutionData],
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
        ],
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
        body: list[WorkflowCapping],
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
        body: Workflow,
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
        body: Workflow,
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
        body: list[WorkflowExecutionData],
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
        ],
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
        body: list[WorkflowCapping],
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
