"""Contains all the data models used in inputs/outputs (each imported on first use)."""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .action_answer_parts import ActionAnswerParts
    from .action_content_override import ActionContentOverride
    from .action_informations import ActionInformations
    from .action_informations_request import ActionInformationsRequest
    from .action_mail_content import ActionMailContent
    from .action_mail_from import ActionMailFrom
    from .action_mail_headers import ActionMailHeaders
    from .action_mail_message import ActionMailMessage
    from .action_mail_message_request import ActionMailMessageRequest
    from .action_mail_settings import ActionMailSettings
    from .action_mail_settings_consent import ActionMailSettingsConsent
    from .action_mail_settings_edition_mode import ActionMailSettingsEditionMode
    from .action_mail_settings_environment import ActionMailSettingsEnvironment
    from .action_marketing_pressure import ActionMarketingPressure
    from .action_message_request import ActionMessageRequest
    from .action_message_request_data import ActionMessageRequestData
    from .action_monitor import ActionMonitor
    from .action_monitor_last_sent import ActionMonitorLastSent
    from .action_performance import ActionPerformance
    from .action_purpose import ActionPurpose
    from .action_scheduler_asap import ActionSchedulerAsap
    from .action_scheduler_scheduled import ActionSchedulerScheduled
    from .action_scheduler_segments import ActionSchedulerSegments
    from .action_scheduler_time_zone import ActionSchedulerTimeZone
    from .action_skeleton import ActionSkeleton
    from .action_sms_content import ActionSmsContent
    from .action_sms_message import ActionSmsMessage
    from .action_sms_message_request import ActionSmsMessageRequest
    from .action_sms_settings import ActionSmsSettings
    from .action_templating import ActionTemplating
    from .activation_event import ActivationEvent
    from .bounce_event import BounceEvent
    from .bulk_target_deletion_by_id import BulkTargetDeletionById
    from .bulk_target_deletion_by_segment import BulkTargetDeletionBySegment
    from .bulk_target_deletion_by_unicity import BulkTargetDeletionByUnicity
    from .campaign import Campaign
    from .campaign_item import CampaignItem
    from .campaign_items_events_channel import CampaignItemsEventsChannel
    from .campaign_items_events_query import CampaignItemsEventsQuery
    from .campaign_items_events_type import CampaignItemsEventsType
    from .campaign_request import CampaignRequest
    from .cancellation_event import CancellationEvent
    from .cancellation_reason import CancellationReason
    from .cancellation_reason_value import CancellationReasonValue
    from .category import Category
    from .category_request import CategoryRequest
    from .compilable import Compilable
    from .compilable_execution_arguments import CompilableExecutionArguments
    from .compilable_execution_success import CompilableExecutionSuccess
    from .compilable_execution_success_arguments import (
        CompilableExecutionSuccessArguments,
    )
    from .compilable_execution_success_value import CompilableExecutionSuccessValue
    from .compilable_flaw import CompilableFlaw
    from .compilable_preview_request import CompilablePreviewRequest
    from .compilable_request import CompilableRequest
    from .compilable_stamp import CompilableStamp
    from .compilable_value import CompilableValue
    from .compilable_value_cursors_item import CompilableValueCursorsItem
    from .compilable_value_parameters_item import CompilableValueParametersItem
    from .compilable_value_preview import CompilableValuePreview
    from .compilable_value_source import CompilableValueSource
    from .complaint_event import ComplaintEvent
    from .creation_event import CreationEvent
    from .customer_identity import CustomerIdentity
    from .event_activation import EventActivation
    from .event_activation_detail import EventActivationDetail
    from .event_bounce import EventBounce
    from .event_bounce_address_detail import EventBounceAddressDetail
    from .event_bounce_analysis import EventBounceAnalysis
    from .event_bounce_detail import EventBounceDetail
    from .event_bounce_status import EventBounceStatus
    from .event_bounce_status_code import EventBounceStatusCode
    from .event_bounce_subject_address import EventBounceSubjectAddress
    from .event_bounce_subject_other_or_undefined import (
        EventBounceSubjectOtherOrUndefined,
    )
    from .event_cancellation_detail import EventCancellationDetail
    from .event_execution import EventExecution
    from .event_execution_data import EventExecutionData
    from .event_execution_detail import EventExecutionDetail
    from .event_source_activation_email import EventSourceActivationEmail
    from .event_source_bounce_email import EventSourceBounceEmail
    from .event_source_cancellation_email import EventSourceCancellationEmail
    from .event_source_detail import EventSourceDetail
    from .event_source_email import EventSourceEmail
    from .event_source_execution_email import EventSourceExecutionEmail
    from .event_source_hit_email import EventSourceHitEmail
    from .event_source_notification import EventSourceNotification
    from .event_stamp import EventStamp
    from .execution_attachment import ExecutionAttachment
    from .execution_attachment_data import ExecutionAttachmentData
    from .execution_email_request import ExecutionEmailRequest
    from .execution_email_request_blocks_item import ExecutionEmailRequestBlocksItem
    from .execution_email_request_data import ExecutionEmailRequestData
    from .execution_email_request_variables_item import (
        ExecutionEmailRequestVariablesItem,
    )
    from .execution_error import ExecutionError
    from .execution_error_value import ExecutionErrorValue
    from .execution_event import ExecutionEvent
    from .execution_sms_request import ExecutionSmsRequest
    from .execution_sms_request_data import ExecutionSmsRequestData
    from .execution_sms_request_variables_item import ExecutionSmsRequestVariablesItem
    from .execution_success import ExecutionSuccess
    from .field_constraint import FieldConstraint
    from .field_constraint_operator import FieldConstraintOperator
    from .field_date import FieldDate
    from .field_date_request import FieldDateRequest
    from .field_email import FieldEmail
    from .field_email_request import FieldEmailRequest
    from .field_multiple_select_list import FieldMultipleSelectList
    from .field_multiple_select_list_request import FieldMultipleSelectListRequest
    from .field_numeric import FieldNumeric
    from .field_numeric_request import FieldNumericRequest
    from .field_phone import FieldPhone
    from .field_phone_request import FieldPhoneRequest
    from .field_single_select_list import FieldSingleSelectList
    from .field_single_select_list_request import FieldSingleSelectListRequest
    from .field_skeleton import FieldSkeleton
    from .field_text_area import FieldTextArea
    from .field_text_area_request import FieldTextAreaRequest
    from .field_text_field import FieldTextField
    from .field_text_field_request import FieldTextFieldRequest
    from .field_unknown import FieldUnknown
    from .field_unknown_request import FieldUnknownRequest
    from .hit_event import HitEvent
    from .hit_event_detail import HitEventDetail
    from .hit_link import HitLink
    from .import_definition import ImportDefinition
    from .import_definition_base import ImportDefinitionBase
    from .import_definition_request import ImportDefinitionRequest
    from .import_duplicate_rules import ImportDuplicateRules
    from .import_execution import ImportExecution
    from .import_execution_content import ImportExecutionContent
    from .import_execution_state import ImportExecutionState
    from .import_execution_state_value import ImportExecutionStateValue
    from .import_feature_database import ImportFeatureDatabase
    from .import_feature_duplicate import ImportFeatureDuplicate
    from .import_feature_normalization import ImportFeatureNormalization
    from .import_feature_red_list import ImportFeatureRedList
    from .import_feature_report import ImportFeatureReport
    from .import_feature_segmentation import ImportFeatureSegmentation
    from .import_format import ImportFormat
    from .import_format_bind import ImportFormatBind
    from .import_format_identifier import ImportFormatIdentifier
    from .import_normalization_fields import ImportNormalizationFields
    from .import_red_list_destination import ImportRedListDestination
    from .import_scheduler_date_time import ImportSchedulerDateTime
    from .import_scheduler_frequency import ImportSchedulerFrequency
    from .import_scheduler_occurs import ImportSchedulerOccurs
    from .import_scheduler_periodic import ImportSchedulerPeriodic
    from .import_scheduler_periodicity import ImportSchedulerPeriodicity
    from .import_scheduler_time import ImportSchedulerTime
    from .import_scheduler_validity import ImportSchedulerValidity
    from .import_source_file import ImportSourceFile
    from .import_source_ftp import ImportSourceFtp
    from .impression_event import ImpressionEvent
    from .known_action_state import KnownActionState
    from .legacy_action_statistics import LegacyActionStatistics
    from .legacy_action_statistics_dispatch import LegacyActionStatisticsDispatch
    from .legacy_action_statistics_dispatch_rejected import (
        LegacyActionStatisticsDispatchRejected,
    )
    from .legacy_action_statistics_feedback import LegacyActionStatisticsFeedback
    from .legacy_action_statistics_feedback_bounce import (
        LegacyActionStatisticsFeedbackBounce,
    )
    from .legacy_action_statistics_feedback_click import (
        LegacyActionStatisticsFeedbackClick,
    )
    from .legacy_action_statistics_feedback_click_clicker import (
        LegacyActionStatisticsFeedbackClickClicker,
    )
    from .legacy_action_statistics_feedback_opening import (
        LegacyActionStatisticsFeedbackOpening,
    )
    from .legacy_action_statistics_feedback_opening_opener import (
        LegacyActionStatisticsFeedbackOpeningOpener,
    )
    from .legacy_action_statistics_feedback_reactive import (
        LegacyActionStatisticsFeedbackReactive,
    )
    from .legacy_action_statistics_feedback_redlist import (
        LegacyActionStatisticsFeedbackRedlist,
    )
    from .legacy_action_statistics_feedback_redlist_complaint import (
        LegacyActionStatisticsFeedbackRedlistComplaint,
    )
    from .legacy_action_statistics_feedback_redlist_unsubscribe import (
        LegacyActionStatisticsFeedbackRedlistUnsubscribe,
    )
    from .legacy_action_statistics_feedback_roi import LegacyActionStatisticsFeedbackRoi
    from .legacy_action_statistics_feedback_social import (
        LegacyActionStatisticsFeedbackSocial,
    )
    from .legacy_action_statistics_feedback_social_facebook import (
        LegacyActionStatisticsFeedbackSocialFacebook,
    )
    from .legacy_bounce_feedback import LegacyBounceFeedback
    from .legacy_bounce_feedback_bounce_type import LegacyBounceFeedbackBounceType
    from .legacy_bulk_send_item import LegacyBulkSendItem
    from .legacy_conversation import LegacyConversation
    from .legacy_conversation_event import LegacyConversationEvent
    from .mail_archive import MailArchive
    from .modification_event import ModificationEvent
    from .notifiable_application_named_expression import (
        NotifiableApplicationNamedExpression,
    )
    from .notifiable_application_native import NotifiableApplicationNative
    from .notifiable_application_native_base import NotifiableApplicationNativeBase
    from .notifiable_application_native_request import (
        NotifiableApplicationNativeRequest,
    )
    from .notifiable_application_stamp import NotifiableApplicationStamp
    from .notifiable_application_stamp_request import NotifiableApplicationStampRequest
    from .notification_channel_override import NotificationChannelOverride
    from .notification_contact import NotificationContact
    from .notification_event_activation import NotificationEventActivation
    from .notification_event_detail import NotificationEventDetail
    from .notification_event_receiver import NotificationEventReceiver
    from .notification_event_receiver_value import NotificationEventReceiverValue
    from .notification_execution_request import NotificationExecutionRequest
    from .notification_execution_request_data import NotificationExecutionRequestData
    from .notification_execution_request_variables_item import (
        NotificationExecutionRequestVariablesItem,
    )
    from .notification_push_app import NotificationPushApp
    from .notification_push_app_request import NotificationPushAppRequest
    from .notification_receiver import NotificationReceiver
    from .notification_recipient import NotificationRecipient
    from .notification_redirection import NotificationRedirection
    from .notification_render_meta import NotificationRenderMeta
    from .notification_render_request import NotificationRenderRequest
    from .notification_render_success import NotificationRenderSuccess
    from .notification_settings import NotificationSettings
    from .notification_settings_expiration import NotificationSettingsExpiration
    from .notification_settings_mp import NotificationSettingsMp
    from .notification_settings_purpose import NotificationSettingsPurpose
    from .notification_stamp import NotificationStamp
    from .notification_task import NotificationTask
    from .notification_task_scheduler import NotificationTaskScheduler
    from .notification_test_request import NotificationTestRequest
    from .notification_version import NotificationVersion
    from .optout_event import OptoutEvent
    from .pressure_topic import PressureTopic
    from .pressure_topic_stamp import PressureTopicStamp
    from .push_provider_apns import PushProviderApns
    from .push_provider_apns_p12_certificate import PushProviderApnsP12Certificate
    from .push_provider_firebase import PushProviderFirebase
    from .push_provider_http import PushProviderHttp
    from .recipient_by_hash import RecipientByHash
    from .recipient_by_id import RecipientById
    from .recipient_by_unicity import RecipientByUnicity
    from .recipient_footprint import RecipientFootprint
    from .redlist_detail import RedlistDetail
    from .redlist_entry import RedlistEntry
    from .redlist_origin import RedlistOrigin
    from .render_context import RenderContext
    from .render_context_display import RenderContextDisplay
    from .render_email_request import RenderEmailRequest
    from .render_email_request_blocks_item import RenderEmailRequestBlocksItem
    from .render_email_request_data import RenderEmailRequestData
    from .render_email_request_variables_item import RenderEmailRequestVariablesItem
    from .render_link import RenderLink
    from .render_link_destination import RenderLinkDestination
    from .render_links_request import RenderLinksRequest
    from .render_links_request_data import RenderLinksRequestData
    from .render_links_request_variables_item import RenderLinksRequestVariablesItem
    from .render_links_success import RenderLinksSuccess
    from .render_mail_success import RenderMailSuccess
    from .render_mail_success_headers import RenderMailSuccessHeaders
    from .render_receiver import RenderReceiver
    from .render_sender import RenderSender
    from .render_sms_request import RenderSmsRequest
    from .render_sms_request_data import RenderSmsRequestData
    from .render_sms_request_variables_item import RenderSmsRequestVariablesItem
    from .reply_event import ReplyEvent
    from .scripting_literal_expression import ScriptingLiteralExpression
    from .scripting_settings_v7 import ScriptingSettingsV7
    from .scripting_settings_v7_environment import ScriptingSettingsV7Environment
    from .scripting_settings_v7_filters_type_0_item import (
        ScriptingSettingsV7FiltersType0Item,
    )
    from .scripting_settings_v7_imports_type_0_item import (
        ScriptingSettingsV7ImportsType0Item,
    )
    from .scripting_settings_v7_initializers_type_0_item import (
        ScriptingSettingsV7InitializersType0Item,
    )
    from .segment_dynamic import SegmentDynamic
    from .segment_dynamic_request import SegmentDynamicRequest
    from .segment_informations import SegmentInformations
    from .segment_static import SegmentStatic
    from .segment_static_request import SegmentStaticRequest
    from .sort_order import SortOrder
    from .stamp import Stamp
    from .subscription import Subscription
    from .subscription_answer_parts import SubscriptionAnswerParts
    from .subscription_contact_footprint import SubscriptionContactFootprint
    from .subscription_contact_unknown import SubscriptionContactUnknown
    from .subscription_lifecycle import SubscriptionLifecycle
    from .subscription_lifecycle_event import SubscriptionLifecycleEvent
    from .subscription_lifecycle_event_request import SubscriptionLifecycleEventRequest
    from .subscription_lifecycle_request import SubscriptionLifecycleRequest
    from .subscription_provider_firebase import SubscriptionProviderFirebase
    from .subscription_provider_unknown import SubscriptionProviderUnknown
    from .subscription_request import SubscriptionRequest
    from .subscription_user import SubscriptionUser
    from .suppression_event import SuppressionEvent
    from .target import Target
    from .target_bounce_detail import TargetBounceDetail
    from .target_bounce_hard_domain import TargetBounceHardDomain
    from .target_bounce_hard_user import TargetBounceHardUser
    from .target_bounce_record import TargetBounceRecord
    from .target_bounce_summary import TargetBounceSummary
    from .target_create_request import TargetCreateRequest
    from .target_field_selection import TargetFieldSelection
    from .target_fields import TargetFields
    from .target_legacy_bounce import TargetLegacyBounce
    from .target_legacy_redlist_state import TargetLegacyRedlistState
    from .target_legacy_redlists import TargetLegacyRedlists
    from .target_update_request import TargetUpdateRequest
    from .targets_count import TargetsCount
    from .unknown_action import UnknownAction
    from .unknown_action_content import UnknownActionContent
    from .unknown_action_request import UnknownActionRequest
    from .unknown_action_scheduler import UnknownActionScheduler
    from .unknown_action_settings import UnknownActionSettings
    from .unknown_compilable_execution_result import UnknownCompilableExecutionResult
    from .unknown_compilable_execution_result_arguments import (
        UnknownCompilableExecutionResultArguments,
    )
    from .unknown_event import UnknownEvent
    from .unknown_event_bounce_subject import UnknownEventBounceSubject
    from .unknown_event_identity import UnknownEventIdentity
    from .unknown_event_source import UnknownEventSource
    from .unknown_event_source_activation import UnknownEventSourceActivation
    from .unknown_event_source_bounce import UnknownEventSourceBounce
    from .unknown_event_source_cancellation import UnknownEventSourceCancellation
    from .unknown_event_source_execution import UnknownEventSourceExecution
    from .unknown_event_source_hit import UnknownEventSourceHit
    from .unknown_execution_result import UnknownExecutionResult
    from .unknown_import_feature import UnknownImportFeature
    from .unknown_import_scheduler import UnknownImportScheduler
    from .unknown_import_source import UnknownImportSource
    from .unknown_notifiable_application import UnknownNotifiableApplication
    from .unknown_notifiable_application_base import UnknownNotifiableApplicationBase
    from .unknown_notifiable_application_request import (
        UnknownNotifiableApplicationRequest,
    )
    from .unknown_notification import UnknownNotification
    from .unknown_notification_render_result import UnknownNotificationRenderResult
    from .unknown_notification_request import UnknownNotificationRequest
    from .unknown_push_provider import UnknownPushProvider
    from .unknown_push_provider_apns_certificate import (
        UnknownPushProviderApnsCertificate,
    )
    from .unknown_render_links_result import UnknownRenderLinksResult
    from .unknown_render_mail_result import UnknownRenderMailResult
    from .unknown_scripting_expression import UnknownScriptingExpression
    from .unknown_scripting_settings import UnknownScriptingSettings
    from .unknown_scripting_settings_environment import (
        UnknownScriptingSettingsEnvironment,
    )
    from .unknown_scripting_settings_filters_type_0_item import (
        UnknownScriptingSettingsFiltersType0Item,
    )
    from .unknown_scripting_settings_imports_type_0_item import (
        UnknownScriptingSettingsImportsType0Item,
    )
    from .unknown_scripting_settings_initializers_type_0_item import (
        UnknownScriptingSettingsInitializersType0Item,
    )
    from .unknown_segment import UnknownSegment
    from .unknown_segment_request import UnknownSegmentRequest
    from .unknown_target_bounce import UnknownTargetBounce
    from .unknown_workflow_node import UnknownWorkflowNode
    from .unknown_workflow_node_settings import UnknownWorkflowNodeSettings
    from .validation_settings import ValidationSettings
    from .validation_settings_variables_item import ValidationSettingsVariablesItem
    from .value_list import ValueList
    from .value_list_item import ValueListItem
    from .value_list_request import ValueListRequest
    from .web_task import WebTask
    from .web_task_patch_operation import WebTaskPatchOperation
    from .web_task_request import WebTaskRequest
    from .web_task_request_settings import WebTaskRequestSettings
    from .workflow import Workflow
    from .workflow_capping import WorkflowCapping
    from .workflow_capping_period import WorkflowCappingPeriod
    from .workflow_capping_period_unit import WorkflowCappingPeriodUnit
    from .workflow_conditional_time_slots_node import WorkflowConditionalTimeSlotsNode
    from .workflow_conditional_time_slots_node_settings import (
        WorkflowConditionalTimeSlotsNodeSettings,
    )
    from .workflow_data_explorer_v2_match_node import WorkflowDataExplorerV2MatchNode
    from .workflow_data_explorer_v2_match_node_settings import (
        WorkflowDataExplorerV2MatchNodeSettings,
    )
    from .workflow_data_manager_pipeline_node import WorkflowDataManagerPipelineNode
    from .workflow_data_manager_pipeline_node_settings import (
        WorkflowDataManagerPipelineNodeSettings,
    )
    from .workflow_data_table_pipeline_node import WorkflowDataTablePipelineNode
    from .workflow_data_table_pipeline_node_settings import (
        WorkflowDataTablePipelineNodeSettings,
    )
    from .workflow_execution_data import WorkflowExecutionData
    from .workflow_execution_data_data import WorkflowExecutionDataData
    from .workflow_execution_data_event import WorkflowExecutionDataEvent
    from .workflow_execution_data_state import WorkflowExecutionDataState
    from .workflow_execution_data_variables_item import (
        WorkflowExecutionDataVariablesItem,
    )
    from .workflow_execution_debug import WorkflowExecutionDebug
    from .workflow_execution_debug_nodes_item import WorkflowExecutionDebugNodesItem
    from .workflow_execution_receiver import WorkflowExecutionReceiver
    from .workflow_execution_resolution import WorkflowExecutionResolution
    from .workflow_execution_resolution_value import WorkflowExecutionResolutionValue
    from .workflow_if_node import WorkflowIfNode
    from .workflow_if_node_settings import WorkflowIfNodeSettings
    from .workflow_listener import WorkflowListener
    from .workflow_listener_event import WorkflowListenerEvent
    from .workflow_match_node import WorkflowMatchNode
    from .workflow_match_node_settings import WorkflowMatchNodeSettings
    from .workflow_multiple_slots_node import WorkflowMultipleSlotsNode
    from .workflow_multiple_slots_node_settings import WorkflowMultipleSlotsNodeSettings
    from .workflow_node_flow import WorkflowNodeFlow
    from .workflow_notification_execution_node import WorkflowNotificationExecutionNode
    from .workflow_notification_execution_node_settings import (
        WorkflowNotificationExecutionNodeSettings,
    )
    from .workflow_publish_node import WorkflowPublishNode
    from .workflow_publish_node_settings import WorkflowPublishNodeSettings
    from .workflow_request import WorkflowRequest
    from .workflow_request_node import WorkflowRequestNode
    from .workflow_request_node_settings import WorkflowRequestNodeSettings
    from .workflow_request_settings import WorkflowRequestSettings
    from .workflow_sample_node import WorkflowSampleNode
    from .workflow_sample_node_settings import WorkflowSampleNodeSettings
    from .workflow_script_node import WorkflowScriptNode
    from .workflow_script_node_settings import WorkflowScriptNodeSettings
    from .workflow_send_mail_node import WorkflowSendMailNode
    from .workflow_send_mail_node_settings import WorkflowSendMailNodeSettings
    from .workflow_send_push_app_node import WorkflowSendPushAppNode
    from .workflow_send_push_app_node_settings import WorkflowSendPushAppNodeSettings
    from .workflow_send_sms_node import WorkflowSendSmsNode
    from .workflow_send_sms_node_settings import WorkflowSendSmsNodeSettings
    from .workflow_sleep_node import WorkflowSleepNode
    from .workflow_sleep_node_settings import WorkflowSleepNodeSettings
    from .workflow_sms_node import WorkflowSmsNode
    from .workflow_sms_node_settings import WorkflowSmsNodeSettings
    from .workflow_split_node import WorkflowSplitNode
    from .workflow_split_node_settings import WorkflowSplitNodeSettings
    from .workflow_state import WorkflowState
    from .workflow_switch_node import WorkflowSwitchNode
    from .workflow_switch_node_settings import WorkflowSwitchNodeSettings
    from .workflow_task import WorkflowTask
    from .workflow_task_provider import WorkflowTaskProvider
    from .workflow_task_provider_projection import WorkflowTaskProviderProjection
    from .workflow_task_provider_value import WorkflowTaskProviderValue
    from .workflow_task_scheduler import WorkflowTaskScheduler
    from .workflow_task_scheduler_time_zone import WorkflowTaskSchedulerTimeZone
    from .workflow_terminal_node import WorkflowTerminalNode
    from .workflow_terminal_node_settings import WorkflowTerminalNodeSettings
    from .workflow_update_target_node import WorkflowUpdateTargetNode
    from .workflow_update_target_node_settings import WorkflowUpdateTargetNodeSettings
    from .workflow_wait_all_node import WorkflowWaitAllNode
    from .workflow_wait_all_node_settings import WorkflowWaitAllNodeSettings
    from .workflow_wait_kill_node import WorkflowWaitKillNode
    from .workflow_wait_kill_node_settings import WorkflowWaitKillNodeSettings
    from .workflow_wait_node import WorkflowWaitNode
    from .workflow_wait_node_settings import WorkflowWaitNodeSettings
    from .workflow_wait_race_node import WorkflowWaitRaceNode
    from .workflow_wait_race_node_settings import WorkflowWaitRaceNodeSettings

_MODULE_OF = {
    "ActionAnswerParts": ".action_answer_parts",
    "ActionContentOverride": ".action_content_override",
    "ActionInformations": ".action_informations",
    "ActionInformationsRequest": ".action_informations_request",
    "ActionMailContent": ".action_mail_content",
    "ActionMailFrom": ".action_mail_from",
    "ActionMailHeaders": ".action_mail_headers",
    "ActionMailMessage": ".action_mail_message",
    "ActionMailMessageRequest": ".action_mail_message_request",
    "ActionMailSettings": ".action_mail_settings",
    "ActionMailSettingsConsent": ".action_mail_settings_consent",
    "ActionMailSettingsEditionMode": ".action_mail_settings_edition_mode",
    "ActionMailSettingsEnvironment": ".action_mail_settings_environment",
    "ActionMarketingPressure": ".action_marketing_pressure",
    "ActionMessageRequest": ".action_message_request",
    "ActionMessageRequestData": ".action_message_request_data",
    "ActionMonitor": ".action_monitor",
    "ActionMonitorLastSent": ".action_monitor_last_sent",
    "ActionPerformance": ".action_performance",
    "ActionPurpose": ".action_purpose",
    "ActionSchedulerAsap": ".action_scheduler_asap",
    "ActionSchedulerScheduled": ".action_scheduler_scheduled",
    "ActionSchedulerSegments": ".action_scheduler_segments",
    "ActionSchedulerTimeZone": ".action_scheduler_time_zone",
    "ActionSkeleton": ".action_skeleton",
    "ActionSmsContent": ".action_sms_content",
    "ActionSmsMessage": ".action_sms_message",
    "ActionSmsMessageRequest": ".action_sms_message_request",
    "ActionSmsSettings": ".action_sms_settings",
    "ActionTemplating": ".action_templating",
    "ActivationEvent": ".activation_event",
    "BounceEvent": ".bounce_event",
    "BulkTargetDeletionById": ".bulk_target_deletion_by_id",
    "BulkTargetDeletionBySegment": ".bulk_target_deletion_by_segment",
    "BulkTargetDeletionByUnicity": ".bulk_target_deletion_by_unicity",
    "Campaign": ".campaign",
    "CampaignItem": ".campaign_item",
    "CampaignItemsEventsChannel": ".campaign_items_events_channel",
    "CampaignItemsEventsQuery": ".campaign_items_events_query",
    "CampaignItemsEventsType": ".campaign_items_events_type",
    "CampaignRequest": ".campaign_request",
    "CancellationEvent": ".cancellation_event",
    "CancellationReason": ".cancellation_reason",
    "CancellationReasonValue": ".cancellation_reason_value",
    "Category": ".category",
    "CategoryRequest": ".category_request",
    "Compilable": ".compilable",
    "CompilableExecutionArguments": ".compilable_execution_arguments",
    "CompilableExecutionSuccess": ".compilable_execution_success",
    "CompilableExecutionSuccessArguments": ".compilable_execution_success_arguments",
    "CompilableExecutionSuccessValue": ".compilable_execution_success_value",
    "CompilableFlaw": ".compilable_flaw",
    "CompilablePreviewRequest": ".compilable_preview_request",
    "CompilableRequest": ".compilable_request",
    "CompilableStamp": ".compilable_stamp",
    "CompilableValue": ".compilable_value",
    "CompilableValueCursorsItem": ".compilable_value_cursors_item",
    "CompilableValueParametersItem": ".compilable_value_parameters_item",
    "CompilableValuePreview": ".compilable_value_preview",
    "CompilableValueSource": ".compilable_value_source",
    "ComplaintEvent": ".complaint_event",
    "CreationEvent": ".creation_event",
    "CustomerIdentity": ".customer_identity",
    "EventActivation": ".event_activation",
    "EventActivationDetail": ".event_activation_detail",
    "EventBounce": ".event_bounce",
    "EventBounceAddressDetail": ".event_bounce_address_detail",
    "EventBounceAnalysis": ".event_bounce_analysis",
    "EventBounceDetail": ".event_bounce_detail",
    "EventBounceStatus": ".event_bounce_status",
    "EventBounceStatusCode": ".event_bounce_status_code",
    "EventBounceSubjectAddress": ".event_bounce_subject_address",
    "EventBounceSubjectOtherOrUndefined": ".event_bounce_subject_other_or_undefined",
    "EventCancellationDetail": ".event_cancellation_detail",
    "EventExecution": ".event_execution",
    "EventExecutionData": ".event_execution_data",
    "EventExecutionDetail": ".event_execution_detail",
    "EventSourceActivationEmail": ".event_source_activation_email",
    "EventSourceBounceEmail": ".event_source_bounce_email",
    "EventSourceCancellationEmail": ".event_source_cancellation_email",
    "EventSourceDetail": ".event_source_detail",
    "EventSourceEmail": ".event_source_email",
    "EventSourceExecutionEmail": ".event_source_execution_email",
    "EventSourceHitEmail": ".event_source_hit_email",
    "EventSourceNotification": ".event_source_notification",
    "EventStamp": ".event_stamp",
    "ExecutionAttachment": ".execution_attachment",
    "ExecutionAttachmentData": ".execution_attachment_data",
    "ExecutionEmailRequest": ".execution_email_request",
    "ExecutionEmailRequestBlocksItem": ".execution_email_request_blocks_item",
    "ExecutionEmailRequestData": ".execution_email_request_data",
    "ExecutionEmailRequestVariablesItem": ".execution_email_request_variables_item",
    "ExecutionError": ".execution_error",
    "ExecutionErrorValue": ".execution_error_value",
    "ExecutionEvent": ".execution_event",
    "ExecutionSmsRequest": ".execution_sms_request",
    "ExecutionSmsRequestData": ".execution_sms_request_data",
    "ExecutionSmsRequestVariablesItem": ".execution_sms_request_variables_item",
    "ExecutionSuccess": ".execution_success",
    "FieldConstraint": ".field_constraint",
    "FieldConstraintOperator": ".field_constraint_operator",
    "FieldDate": ".field_date",
    "FieldDateRequest": ".field_date_request",
    "FieldEmail": ".field_email",
    "FieldEmailRequest": ".field_email_request",
    "FieldMultipleSelectList": ".field_multiple_select_list",
    "FieldMultipleSelectListRequest": ".field_multiple_select_list_request",
    "FieldNumeric": ".field_numeric",
    "FieldNumericRequest": ".field_numeric_request",
    "FieldPhone": ".field_phone",
    "FieldPhoneRequest": ".field_phone_request",
    "FieldSingleSelectList": ".field_single_select_list",
    "FieldSingleSelectListRequest": ".field_single_select_list_request",
    "FieldSkeleton": ".field_skeleton",
    "FieldTextArea": ".field_text_area",
    "FieldTextAreaRequest": ".field_text_area_request",
    "FieldTextField": ".field_text_field",
    "FieldTextFieldRequest": ".field_text_field_request",
    "FieldUnknown": ".field_unknown",
    "FieldUnknownRequest": ".field_unknown_request",
    "HitEvent": ".hit_event",
    "HitEventDetail": ".hit_event_detail",
    "HitLink": ".hit_link",
    "ImportDefinition": ".import_definition",
    "ImportDefinitionBase": ".import_definition_base",
    "ImportDefinitionRequest": ".import_definition_request",
    "ImportDuplicateRules": ".import_duplicate_rules",
    "ImportExecution": ".import_execution",
    "ImportExecutionContent": ".import_execution_content",
    "ImportExecutionState": ".import_execution_state",
    "ImportExecutionStateValue": ".import_execution_state_value",
    "ImportFeatureDatabase": ".import_feature_database",
    "ImportFeatureDuplicate": ".import_feature_duplicate",
    "ImportFeatureNormalization": ".import_feature_normalization",
    "ImportFeatureRedList": ".import_feature_red_list",
    "ImportFeatureReport": ".import_feature_report",
    "ImportFeatureSegmentation": ".import_feature_segmentation",
    "ImportFormat": ".import_format",
    "ImportFormatBind": ".import_format_bind",
    "ImportFormatIdentifier": ".import_format_identifier",
    "ImportNormalizationFields": ".import_normalization_fields",
    "ImportRedListDestination": ".import_red_list_destination",
    "ImportSchedulerDateTime": ".import_scheduler_date_time",
    "ImportSchedulerFrequency": ".import_scheduler_frequency",
    "ImportSchedulerOccurs": ".import_scheduler_occurs",
    "ImportSchedulerPeriodic": ".import_scheduler_periodic",
    "ImportSchedulerPeriodicity": ".import_scheduler_periodicity",
    "ImportSchedulerTime": ".import_scheduler_time",
    "ImportSchedulerValidity": ".import_scheduler_validity",
    "ImportSourceFile": ".import_source_file",
    "ImportSourceFtp": ".import_source_ftp",
    "ImpressionEvent": ".impression_event",
    "KnownActionState": ".known_action_state",
    "LegacyActionStatistics": ".legacy_action_statistics",
    "LegacyActionStatisticsDispatch": ".legacy_action_statistics_dispatch",
    "LegacyActionStatisticsDispatchRejected": ".legacy_action_statistics_dispatch_rejected",
    "LegacyActionStatisticsFeedback": ".legacy_action_statistics_feedback",
    "LegacyActionStatisticsFeedbackBounce": ".legacy_action_statistics_feedback_bounce",
    "LegacyActionStatisticsFeedbackClick": ".legacy_action_statistics_feedback_click",
    "LegacyActionStatisticsFeedbackClickClicker": ".legacy_action_statistics_feedback_click_clicker",
    "LegacyActionStatisticsFeedbackOpening": ".legacy_action_statistics_feedback_opening",
    "LegacyActionStatisticsFeedbackOpeningOpener": ".legacy_action_statistics_feedback_opening_opener",
    "LegacyActionStatisticsFeedbackReactive": ".legacy_action_statistics_feedback_reactive",
    "LegacyActionStatisticsFeedbackRedlist": ".legacy_action_statistics_feedback_redlist",
    "LegacyActionStatisticsFeedbackRedlistComplaint": ".legacy_action_statistics_feedback_redlist_complaint",
    "LegacyActionStatisticsFeedbackRedlistUnsubscribe": ".legacy_action_statistics_feedback_redlist_unsubscribe",
    "LegacyActionStatisticsFeedbackRoi": ".legacy_action_statistics_feedback_roi",
    "LegacyActionStatisticsFeedbackSocial": ".legacy_action_statistics_feedback_social",
    "LegacyActionStatisticsFeedbackSocialFacebook": ".legacy_action_statistics_feedback_social_facebook",
    "LegacyBounceFeedback": ".legacy_bounce_feedback",
    "LegacyBounceFeedbackBounceType": ".legacy_bounce_feedback_bounce_type",
    "LegacyBulkSendItem": ".legacy_bulk_send_item",
    "LegacyConversation": ".legacy_conversation",
    "LegacyConversationEvent": ".legacy_conversation_event",
    "MailArchive": ".mail_archive",
    "ModificationEvent": ".modification_event",
    "NotifiableApplicationNamedExpression": ".notifiable_application_named_expression",
    "NotifiableApplicationNative": ".notifiable_application_native",
    "NotifiableApplicationNativeBase": ".notifiable_application_native_base",
    "NotifiableApplicationNativeRequest": ".notifiable_application_native_request",
    "NotifiableApplicationStamp": ".notifiable_application_stamp",
    "NotifiableApplicationStampRequest": ".notifiable_application_stamp_request",
    "NotificationChannelOverride": ".notification_channel_override",
    "NotificationContact": ".notification_contact",
    "NotificationEventActivation": ".notification_event_activation",
    "NotificationEventDetail": ".notification_event_detail",
    "NotificationEventReceiver": ".notification_event_receiver",
    "NotificationEventReceiverValue": ".notification_event_receiver_value",
    "NotificationExecutionRequest": ".notification_execution_request",
    "NotificationExecutionRequestData": ".notification_execution_request_data",
    "NotificationExecutionRequestVariablesItem": ".notification_execution_request_variables_item",
    "NotificationPushApp": ".notification_push_app",
    "NotificationPushAppRequest": ".notification_push_app_request",
    "NotificationReceiver": ".notification_receiver",
    "NotificationRecipient": ".notification_recipient",
    "NotificationRedirection": ".notification_redirection",
    "NotificationRenderMeta": ".notification_render_meta",
    "NotificationRenderRequest": ".notification_render_request",
    "NotificationRenderSuccess": ".notification_render_success",
    "NotificationSettings": ".notification_settings",
    "NotificationSettingsExpiration": ".notification_settings_expiration",
    "NotificationSettingsMp": ".notification_settings_mp",
    "NotificationSettingsPurpose": ".notification_settings_purpose",
    "NotificationStamp": ".notification_stamp",
    "NotificationTask": ".notification_task",
    "NotificationTaskScheduler": ".notification_task_scheduler",
    "NotificationTestRequest": ".notification_test_request",
    "NotificationVersion": ".notification_version",
    "OptoutEvent": ".optout_event",
    "PressureTopic": ".pressure_topic",
    "PressureTopicStamp": ".pressure_topic_stamp",
    "PushProviderApns": ".push_provider_apns",
    "PushProviderApnsP12Certificate": ".push_provider_apns_p12_certificate",
    "PushProviderFirebase": ".push_provider_firebase",
    "PushProviderHttp": ".push_provider_http",
    "RecipientByHash": ".recipient_by_hash",
    "RecipientById": ".recipient_by_id",
    "RecipientByUnicity": ".recipient_by_unicity",
    "RecipientFootprint": ".recipient_footprint",
    "RedlistDetail": ".redlist_detail",
    "RedlistEntry": ".redlist_entry",
    "RedlistOrigin": ".redlist_origin",
    "RenderContext": ".render_context",
    "RenderContextDisplay": ".render_context_display",
    "RenderEmailRequest": ".render_email_request",
    "RenderEmailRequestBlocksItem": ".render_email_request_blocks_item",
    "RenderEmailRequestData": ".render_email_request_data",
    "RenderEmailRequestVariablesItem": ".render_email_request_variables_item",
    "RenderLink": ".render_link",
    "RenderLinkDestination": ".render_link_destination",
    "RenderLinksRequest": ".render_links_request",
    "RenderLinksRequestData": ".render_links_request_data",
    "RenderLinksRequestVariablesItem": ".render_links_request_variables_item",
    "RenderLinksSuccess": ".render_links_success",
    "RenderMailSuccess": ".render_mail_success",
    "RenderMailSuccessHeaders": ".render_mail_success_headers",
    "RenderReceiver": ".render_receiver",
    "RenderSender": ".render_sender",
    "RenderSmsRequest": ".render_sms_request",
    "RenderSmsRequestData": ".render_sms_request_data",
    "RenderSmsRequestVariablesItem": ".render_sms_request_variables_item",
    "ReplyEvent": ".reply_event",
    "ScriptingLiteralExpression": ".scripting_literal_expression",
    "ScriptingSettingsV7": ".scripting_settings_v7",
    "ScriptingSettingsV7Environment": ".scripting_settings_v7_environment",
    "ScriptingSettingsV7FiltersType0Item": ".scripting_settings_v7_filters_type_0_item",
    "ScriptingSettingsV7ImportsType0Item": ".scripting_settings_v7_imports_type_0_item",
    "ScriptingSettingsV7InitializersType0Item": ".scripting_settings_v7_initializers_type_0_item",
    "SegmentDynamic": ".segment_dynamic",
    "SegmentDynamicRequest": ".segment_dynamic_request",
    "SegmentInformations": ".segment_informations",
    "SegmentStatic": ".segment_static",
    "SegmentStaticRequest": ".segment_static_request",
    "SortOrder": ".sort_order",
    "Stamp": ".stamp",
    "Subscription": ".subscription",
    "SubscriptionAnswerParts": ".subscription_answer_parts",
    "SubscriptionContactFootprint": ".subscription_contact_footprint",
    "SubscriptionContactUnknown": ".subscription_contact_unknown",
    "SubscriptionLifecycle": ".subscription_lifecycle",
    "SubscriptionLifecycleEvent": ".subscription_lifecycle_event",
    "SubscriptionLifecycleEventRequest": ".subscription_lifecycle_event_request",
    "SubscriptionLifecycleRequest": ".subscription_lifecycle_request",
    "SubscriptionProviderFirebase": ".subscription_provider_firebase",
    "SubscriptionProviderUnknown": ".subscription_provider_unknown",
    "SubscriptionRequest": ".subscription_request",
    "SubscriptionUser": ".subscription_user",
    "SuppressionEvent": ".suppression_event",
    "Target": ".target",
    "TargetBounceDetail": ".target_bounce_detail",
    "TargetBounceHardDomain": ".target_bounce_hard_domain",
    "TargetBounceHardUser": ".target_bounce_hard_user",
    "TargetBounceRecord": ".target_bounce_record",
    "TargetBounceSummary": ".target_bounce_summary",
    "TargetCreateRequest": ".target_create_request",
    "TargetFieldSelection": ".target_field_selection",
    "TargetFields": ".target_fields",
    "TargetLegacyBounce": ".target_legacy_bounce",
    "TargetLegacyRedlistState": ".target_legacy_redlist_state",
    "TargetLegacyRedlists": ".target_legacy_redlists",
    "TargetUpdateRequest": ".target_update_request",
    "TargetsCount": ".targets_count",
    "UnknownAction": ".unknown_action",
    "UnknownActionContent": ".unknown_action_content",
    "UnknownActionRequest": ".unknown_action_request",
    "UnknownActionScheduler": ".unknown_action_scheduler",
    "UnknownActionSettings": ".unknown_action_settings",
    "UnknownCompilableExecutionResult": ".unknown_compilable_execution_result",
    "UnknownCompilableExecutionResultArguments": ".unknown_compilable_execution_result_arguments",
    "UnknownEvent": ".unknown_event",
    "UnknownEventBounceSubject": ".unknown_event_bounce_subject",
    "UnknownEventIdentity": ".unknown_event_identity",
    "UnknownEventSource": ".unknown_event_source",
    "UnknownEventSourceActivation": ".unknown_event_source_activation",
    "UnknownEventSourceBounce": ".unknown_event_source_bounce",
    "UnknownEventSourceCancellation": ".unknown_event_source_cancellation",
    "UnknownEventSourceExecution": ".unknown_event_source_execution",
    "UnknownEventSourceHit": ".unknown_event_source_hit",
    "UnknownExecutionResult": ".unknown_execution_result",
    "UnknownImportFeature": ".unknown_import_feature",
    "UnknownImportScheduler": ".unknown_import_scheduler",
    "UnknownImportSource": ".unknown_import_source",
    "UnknownNotifiableApplication": ".unknown_notifiable_application",
    "UnknownNotifiableApplicationBase": ".unknown_notifiable_application_base",
    "UnknownNotifiableApplicationRequest": ".unknown_notifiable_application_request",
    "UnknownNotification": ".unknown_notification",
    "UnknownNotificationRenderResult": ".unknown_notification_render_result",
    "UnknownNotificationRequest": ".unknown_notification_request",
    "UnknownPushProvider": ".unknown_push_provider",
    "UnknownPushProviderApnsCertificate": ".unknown_push_provider_apns_certificate",
    "UnknownRenderLinksResult": ".unknown_render_links_result",
    "UnknownRenderMailResult": ".unknown_render_mail_result",
    "UnknownScriptingExpression": ".unknown_scripting_expression",
    "UnknownScriptingSettings": ".unknown_scripting_settings",
    "UnknownScriptingSettingsEnvironment": ".unknown_scripting_settings_environment",
    "UnknownScriptingSettingsFiltersType0Item": ".unknown_scripting_settings_filters_type_0_item",
    "UnknownScriptingSettingsImportsType0Item": ".unknown_scripting_settings_imports_type_0_item",
    "UnknownScriptingSettingsInitializersType0Item": ".unknown_scripting_settings_initializers_type_0_item",
    "UnknownSegment": ".unknown_segment",
    "UnknownSegmentRequest": ".unknown_segment_request",
    "UnknownTargetBounce": ".unknown_target_bounce",
    "UnknownWorkflowNode": ".unknown_workflow_node",
    "UnknownWorkflowNodeSettings": ".unknown_workflow_node_settings",
    "ValidationSettings": ".validation_settings",
    "ValidationSettingsVariablesItem": ".validation_settings_variables_item",
    "ValueList": ".value_list",
    "ValueListItem": ".value_list_item",
    "ValueListRequest": ".value_list_request",
    "WebTask": ".web_task",
    "WebTaskPatchOperation": ".web_task_patch_operation",
    "WebTaskRequest": ".web_task_request",
    "WebTaskRequestSettings": ".web_task_request_settings",
    "Workflow": ".workflow",
    "WorkflowCapping": ".workflow_capping",
    "WorkflowCappingPeriod": ".workflow_capping_period",
    "WorkflowCappingPeriodUnit": ".workflow_capping_period_unit",
    "WorkflowConditionalTimeSlotsNode": ".workflow_conditional_time_slots_node",
    "WorkflowConditionalTimeSlotsNodeSettings": ".workflow_conditional_time_slots_node_settings",
    "WorkflowDataExplorerV2MatchNode": ".workflow_data_explorer_v2_match_node",
    "WorkflowDataExplorerV2MatchNodeSettings": ".workflow_data_explorer_v2_match_node_settings",
    "WorkflowDataManagerPipelineNode": ".workflow_data_manager_pipeline_node",
    "WorkflowDataManagerPipelineNodeSettings": ".workflow_data_manager_pipeline_node_settings",
    "WorkflowDataTablePipelineNode": ".workflow_data_table_pipeline_node",
    "WorkflowDataTablePipelineNodeSettings": ".workflow_data_table_pipeline_node_settings",
    "WorkflowExecutionData": ".workflow_execution_data",
    "WorkflowExecutionDataData": ".workflow_execution_data_data",
    "WorkflowExecutionDataEvent": ".workflow_execution_data_event",
    "WorkflowExecutionDataState": ".workflow_execution_data_state",
    "WorkflowExecutionDataVariablesItem": ".workflow_execution_data_variables_item",
    "WorkflowExecutionDebug": ".workflow_execution_debug",
    "WorkflowExecutionDebugNodesItem": ".workflow_execution_debug_nodes_item",
    "WorkflowExecutionReceiver": ".workflow_execution_receiver",
    "WorkflowExecutionResolution": ".workflow_execution_resolution",
    "WorkflowExecutionResolutionValue": ".workflow_execution_resolution_value",
    "WorkflowIfNode": ".workflow_if_node",
    "WorkflowIfNodeSettings": ".workflow_if_node_settings",
    "WorkflowListener": ".workflow_listener",
    "WorkflowListenerEvent": ".workflow_listener_event",
    "WorkflowMatchNode": ".workflow_match_node",
    "WorkflowMatchNodeSettings": ".workflow_match_node_settings",
    "WorkflowMultipleSlotsNode": ".workflow_multiple_slots_node",
    "WorkflowMultipleSlotsNodeSettings": ".workflow_multiple_slots_node_settings",
    "WorkflowNodeFlow": ".workflow_node_flow",
    "WorkflowNotificationExecutionNode": ".workflow_notification_execution_node",
    "WorkflowNotificationExecutionNodeSettings": ".workflow_notification_execution_node_settings",
    "WorkflowPublishNode": ".workflow_publish_node",
    "WorkflowPublishNodeSettings": ".workflow_publish_node_settings",
    "WorkflowRequest": ".workflow_request",
    "WorkflowRequestNode": ".workflow_request_node",
    "WorkflowRequestNodeSettings": ".workflow_request_node_settings",
    "WorkflowRequestSettings": ".workflow_request_settings",
    "WorkflowSampleNode": ".workflow_sample_node",
    "WorkflowSampleNodeSettings": ".workflow_sample_node_settings",
    "WorkflowScriptNode": ".workflow_script_node",
    "WorkflowScriptNodeSettings": ".workflow_script_node_settings",
    "WorkflowSendMailNode": ".workflow_send_mail_node",
    "WorkflowSendMailNodeSettings": ".workflow_send_mail_node_settings",
    "WorkflowSendPushAppNode": ".workflow_send_push_app_node",
    "WorkflowSendPushAppNodeSettings": ".workflow_send_push_app_node_settings",
    "WorkflowSendSmsNode": ".workflow_send_sms_node",
    "WorkflowSendSmsNodeSettings": ".workflow_send_sms_node_settings",
    "WorkflowSleepNode": ".workflow_sleep_node",
    "WorkflowSleepNodeSettings": ".workflow_sleep_node_settings",
    "WorkflowSmsNode": ".workflow_sms_node",
    "WorkflowSmsNodeSettings": ".workflow_sms_node_settings",
    "WorkflowSplitNode": ".workflow_split_node",
    "WorkflowSplitNodeSettings": ".workflow_split_node_settings",
    "WorkflowState": ".workflow_state",
    "WorkflowSwitchNode": ".workflow_switch_node",
    "WorkflowSwitchNodeSettings": ".workflow_switch_node_settings",
    "WorkflowTask": ".workflow_task",
    "WorkflowTaskProvider": ".workflow_task_provider",
    "WorkflowTaskProviderProjection": ".workflow_task_provider_projection",
    "WorkflowTaskProviderValue": ".workflow_task_provider_value",
    "WorkflowTaskScheduler": ".workflow_task_scheduler",
    "WorkflowTaskSchedulerTimeZone": ".workflow_task_scheduler_time_zone",
    "WorkflowTerminalNode": ".workflow_terminal_node",
    "WorkflowTerminalNodeSettings": ".workflow_terminal_node_settings",
    "WorkflowUpdateTargetNode": ".workflow_update_target_node",
    "WorkflowUpdateTargetNodeSettings": ".workflow_update_target_node_settings",
    "WorkflowWaitAllNode": ".workflow_wait_all_node",
    "WorkflowWaitAllNodeSettings": ".workflow_wait_all_node_settings",
    "WorkflowWaitKillNode": ".workflow_wait_kill_node",
    "WorkflowWaitKillNodeSettings": ".workflow_wait_kill_node_settings",
    "WorkflowWaitNode": ".workflow_wait_node",
    "WorkflowWaitNodeSettings": ".workflow_wait_node_settings",
    "WorkflowWaitRaceNode": ".workflow_wait_race_node",
    "WorkflowWaitRaceNodeSettings": ".workflow_wait_race_node_settings",
}


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})


__all__ = (
    "ActionAnswerParts",
    "ActionContentOverride",
    "ActionInformations",
    "ActionInformationsRequest",
    "ActionMailContent",
    "ActionMailFrom",
    "ActionMailHeaders",
    "ActionMailMessage",
    "ActionMailMessageRequest",
    "ActionMailSettings",
    "ActionMailSettingsConsent",
    "ActionMailSettingsEditionMode",
    "ActionMailSettingsEnvironment",
    "ActionMarketingPressure",
    "ActionMessageRequest",
    "ActionMessageRequestData",
    "ActionMonitor",
    "ActionMonitorLastSent",
    "ActionPerformance",
    "ActionPurpose",
    "ActionSchedulerAsap",
    "ActionSchedulerScheduled",
    "ActionSchedulerSegments",
    "ActionSchedulerTimeZone",
    "ActionSkeleton",
    "ActionSmsContent",
    "ActionSmsMessage",
    "ActionSmsMessageRequest",
    "ActionSmsSettings",
    "ActionTemplating",
    "ActivationEvent",
    "BounceEvent",
    "BulkTargetDeletionById",
    "BulkTargetDeletionBySegment",
    "BulkTargetDeletionByUnicity",
    "Campaign",
    "CampaignItem",
    "CampaignItemsEventsChannel",
    "CampaignItemsEventsQuery",
    "CampaignItemsEventsType",
    "CampaignRequest",
    "CancellationEvent",
    "CancellationReason",
    "CancellationReasonValue",
    "Category",
    "CategoryRequest",
    "Compilable",
    "CompilableExecutionArguments",
    "CompilableExecutionSuccess",
    "CompilableExecutionSuccessArguments",
    "CompilableExecutionSuccessValue",
    "CompilableFlaw",
    "CompilablePreviewRequest",
    "CompilableRequest",
    "CompilableStamp",
    "CompilableValue",
    "CompilableValueCursorsItem",
    "CompilableValueParametersItem",
    "CompilableValuePreview",
    "CompilableValueSource",
    "ComplaintEvent",
    "CreationEvent",
    "CustomerIdentity",
    "EventActivation",
    "EventActivationDetail",
    "EventBounce",
    "EventBounceAddressDetail",
    "EventBounceAnalysis",
    "EventBounceDetail",
    "EventBounceStatus",
    "EventBounceStatusCode",
    "EventBounceSubjectAddress",
    "EventBounceSubjectOtherOrUndefined",
    "EventCancellationDetail",
    "EventExecution",
    "EventExecutionData",
    "EventExecutionDetail",
    "EventSourceActivationEmail",
    "EventSourceBounceEmail",
    "EventSourceCancellationEmail",
    "EventSourceDetail",
    "EventSourceEmail",
    "EventSourceExecutionEmail",
    "EventSourceHitEmail",
    "EventSourceNotification",
    "EventStamp",
    "ExecutionAttachment",
    "ExecutionAttachmentData",
    "ExecutionEmailRequest",
    "ExecutionEmailRequestBlocksItem",
    "ExecutionEmailRequestData",
    "ExecutionEmailRequestVariablesItem",
    "ExecutionError",
    "ExecutionErrorValue",
    "ExecutionEvent",
    "ExecutionSmsRequest",
    "ExecutionSmsRequestData",
    "ExecutionSmsRequestVariablesItem",
    "ExecutionSuccess",
    "FieldConstraint",
    "FieldConstraintOperator",
    "FieldDate",
    "FieldDateRequest",
    "FieldEmail",
    "FieldEmailRequest",
    "FieldMultipleSelectList",
    "FieldMultipleSelectListRequest",
    "FieldNumeric",
    "FieldNumericRequest",
    "FieldPhone",
    "FieldPhoneRequest",
    "FieldSingleSelectList",
    "FieldSingleSelectListRequest",
    "FieldSkeleton",
    "FieldTextArea",
    "FieldTextAreaRequest",
    "FieldTextField",
    "FieldTextFieldRequest",
    "FieldUnknown",
    "FieldUnknownRequest",
    "HitEvent",
    "HitEventDetail",
    "HitLink",
    "ImportDefinition",
    "ImportDefinitionBase",
    "ImportDefinitionRequest",
    "ImportDuplicateRules",
    "ImportExecution",
    "ImportExecutionContent",
    "ImportExecutionState",
    "ImportExecutionStateValue",
    "ImportFeatureDatabase",
    "ImportFeatureDuplicate",
    "ImportFeatureNormalization",
    "ImportFeatureRedList",
    "ImportFeatureReport",
    "ImportFeatureSegmentation",
    "ImportFormat",
    "ImportFormatBind",
    "ImportFormatIdentifier",
    "ImportNormalizationFields",
    "ImportRedListDestination",
    "ImportSchedulerDateTime",
    "ImportSchedulerFrequency",
    "ImportSchedulerOccurs",
    "ImportSchedulerPeriodic",
    "ImportSchedulerPeriodicity",
    "ImportSchedulerTime",
    "ImportSchedulerValidity",
    "ImportSourceFile",
    "ImportSourceFtp",
    "ImpressionEvent",
    "KnownActionState",
    "LegacyActionStatistics",
    "LegacyActionStatisticsDispatch",
    "LegacyActionStatisticsDispatchRejected",
    "LegacyActionStatisticsFeedback",
    "LegacyActionStatisticsFeedbackBounce",
    "LegacyActionStatisticsFeedbackClick",
    "LegacyActionStatisticsFeedbackClickClicker",
    "LegacyActionStatisticsFeedbackOpening",
    "LegacyActionStatisticsFeedbackOpeningOpener",
    "LegacyActionStatisticsFeedbackReactive",
    "LegacyActionStatisticsFeedbackRedlist",
    "LegacyActionStatisticsFeedbackRedlistComplaint",
    "LegacyActionStatisticsFeedbackRedlistUnsubscribe",
    "LegacyActionStatisticsFeedbackRoi",
    "LegacyActionStatisticsFeedbackSocial",
    "LegacyActionStatisticsFeedbackSocialFacebook",
    "LegacyBounceFeedback",
    "LegacyBounceFeedbackBounceType",
    "LegacyBulkSendItem",
    "LegacyConversation",
    "LegacyConversationEvent",
    "MailArchive",
    "ModificationEvent",
    "NotifiableApplicationNamedExpression",
    "NotifiableApplicationNative",
    "NotifiableApplicationNativeBase",
    "NotifiableApplicationNativeRequest",
    "NotifiableApplicationStamp",
    "NotifiableApplicationStampRequest",
    "NotificationChannelOverride",
    "NotificationContact",
    "NotificationEventActivation",
    "NotificationEventDetail",
    "NotificationEventReceiver",
    "NotificationEventReceiverValue",
    "NotificationExecutionRequest",
    "NotificationExecutionRequestData",
    "NotificationExecutionRequestVariablesItem",
    "NotificationPushApp",
    "NotificationPushAppRequest",
    "NotificationReceiver",
    "NotificationRecipient",
    "NotificationRedirection",
    "NotificationRenderMeta",
    "NotificationRenderRequest",
    "NotificationRenderSuccess",
    "NotificationSettings",
    "NotificationSettingsExpiration",
    "NotificationSettingsMp",
    "NotificationSettingsPurpose",
    "NotificationStamp",
    "NotificationTask",
    "NotificationTaskScheduler",
    "NotificationTestRequest",
    "NotificationVersion",
    "OptoutEvent",
    "PressureTopic",
    "PressureTopicStamp",
    "PushProviderApns",
    "PushProviderApnsP12Certificate",
    "PushProviderFirebase",
    "PushProviderHttp",
    "RecipientByHash",
    "RecipientById",
    "RecipientByUnicity",
    "RecipientFootprint",
    "RedlistDetail",
    "RedlistEntry",
    "RedlistOrigin",
    "RenderContext",
    "RenderContextDisplay",
    "RenderEmailRequest",
    "RenderEmailRequestBlocksItem",
    "RenderEmailRequestData",
    "RenderEmailRequestVariablesItem",
    "RenderLink",
    "RenderLinkDestination",
    "RenderLinksRequest",
    "RenderLinksRequestData",
    "RenderLinksRequestVariablesItem",
    "RenderLinksSuccess",
    "RenderMailSuccess",
    "RenderMailSuccessHeaders",
    "RenderReceiver",
    "RenderSender",
    "RenderSmsRequest",
    "RenderSmsRequestData",
    "RenderSmsRequestVariablesItem",
    "ReplyEvent",
    "ScriptingLiteralExpression",
    "ScriptingSettingsV7",
    "ScriptingSettingsV7Environment",
    "ScriptingSettingsV7FiltersType0Item",
    "ScriptingSettingsV7ImportsType0Item",
    "ScriptingSettingsV7InitializersType0Item",
    "SegmentDynamic",
    "SegmentDynamicRequest",
    "SegmentInformations",
    "SegmentStatic",
    "SegmentStaticRequest",
    "SortOrder",
    "Stamp",
    "Subscription",
    "SubscriptionAnswerParts",
    "SubscriptionContactFootprint",
    "SubscriptionContactUnknown",
    "SubscriptionLifecycle",
    "SubscriptionLifecycleEvent",
    "SubscriptionLifecycleEventRequest",
    "SubscriptionLifecycleRequest",
    "SubscriptionProviderFirebase",
    "SubscriptionProviderUnknown",
    "SubscriptionRequest",
    "SubscriptionUser",
    "SuppressionEvent",
    "Target",
    "TargetBounceDetail",
    "TargetBounceHardDomain",
    "TargetBounceHardUser",
    "TargetBounceRecord",
    "TargetBounceSummary",
    "TargetCreateRequest",
    "TargetFieldSelection",
    "TargetFields",
    "TargetLegacyBounce",
    "TargetLegacyRedlistState",
    "TargetLegacyRedlists",
    "TargetUpdateRequest",
    "TargetsCount",
    "UnknownAction",
    "UnknownActionContent",
    "UnknownActionRequest",
    "UnknownActionScheduler",
    "UnknownActionSettings",
    "UnknownCompilableExecutionResult",
    "UnknownCompilableExecutionResultArguments",
    "UnknownEvent",
    "UnknownEventBounceSubject",
    "UnknownEventIdentity",
    "UnknownEventSource",
    "UnknownEventSourceActivation",
    "UnknownEventSourceBounce",
    "UnknownEventSourceCancellation",
    "UnknownEventSourceExecution",
    "UnknownEventSourceHit",
    "UnknownExecutionResult",
    "UnknownImportFeature",
    "UnknownImportScheduler",
    "UnknownImportSource",
    "UnknownNotifiableApplication",
    "UnknownNotifiableApplicationBase",
    "UnknownNotifiableApplicationRequest",
    "UnknownNotification",
    "UnknownNotificationRenderResult",
    "UnknownNotificationRequest",
    "UnknownPushProvider",
    "UnknownPushProviderApnsCertificate",
    "UnknownRenderLinksResult",
    "UnknownRenderMailResult",
    "UnknownScriptingExpression",
    "UnknownScriptingSettings",
    "UnknownScriptingSettingsEnvironment",
    "UnknownScriptingSettingsFiltersType0Item",
    "UnknownScriptingSettingsImportsType0Item",
    "UnknownScriptingSettingsInitializersType0Item",
    "UnknownSegment",
    "UnknownSegmentRequest",
    "UnknownTargetBounce",
    "UnknownWorkflowNode",
    "UnknownWorkflowNodeSettings",
    "ValidationSettings",
    "ValidationSettingsVariablesItem",
    "ValueList",
    "ValueListItem",
    "ValueListRequest",
    "WebTask",
    "WebTaskPatchOperation",
    "WebTaskRequest",
    "WebTaskRequestSettings",
    "Workflow",
    "WorkflowCapping",
    "WorkflowCappingPeriod",
    "WorkflowCappingPeriodUnit",
    "WorkflowConditionalTimeSlotsNode",
    "WorkflowConditionalTimeSlotsNodeSettings",
    "WorkflowDataExplorerV2MatchNode",
    "WorkflowDataExplorerV2MatchNodeSettings",
    "WorkflowDataManagerPipelineNode",
    "WorkflowDataManagerPipelineNodeSettings",
    "WorkflowDataTablePipelineNode",
    "WorkflowDataTablePipelineNodeSettings",
    "WorkflowExecutionData",
    "WorkflowExecutionDataData",
    "WorkflowExecutionDataEvent",
    "WorkflowExecutionDataState",
    "WorkflowExecutionDataVariablesItem",
    "WorkflowExecutionDebug",
    "WorkflowExecutionDebugNodesItem",
    "WorkflowExecutionReceiver",
    "WorkflowExecutionResolution",
    "WorkflowExecutionResolutionValue",
    "WorkflowIfNode",
    "WorkflowIfNodeSettings",
    "WorkflowListener",
    "WorkflowListenerEvent",
    "WorkflowMatchNode",
    "WorkflowMatchNodeSettings",
    "WorkflowMultipleSlotsNode",
    "WorkflowMultipleSlotsNodeSettings",
    "WorkflowNodeFlow",
    "WorkflowNotificationExecutionNode",
    "WorkflowNotificationExecutionNodeSettings",
    "WorkflowPublishNode",
    "WorkflowPublishNodeSettings",
    "WorkflowRequest",
    "WorkflowRequestNode",
    "WorkflowRequestNodeSettings",
    "WorkflowRequestSettings",
    "WorkflowSampleNode",
    "WorkflowSampleNodeSettings",
    "WorkflowScriptNode",
    "WorkflowScriptNodeSettings",
    "WorkflowSendMailNode",
    "WorkflowSendMailNodeSettings",
    "WorkflowSendPushAppNode",
    "WorkflowSendPushAppNodeSettings",
    "WorkflowSendSmsNode",
    "WorkflowSendSmsNodeSettings",
    "WorkflowSleepNode",
    "WorkflowSleepNodeSettings",
    "WorkflowSmsNode",
    "WorkflowSmsNodeSettings",
    "WorkflowSplitNode",
    "WorkflowSplitNodeSettings",
    "WorkflowState",
    "WorkflowSwitchNode",
    "WorkflowSwitchNodeSettings",
    "WorkflowTask",
    "WorkflowTaskProvider",
    "WorkflowTaskProviderProjection",
    "WorkflowTaskProviderValue",
    "WorkflowTaskScheduler",
    "WorkflowTaskSchedulerTimeZone",
    "WorkflowTerminalNode",
    "WorkflowTerminalNodeSettings",
    "WorkflowUpdateTargetNode",
    "WorkflowUpdateTargetNodeSettings",
    "WorkflowWaitAllNode",
    "WorkflowWaitAllNodeSettings",
    "WorkflowWaitKillNode",
    "WorkflowWaitKillNodeSettings",
    "WorkflowWaitNode",
    "WorkflowWaitNodeSettings",
    "WorkflowWaitRaceNode",
    "WorkflowWaitRaceNodeSettings",
)
