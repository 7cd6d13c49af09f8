"""Guessing an editor's password through the admin login is throttled: after five wrong
passwords for one username from one address, that pair is locked out for fifteen minutes,
even with the right password."""

import datetime

import pytest
import time_machine
from django.test import Client

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

PASSWORD = "correct-horse-battery-42"
START = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "e@example.org", PASSWORD)


def sign_in(password: str, *, address: str = "203.0.113.7", username: str = "editor"):
    client = Client(REMOTE_ADDR=address)
    return client.post("/admin/login/", {"username": username, "password": password})


def fail(times: int, **kwargs) -> list[int]:
    return [sign_in("wrong-guess", **kwargs).status_code for _ in range(times)]


def test_wrong_passwords_are_answered_with_the_form_until_the_limit(editor):
    with time_machine.travel(START, tick=False):
        assert fail(4) == [200] * 4
        assert sign_in(PASSWORD).status_code == 302


def test_after_five_failures_even_the_right_password_is_locked_out(editor):
    with time_machine.travel(START, tick=False):
        statuses = fail(5)
        locked = sign_in(PASSWORD)

    assert statuses == [200, 200, 200, 200, 429]
    assert locked.status_code == 429
    assert b"Sign-in paused" in locked.content
    assert "_auth_user_id" not in locked.wsgi_request.session


def test_the_lockout_ends_after_the_fifteen_minute_cool_off(editor):
    with time_machine.travel(START, tick=False):
        fail(5)
    with time_machine.travel(START + datetime.timedelta(minutes=14), tick=False):
        assert sign_in(PASSWORD).status_code == 429
    with time_machine.travel(START + datetime.timedelta(minutes=30), tick=False):
        assert sign_in(PASSWORD).status_code == 302


def test_the_lockout_is_per_username_and_address(editor):
    with time_machine.travel(START, tick=False):
        fail(5)
        assert sign_in(PASSWORD, address="198.51.100.20").status_code == 302
