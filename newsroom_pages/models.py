"""Django discovers models here; they live in modules named for what they hold."""

from .pages import (
    CampaignVictoryPage,
    NewsItemPage,
    NewsroomIndexPage,
    PressReleasePage,
    RelatedNewsItem,
    ReportPage,
)
from .snippets import Country, PressContact, Topic
from .takedown import Takedown

__all__ = [
    "CampaignVictoryPage",
    "Country",
    "NewsItemPage",
    "NewsroomIndexPage",
    "PressContact",
    "PressReleasePage",
    "RelatedNewsItem",
    "ReportPage",
    "Takedown",
    "Topic",
]
