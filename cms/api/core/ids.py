"""Ids arriving from clients: whole numbers a database column can hold, or a coded error (an
out-of-range integer would otherwise fail inside SQLite or PostgreSQL as an internal error)."""

from graphql import GraphQLError

from cms.api.core.errors import ErrorCode

MAX_DATABASE_ID = 2**63 - 1


def database_id(value: object, message: str) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise GraphQLError(message, extensions={"code": ErrorCode.BAD_USER_INPUT.value}) from None
    if not 1 <= number <= MAX_DATABASE_ID:
        raise GraphQLError(message, extensions={"code": ErrorCode.BAD_USER_INPUT.value})
    return number
