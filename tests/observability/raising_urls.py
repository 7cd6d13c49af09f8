"""A URL whose view fails, for the Sentry test: the project's views never let one escape."""

from django.urls import path


def broken_view(request):
    raise RuntimeError("newsroom sentry test failure")


urlpatterns = [path("broken/", broken_view)]
