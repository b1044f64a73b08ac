"""Contains methods for accessing the API, and the per-tag namespace mixins."""

from functools import cached_property
from typing import TYPE_CHECKING

from ..client import AuthenticatedClient

if TYPE_CHECKING:
    from .action_events import (
        ActionEvents,
        AsyncActionEvents,
        AsyncRawActionEvents,
        RawActionEvents,
    )
    from .action_reactivities import (
        ActionReactivities,
        AsyncActionReactivities,
        AsyncRawActionReactivities,
        RawActionReactivities,
    )
    from .actions import Actions, AsyncActions, AsyncRawActions, RawActions
    from .applications import (
        Applications,
        AsyncApplications,
        AsyncRawApplications,
        RawApplications,
    )
    from .archives import Archives, AsyncArchives, AsyncRawArchives, RawArchives
    from .campaign_events import (
        AsyncCampaignEvents,
        AsyncRawCampaignEvents,
        CampaignEvents,
        RawCampaignEvents,
    )
    from .campaigns import AsyncCampaigns, AsyncRawCampaigns, Campaigns, RawCampaigns
    from .categories import (
        AsyncCategories,
        AsyncRawCategories,
        Categories,
        RawCategories,
    )
    from .compilables import (
        AsyncCompilables,
        AsyncRawCompilables,
        Compilables,
        RawCompilables,
    )
    from .contact_events import (
        AsyncContactEvents,
        AsyncRawContactEvents,
        ContactEvents,
        RawContactEvents,
    )
    from .display_events import (
        AsyncDisplayEvents,
        AsyncRawDisplayEvents,
        DisplayEvents,
        RawDisplayEvents,
    )
    from .enumerations import (
        AsyncEnumerations,
        AsyncRawEnumerations,
        Enumerations,
        RawEnumerations,
    )
    from .fields import AsyncFields, AsyncRawFields, Fields, RawFields
    from .imports import AsyncImports, AsyncRawImports, Imports, RawImports
    from .legacy import AsyncLegacy, AsyncRawLegacy, Legacy, RawLegacy
    from .marketing_pressure import (
        AsyncMarketingPressure,
        AsyncRawMarketingPressure,
        MarketingPressure,
        RawMarketingPressure,
    )
    from .notification_events import (
        AsyncNotificationEvents,
        AsyncRawNotificationEvents,
        NotificationEvents,
        RawNotificationEvents,
    )
    from .notification_reactivities import (
        AsyncNotificationReactivities,
        AsyncRawNotificationReactivities,
        NotificationReactivities,
        RawNotificationReactivities,
    )
    from .notifications import (
        AsyncNotifications,
        AsyncRawNotifications,
        Notifications,
        RawNotifications,
    )
    from .segments import AsyncRawSegments, AsyncSegments, RawSegments, Segments
    from .subscriptions import (
        AsyncRawSubscriptions,
        AsyncSubscriptions,
        RawSubscriptions,
        Subscriptions,
    )
    from .targets import AsyncRawTargets, AsyncTargets, RawTargets, Targets
    from .webtasks import AsyncRawWebtasks, AsyncWebtasks, RawWebtasks, Webtasks
    from .workflows import AsyncRawWorkflows, AsyncWorkflows, RawWorkflows, Workflows


class Namespaces:
    """One namespace per tag, created on first use (importing only that tag's modules)."""

    @property
    def raw(self) -> AuthenticatedClient:
        raise NotImplementedError

    @cached_property
    def action_events(self) -> "ActionEvents":
        from .action_events import ActionEvents

        return ActionEvents(self.raw)

    @cached_property
    def action_reactivities(self) -> "ActionReactivities":
        from .action_reactivities import ActionReactivities

        return ActionReactivities(self.raw)

    @cached_property
    def actions(self) -> "Actions":
        from .actions import Actions

        return Actions(self.raw)

    @cached_property
    def applications(self) -> "Applications":
        from .applications import Applications

        return Applications(self.raw)

    @cached_property
    def archives(self) -> "Archives":
        from .archives import Archives

        return Archives(self.raw)

    @cached_property
    def campaign_events(self) -> "CampaignEvents":
        from .campaign_events import CampaignEvents

        return CampaignEvents(self.raw)

    @cached_property
    def campaigns(self) -> "Campaigns":
        from .campaigns import Campaigns

        return Campaigns(self.raw)

    @cached_property
    def categories(self) -> "Categories":
        from .categories import Categories

        return Categories(self.raw)

    @cached_property
    def compilables(self) -> "Compilables":
        from .compilables import Compilables

        return Compilables(self.raw)

    @cached_property
    def contact_events(self) -> "ContactEvents":
        from .contact_events import ContactEvents

        return ContactEvents(self.raw)

    @cached_property
    def display_events(self) -> "DisplayEvents":
        from .display_events import DisplayEvents

        return DisplayEvents(self.raw)

    @cached_property
    def enumerations(self) -> "Enumerations":
        from .enumerations import Enumerations

        return Enumerations(self.raw)

    @cached_property
    def fields(self) -> "Fields":
        from .fields import Fields

        return Fields(self.raw)

    @cached_property
    def imports(self) -> "Imports":
        from .imports import Imports

        return Imports(self.raw)

    @cached_property
    def legacy(self) -> "Legacy":
        from .legacy import Legacy

        return Legacy(self.raw)

    @cached_property
    def marketing_pressure(self) -> "MarketingPressure":
        from .marketing_pressure import MarketingPressure

        return MarketingPressure(self.raw)

    @cached_property
    def notification_events(self) -> "NotificationEvents":
        from .notification_events import NotificationEvents

        return NotificationEvents(self.raw)

    @cached_property
    def notification_reactivities(self) -> "NotificationReactivities":
        from .notification_reactivities import NotificationReactivities

        return NotificationReactivities(self.raw)

    @cached_property
    def notifications(self) -> "Notifications":
        from .notifications import Notifications

        return Notifications(self.raw)

    @cached_property
    def segments(self) -> "Segments":
        from .segments import Segments

        return Segments(self.raw)

    @cached_property
    def subscriptions(self) -> "Subscriptions":
        from .subscriptions import Subscriptions

        return Subscriptions(self.raw)

    @cached_property
    def targets(self) -> "Targets":
        from .targets import Targets

        return Targets(self.raw)

    @cached_property
    def webtasks(self) -> "Webtasks":
        from .webtasks import Webtasks

        return Webtasks(self.raw)

    @cached_property
    def workflows(self) -> "Workflows":
        from .workflows import Workflows

        return Workflows(self.raw)


class AsyncNamespaces:
    """One namespace of coroutines per tag, created on first use."""

    @property
    def raw(self) -> AuthenticatedClient:
        raise NotImplementedError

    @cached_property
    def action_events(self) -> "AsyncActionEvents":
        from .action_events import AsyncActionEvents

        return AsyncActionEvents(self.raw)

    @cached_property
    def action_reactivities(self) -> "AsyncActionReactivities":
        from .action_reactivities import AsyncActionReactivities

        return AsyncActionReactivities(self.raw)

    @cached_property
    def actions(self) -> "AsyncActions":
        from .actions import AsyncActions

        return AsyncActions(self.raw)

    @cached_property
    def applications(self) -> "AsyncApplications":
        from .applications import AsyncApplications

        return AsyncApplications(self.raw)

    @cached_property
    def archives(self) -> "AsyncArchives":
        from .archives import AsyncArchives

        return AsyncArchives(self.raw)

    @cached_property
    def campaign_events(self) -> "AsyncCampaignEvents":
        from .campaign_events import AsyncCampaignEvents

        return AsyncCampaignEvents(self.raw)

    @cached_property
    def campaigns(self) -> "AsyncCampaigns":
        from .campaigns import AsyncCampaigns

        return AsyncCampaigns(self.raw)

    @cached_property
    def categories(self) -> "AsyncCategories":
        from .categories import AsyncCategories

        return AsyncCategories(self.raw)

    @cached_property
    def compilables(self) -> "AsyncCompilables":
        from .compilables import AsyncCompilables

        return AsyncCompilables(self.raw)

    @cached_property
    def contact_events(self) -> "AsyncContactEvents":
        from .contact_events import AsyncContactEvents

        return AsyncContactEvents(self.raw)

    @cached_property
    def display_events(self) -> "AsyncDisplayEvents":
        from .display_events import AsyncDisplayEvents

        return AsyncDisplayEvents(self.raw)

    @cached_property
    def enumerations(self) -> "AsyncEnumerations":
        from .enumerations import AsyncEnumerations

        return AsyncEnumerations(self.raw)

    @cached_property
    def fields(self) -> "AsyncFields":
        from .fields import AsyncFields

        return AsyncFields(self.raw)

    @cached_property
    def imports(self) -> "AsyncImports":
        from .imports import AsyncImports

        return AsyncImports(self.raw)

    @cached_property
    def legacy(self) -> "AsyncLegacy":
        from .legacy import AsyncLegacy

        return AsyncLegacy(self.raw)

    @cached_property
    def marketing_pressure(self) -> "AsyncMarketingPressure":
        from .marketing_pressure import AsyncMarketingPressure

        return AsyncMarketingPressure(self.raw)

    @cached_property
    def notification_events(self) -> "AsyncNotificationEvents":
        from .notification_events import AsyncNotificationEvents

        return AsyncNotificationEvents(self.raw)

    @cached_property
    def notification_reactivities(self) -> "AsyncNotificationReactivities":
        from .notification_reactivities import AsyncNotificationReactivities

        return AsyncNotificationReactivities(self.raw)

    @cached_property
    def notifications(self) -> "AsyncNotifications":
        from .notifications import AsyncNotifications

        return AsyncNotifications(self.raw)

    @cached_property
    def segments(self) -> "AsyncSegments":
        from .segments import AsyncSegments

        return AsyncSegments(self.raw)

    @cached_property
    def subscriptions(self) -> "AsyncSubscriptions":
        from .subscriptions import AsyncSubscriptions

        return AsyncSubscriptions(self.raw)

    @cached_property
    def targets(self) -> "AsyncTargets":
        from .targets import AsyncTargets

        return AsyncTargets(self.raw)

    @cached_property
    def webtasks(self) -> "AsyncWebtasks":
        from .webtasks import AsyncWebtasks

        return AsyncWebtasks(self.raw)

    @cached_property
    def workflows(self) -> "AsyncWorkflows":
        from .workflows import AsyncWorkflows

        return AsyncWorkflows(self.raw)


class RawNamespaces:
    """One namespace per tag whose operations return the answer as received (types.APIResponse)."""

    @property
    def raw(self) -> AuthenticatedClient:
        raise NotImplementedError

    @cached_property
    def action_events(self) -> "RawActionEvents":
        from .action_events import RawActionEvents

        return RawActionEvents(self.raw)

    @cached_property
    def action_reactivities(self) -> "RawActionReactivities":
        from .action_reactivities import RawActionReactivities

        return RawActionReactivities(self.raw)

    @cached_property
    def actions(self) -> "RawActions":
        from .actions import RawActions

        return RawActions(self.raw)

    @cached_property
    def applications(self) -> "RawApplications":
        from .applications import RawApplications

        return RawApplications(self.raw)

    @cached_property
    def archives(self) -> "RawArchives":
        from .archives import RawArchives

        return RawArchives(self.raw)

    @cached_property
    def campaign_events(self) -> "RawCampaignEvents":
        from .campaign_events import RawCampaignEvents

        return RawCampaignEvents(self.raw)

    @cached_property
    def campaigns(self) -> "RawCampaigns":
        from .campaigns import RawCampaigns

        return RawCampaigns(self.raw)

    @cached_property
    def categories(self) -> "RawCategories":
        from .categories import RawCategories

        return RawCategories(self.raw)

    @cached_property
    def compilables(self) -> "RawCompilables":
        from .compilables import RawCompilables

        return RawCompilables(self.raw)

    @cached_property
    def contact_events(self) -> "RawContactEvents":
        from .contact_events import RawContactEvents

        return RawContactEvents(self.raw)

    @cached_property
    def display_events(self) -> "RawDisplayEvents":
        from .display_events import RawDisplayEvents

        return RawDisplayEvents(self.raw)

    @cached_property
    def enumerations(self) -> "RawEnumerations":
        from .enumerations import RawEnumerations

        return RawEnumerations(self.raw)

    @cached_property
    def fields(self) -> "RawFields":
        from .fields import RawFields

        return RawFields(self.raw)

    @cached_property
    def imports(self) -> "RawImports":
        from .imports import RawImports

        return RawImports(self.raw)

    @cached_property
    def legacy(self) -> "RawLegacy":
        from .legacy import RawLegacy

        return RawLegacy(self.raw)

    @cached_property
    def marketing_pressure(self) -> "RawMarketingPressure":
        from .marketing_pressure import RawMarketingPressure

        return RawMarketingPressure(self.raw)

    @cached_property
    def notification_events(self) -> "RawNotificationEvents":
        from .notification_events import RawNotificationEvents

        return RawNotificationEvents(self.raw)

    @cached_property
    def notification_reactivities(self) -> "RawNotificationReactivities":
        from .notification_reactivities import RawNotificationReactivities

        return RawNotificationReactivities(self.raw)

    @cached_property
    def notifications(self) -> "RawNotifications":
        from .notifications import RawNotifications

        return RawNotifications(self.raw)

    @cached_property
    def segments(self) -> "RawSegments":
        from .segments import RawSegments

        return RawSegments(self.raw)

    @cached_property
    def subscriptions(self) -> "RawSubscriptions":
        from .subscriptions import RawSubscriptions

        return RawSubscriptions(self.raw)

    @cached_property
    def targets(self) -> "RawTargets":
        from .targets import RawTargets

        return RawTargets(self.raw)

    @cached_property
    def webtasks(self) -> "RawWebtasks":
        from .webtasks import RawWebtasks

        return RawWebtasks(self.raw)

    @cached_property
    def workflows(self) -> "RawWorkflows":
        from .workflows import RawWorkflows

        return RawWorkflows(self.raw)


class AsyncRawNamespaces:
    """One namespace of coroutines per tag returning the answer as received."""

    @property
    def raw(self) -> AuthenticatedClient:
        raise NotImplementedError

    @cached_property
    def action_events(self) -> "AsyncRawActionEvents":
        from .action_events import AsyncRawActionEvents

        return AsyncRawActionEvents(self.raw)

    @cached_property
    def action_reactivities(self) -> "AsyncRawActionReactivities":
        from .action_reactivities import AsyncRawActionReactivities

        return AsyncRawActionReactivities(self.raw)

    @cached_property
    def actions(self) -> "AsyncRawActions":
        from .actions import AsyncRawActions

        return AsyncRawActions(self.raw)

    @cached_property
    def applications(self) -> "AsyncRawApplications":
        from .applications import AsyncRawApplications

        return AsyncRawApplications(self.raw)

    @cached_property
    def archives(self) -> "AsyncRawArchives":
        from .archives import AsyncRawArchives

        return AsyncRawArchives(self.raw)

    @cached_property
    def campaign_events(self) -> "AsyncRawCampaignEvents":
        from .campaign_events import AsyncRawCampaignEvents

        return AsyncRawCampaignEvents(self.raw)

    @cached_property
    def campaigns(self) -> "AsyncRawCampaigns":
        from .campaigns import AsyncRawCampaigns

        return AsyncRawCampaigns(self.raw)

    @cached_property
    def categories(self) -> "AsyncRawCategories":
        from .categories import AsyncRawCategories

        return AsyncRawCategories(self.raw)

    @cached_property
    def compilables(self) -> "AsyncRawCompilables":
        from .compilables import AsyncRawCompilables

        return AsyncRawCompilables(self.raw)

    @cached_property
    def contact_events(self) -> "AsyncRawContactEvents":
        from .contact_events import AsyncRawContactEvents

        return AsyncRawContactEvents(self.raw)

    @cached_property
    def display_events(self) -> "AsyncRawDisplayEvents":
        from .display_events import AsyncRawDisplayEvents

        return AsyncRawDisplayEvents(self.raw)

    @cached_property
    def enumerations(self) -> "AsyncRawEnumerations":
        from .enumerations import AsyncRawEnumerations

        return AsyncRawEnumerations(self.raw)

    @cached_property
    def fields(self) -> "AsyncRawFields":
        from .fields import AsyncRawFields

        return AsyncRawFields(self.raw)

    @cached_property
    def imports(self) -> "AsyncRawImports":
        from .imports import AsyncRawImports

        return AsyncRawImports(self.raw)

    @cached_property
    def legacy(self) -> "AsyncRawLegacy":
        from .legacy import AsyncRawLegacy

        return AsyncRawLegacy(self.raw)

    @cached_property
    def marketing_pressure(self) -> "AsyncRawMarketingPressure":
        from .marketing_pressure import AsyncRawMarketingPressure

        return AsyncRawMarketingPressure(self.raw)

    @cached_property
    def notification_events(self) -> "AsyncRawNotificationEvents":
        from .notification_events import AsyncRawNotificationEvents

        return AsyncRawNotificationEvents(self.raw)

    @cached_property
    def notification_reactivities(self) -> "AsyncRawNotificationReactivities":
        from .notification_reactivities import AsyncRawNotificationReactivities

        return AsyncRawNotificationReactivities(self.raw)

    @cached_property
    def notifications(self) -> "AsyncRawNotifications":
        from .notifications import AsyncRawNotifications

        return AsyncRawNotifications(self.raw)

    @cached_property
    def segments(self) -> "AsyncRawSegments":
        from .segments import AsyncRawSegments

        return AsyncRawSegments(self.raw)

    @cached_property
    def subscriptions(self) -> "AsyncRawSubscriptions":
        from .subscriptions import AsyncRawSubscriptions

        return AsyncRawSubscriptions(self.raw)

    @cached_property
    def targets(self) -> "AsyncRawTargets":
        from .targets import AsyncRawTargets

        return AsyncRawTargets(self.raw)

    @cached_property
    def webtasks(self) -> "AsyncRawWebtasks":
        from .webtasks import AsyncRawWebtasks

        return AsyncRawWebtasks(self.raw)

    @cached_property
    def workflows(self) -> "AsyncRawWorkflows":
        from .workflows import AsyncRawWorkflows

        return AsyncRawWorkflows(self.raw)
