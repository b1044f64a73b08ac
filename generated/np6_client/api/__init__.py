"""Contains methods for accessing the API, and the per-tag namespace mixins."""

from functools import cached_property
from typing import TYPE_CHECKING

from ..client import AuthenticatedClient

if TYPE_CHECKING:
    from .action_events import ActionEvents, AsyncActionEvents
    from .action_reactivities import ActionReactivities, AsyncActionReactivities
    from .actions import Actions, AsyncActions
    from .applications import Applications, AsyncApplications
    from .archives import Archives, AsyncArchives
    from .campaign_events import AsyncCampaignEvents, CampaignEvents
    from .campaigns import AsyncCampaigns, Campaigns
    from .categories import AsyncCategories, Categories
    from .compilables import AsyncCompilables, Compilables
    from .contact_events import AsyncContactEvents, ContactEvents
    from .display_events import AsyncDisplayEvents, DisplayEvents
    from .enumerations import AsyncEnumerations, Enumerations
    from .fields import AsyncFields, Fields
    from .imports import AsyncImports, Imports
    from .legacy import AsyncLegacy, Legacy
    from .marketing_pressure import AsyncMarketingPressure, MarketingPressure
    from .notification_events import AsyncNotificationEvents, NotificationEvents
    from .notification_reactivities import (
        AsyncNotificationReactivities,
        NotificationReactivities,
    )
    from .notifications import AsyncNotifications, Notifications
    from .segments import AsyncSegments, Segments
    from .subscriptions import AsyncSubscriptions, Subscriptions
    from .targets import AsyncTargets, Targets
    from .webtasks import AsyncWebtasks, Webtasks
    from .workflows import AsyncWorkflows, Workflows


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
