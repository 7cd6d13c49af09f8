"""What `take_down` and `lift_takedown` share: the page and the user they name, read from the
command line, and their errors as a CommandError (a clear message, exit status 1)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError

from newsroom_pages.pages import NewsItemPage

from .takedown import TakedownError, news_item


def named_user(username: str | None) -> Any:
    """None: the operator, who holds the database; a name: that user, who needs Legal."""
    if username is None:
        return None
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise CommandError(f"There is no user {username!r}: nothing was changed.")
    return user


def named_item(page_id: str) -> NewsItemPage:
    try:
        return news_item(page_id)
    except TakedownError as error:
        raise failed(error) from None


def failed(error: TakedownError) -> CommandError:
    return CommandError(f"{error.code}: {error} Nothing was changed.")
