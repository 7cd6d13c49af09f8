"""`pytest --stack`: run only the tests marked `stack`, against the production topology on
loopback (infra/stack). Without the option they are deselected: they start a dozen processes
and get their own pass in `make test`."""

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--stack",
        action="store_true",
        help="Run the tests marked 'stack' against PostgreSQL + replica, Redis, S3, 2 app "
        "instances and nginx on 127.0.0.1.",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    wanted = config.getoption("--stack")
    keep = [item for item in items if bool(item.get_closest_marker("stack")) == wanted]
    config.hook.pytest_deselected(items=[item for item in items if item not in keep])
    items[:] = keep
