"""The schema is the sum of the API's areas: an area that is not assembled adds nothing, so a new
area must be listed (cms/api/schema.py), and each says in its schema.py what it adds."""

from importlib import import_module
from pathlib import Path

import cms.api
from cms.api.schema import AREAS

NOT_AREAS = {"core", "http", "management", "static", "templates", "__pycache__"}


def _area_packages() -> set[str]:
    root = Path(cms.api.__file__).parent
    return {path.name for path in root.iterdir() if path.is_dir() and path.name not in NOT_AREAS}


def test_every_area_under_cms_api_is_assembled_into_the_schema():
    assert {area.__name__.split(".")[2] for area in AREAS} == _area_packages()


def test_every_area_declares_its_root_fields_and_types_in_its_schema_module():
    for name in _area_packages():
        module = import_module(f"cms.api.{name}.schema")
        assert hasattr(module, "QUERY") and isinstance(module.TYPES, tuple), name
