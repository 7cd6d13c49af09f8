from django.urls import path

from .views import preview_page

urlpatterns = [path("", preview_page, name="newsroom_preview")]
