"""Response cache for anonymous, published-content GraphQL queries (see `response_cache`)."""
