"""Django discovers models here; they live in modules named for what they hold."""

from .links import EmbargoLink, EmbargoOpen
from .press import Journalist, PressList

__all__ = ["EmbargoLink", "EmbargoOpen", "Journalist", "PressList"]
