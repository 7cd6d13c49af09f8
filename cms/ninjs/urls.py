from django.urls import path

from . import views

app_name = "ninjs"

urlpatterns = [
    path("ninjs/<str:locale>/items.json", views.items, name="items"),
    path("ninjs/<str:locale>/<str:slug>.json", views.item, name="item"),
]
