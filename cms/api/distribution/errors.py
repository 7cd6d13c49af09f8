"""Coded errors for the distribution fields (`extensions.code`, as everywhere in the API)."""

from graphql import GraphQLError


def bad_input(message: str, code: str = "BAD_USER_INPUT") -> GraphQLError:
    return GraphQLError(message, extensions={"code": code})
