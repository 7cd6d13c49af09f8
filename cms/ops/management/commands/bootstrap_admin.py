import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the first admin user with a random password and print the login once. "
        "Does nothing when the user already exists."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--username", default="admin")
        parser.add_argument("--url", default=f"{settings.WAGTAILADMIN_BASE_URL}/admin/")

    def handle(self, *args, username: str, url: str, **options) -> None:
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin user '{username}' already exists; its password was printed when it was "
                f"created. Reset it with: .venv/bin/python manage.py changepassword {username}"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                "\n  Newsroom CMS admin login (shown once)\n"
                f"    URL:      {url}\n"
                f"    Username: {username}\n"
                f"    Password: {password}\n"
            )
        )
