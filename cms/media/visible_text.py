"""Credits and alt texts must contain something a reader can see.

"Required" alone accepts a string of bidi overrides, zero-width characters or exotic spaces,
which renders as nothing. The same character class serves the form validator and the database
constraint: it is written with `\\uXXXX` escapes, which both Python's `re` (SQLite's REGEXP
in Django) and PostgreSQL's regular expressions read, so both refuse exactly the same strings.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

INVISIBLE = (
    r"\u0001-\u0020"  # C0 controls, space
    r"\u007f-\u00a0"  # DEL, C1 controls, no-break space
    r"\u00ad\u034f\u061c"  # soft hyphen, grapheme joiner, Arabic letter mark
    r"\u115f\u1160\u1680\u17b4\u17b5\u180b-\u180f"
    r"\u2000-\u200f"  # spaces, zero-width space/joiners, LRM, RLM
    r"\u2028-\u202f"  # line/paragraph separators, bidi embeddings and overrides
    r"\u205f-\u206f"  # word joiner, invisible operators, bidi isolates
    r"\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb"
    r"\U0001d173-\U0001d17a\U000e0000-\U000e0fff"  # musical format marks, tags, selectors
)
VISIBLE_CHARACTER = f"[^{INVISIBLE}]"
_VISIBLE = re.compile(VISIBLE_CHARACTER)


def has_visible_characters(text: str | None) -> bool:
    return bool(text) and _VISIBLE.search(text) is not None


def require_visible_characters(value: str) -> None:
    if value and not has_visible_characters(value):
        raise ValidationError(
            _("Write it in visible characters: spaces and invisible marks alone are not text."),
            code="invisible_only",
        )
