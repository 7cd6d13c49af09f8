from .body import BodyBlock
from .pages import PageLoader

__all__ = ["BodyBlock", "PageLoader"]
