from django.urls import path

from .embargo import embargo_page
from .views import preview_page

urlpatterns = [path("", preview_page, name="newsroom_preview")]
embargo_urlpatterns = [path("", embargo_page, name="newsroom_embargo")]
