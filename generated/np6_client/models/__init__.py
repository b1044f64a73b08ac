"""Contains all the data models used in inputs/outputs"""

from .action_content_override import ActionContentOverride
from .action_informations import ActionInformations
from .action_mail_content import ActionMailContent
from .action_mail_from import ActionMailFrom
from .action_mail_headers import ActionMailHeaders
from .action_mail_message import ActionMailMessage
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
from .action_sms_content import ActionSmsContent
from .action_sms_message import ActionSmsMessage
from .action_sms_settings import ActionSmsSettings
from .action_state import ActionState
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
from .cancellation_event import CancellationEvent
from .cancellation_reason import CancellationReason
from .cancellation_reason_value import CancellationReasonValue
from .category import Category
from .category_request import CategoryRequest
from .compilable import Compilable
from .compilable_execution_arguments import CompilableExecutionArguments
from .compilable_execution_success import CompilableExecutionSuccess
from .compilable_execution_success_arguments import CompilableExecutionSuccessArguments
from .compilable_execution_success_value import CompilableExecutionSuccessValue
from .compilable_flaw import CompilableFlaw
from .compilable_preview_request import CompilablePreviewRequest
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
from .event_bounce_subject_other_or_undefined import EventBounceSubjectOtherOrUndefined
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
from .execution_attachment import ExecutionAttachment
from .execution_attachment_data import ExecutionAttachmentData
from .execution_email_request import ExecutionEmailRequest
from .execution_email_request_blocks_item import ExecutionEmailRequestBlocksItem
from .execution_email_request_data import ExecutionEmailRequestData
from .execution_email_request_variables_item import ExecutionEmailRequestVariablesItem
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
from .field_email import FieldEmail
from .field_multiple_select_list import FieldMultipleSelectList
from .field_numeric import FieldNumeric
from .field_phone import FieldPhone
from .field_single_select_list import FieldSingleSelectList
from .field_text_area import FieldTextArea
from .field_text_field import FieldTextField
from .field_unknown import FieldUnknown
from .hit_event import HitEvent
from .hit_event_detail import HitEventDetail
from .hit_link import HitLink
from .import_definition import ImportDefinition
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
from .legacy_action_statistics import LegacyActionStatistics
from .legacy_action_statistics_dispatch import LegacyActionStatisticsDispatch
from .legacy_action_statistics_dispatch_rejected import (
    LegacyActionStatisticsDispatchRejected,
)
from .legacy_action_statistics_feedback import LegacyActionStatisticsFeedback
from .legacy_action_statistics_feedback_bounce import (
    LegacyActionStatisticsFeedbackBounce,
)
from .legacy_action_statistics_feedback_click import LegacyActionStatisticsFeedbackClick
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
from .notifiable_application_stamp import NotifiableApplicationStamp
from .notification_channel_override import NotificationChannelOverride
from .notification_event_activation import NotificationEventActivation
from .notification_event_detail import NotificationEventDetail
from .notification_event_receiver import NotificationEventReceiver
from .notification_event_receiver_value import NotificationEventReceiverValue
from .notification_execution_request import NotificationExecutionRequest
from .notification_push_app import NotificationPushApp
from .notification_receiver import NotificationReceiver
from .notification_render_meta import NotificationRenderMeta
from .notification_render_request import NotificationRenderRequest
from .notification_render_success import NotificationRenderSuccess
from .notification_settings import NotificationSettings
from .notification_stamp import NotificationStamp
from .notification_task import NotificationTask
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
from .segment_informations import SegmentInformations
from .segment_static import SegmentStatic
from .sort_order import SortOrder
from .stamp import Stamp
from .subscription import Subscription
from .subscription_contact_footprint import SubscriptionContactFootprint
from .subscription_contact_unknown import SubscriptionContactUnknown
from .subscription_lifecycle import SubscriptionLifecycle
from .subscription_lifecycle_event import SubscriptionLifecycleEvent
from .subscription_provider_firebase import SubscriptionProviderFirebase
from .subscription_provider_unknown import SubscriptionProviderUnknown
from .subscription_user import SubscriptionUser
from .suppression_event import SuppressionEvent
from .target import Target
from .target_bounce_detail import TargetBounceDetail
from .target_bounce_hard_domain import TargetBounceHardDomain
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
from .unknown_notification import UnknownNotification
from .unknown_notification_render_result import UnknownNotificationRenderResult
from .unknown_push_provider import UnknownPushProvider
from .unknown_push_provider_apns_certificate import UnknownPushProviderApnsCertificate
from .unknown_render_links_result import UnknownRenderLinksResult
from .unknown_render_mail_result import UnknownRenderMailResult
from .unknown_scripting_expression import UnknownScriptingExpression
from .unknown_scripting_settings import UnknownScriptingSettings
from .unknown_scripting_settings_environment import UnknownScriptingSettingsEnvironment
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
from .unknown_workflow_node import UnknownWorkflowNode
from .unknown_workflow_node_settings import UnknownWorkflowNodeSettings
from .validation_settings import ValidationSettings
from .validation_settings_variables_item import ValidationSettingsVariablesItem
from .value_list import ValueList
from .value_list_item import ValueListItem
from .web_task import WebTask
from .web_task_patch_operation import WebTaskPatchOperation
from .web_task_settings import WebTaskSettings
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
from .workflow_execution_data_variables_item import WorkflowExecutionDataVariablesItem
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
from .workflow_request_node import WorkflowRequestNode
from .workflow_request_node_settings import WorkflowRequestNodeSettings
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
from .workflow_settings import WorkflowSettings
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

__all__ = (
    "ActionContentOverride",
    "ActionInformations",
    "ActionMailContent",
    "ActionMailFrom",
    "ActionMailHeaders",
    "ActionMailMessage",
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
    "ActionSmsContent",
    "ActionSmsMessage",
    "ActionSmsSettings",
    "ActionState",
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
    "FieldEmail",
    "FieldMultipleSelectList",
    "FieldNumeric",
    "FieldPhone",
    "FieldSingleSelectList",
    "FieldTextArea",
    "FieldTextField",
    "FieldUnknown",
    "HitEvent",
    "HitEventDetail",
    "HitLink",
    "ImportDefinition",
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
    "NotifiableApplicationStamp",
    "NotificationChannelOverride",
    "NotificationEventActivation",
    "NotificationEventDetail",
    "NotificationEventReceiver",
    "NotificationEventReceiverValue",
    "NotificationExecutionRequest",
    "NotificationPushApp",
    "NotificationReceiver",
    "NotificationRenderMeta",
    "NotificationRenderRequest",
    "NotificationRenderSuccess",
    "NotificationSettings",
    "NotificationStamp",
    "NotificationTask",
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
    "SegmentInformations",
    "SegmentStatic",
    "SortOrder",
    "Stamp",
    "Subscription",
    "SubscriptionContactFootprint",
    "SubscriptionContactUnknown",
    "SubscriptionLifecycle",
    "SubscriptionLifecycleEvent",
    "SubscriptionProviderFirebase",
    "SubscriptionProviderUnknown",
    "SubscriptionUser",
    "SuppressionEvent",
    "Target",
    "TargetBounceDetail",
    "TargetBounceHardDomain",
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
    "UnknownNotification",
    "UnknownNotificationRenderResult",
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
    "UnknownWorkflowNode",
    "UnknownWorkflowNodeSettings",
    "ValidationSettings",
    "ValidationSettingsVariablesItem",
    "ValueList",
    "ValueListItem",
    "WebTask",
    "WebTaskPatchOperation",
    "WebTaskSettings",
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
    "WorkflowRequestNode",
    "WorkflowRequestNodeSettings",
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
    "WorkflowSettings",
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
