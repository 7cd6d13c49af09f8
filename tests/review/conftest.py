import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

PASSWORD = "correct horse battery staple"


def user_in(group: str, username: str):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor():
    """A newsroom editor allowed to publish (Wagtail's Moderators group)."""
    return user_in("Moderators", "editor")


@pytest.fixture
def reviewer():
    return user_in("Reviewers", "reviewer")


def edit_form(page, *, action: str, go_live_at: str = "", **fields) -> dict:
    """The editor's form for a press release, as the browser posts it."""
    data = nested_form_data(
        {
            "title": fields.get("title", page.title),
            "slug": page.slug,
            "publication_date": str(page.publication_date),
            "summary": page.summary,
            "notices": streamfield([]),
            "body": streamfield([("paragraph", rich_text("<p>Body text.</p>"))]),
            "related_item_links": inline_formset([]),
            "comments": inline_formset([]),
            "go_live_at": go_live_at,
            "expire_at": "",
        }
    )
    data[action] = action
    return data


@pytest.fixture
def press_list():
    from tests.factories import JournalistFactory, PressListFactory

    return PressListFactory(journalists=[JournalistFactory(), JournalistFactory()])
