"""The test settings on a real PostgreSQL, started by `pytest --postgresql`."""

import dj_database_url

from .environment import require_env
from .test import *

DATABASES = {"default": dj_database_url.parse(require_env("NEWSROOM_TEST_DATABASE_URL"))}
DATABASES["default"]["TEST"] = {"NAME": "test_newsroom"}
