"""The /graphql/ endpoint.

graphene-django's view is kept for GraphiQL and response shaping; parsing, validation and
execution are taken over so that size, token, depth, alias and cost limits are checked before
anything executes, and so that no unexpected error reaches a client with internals in it.
"""

import json
import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView, HttpError
from graphql import ExecutionResult, GraphQLError, OperationDefinitionNode, execute, validate

from newsroom_pages.scheduling import catch_up_when_due

from .context import ApiContext
from .private import apply_private_headers
from .protection import checked_document, limits, limits_rule

logger = logging.getLogger(__name__)
INTERNAL_ERROR = "Internal server error."


def error_response(message: str, status: int) -> HttpResponse:
    body = json.dumps({"errors": [{"message": message}]})
    return HttpResponse(body, status=status, content_type="application/json")


@method_decorator(csrf_exempt, name="dispatch")
class NewsroomGraphQLView(GraphQLView):
    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in ("GET", "POST"):
            return error_response("GraphQL accepts GET and POST requests only.", 405)
        if self.graphiql and request.method == "GET" and self.request_wants_html(request):
            return super().dispatch(request, *args, **kwargs)
        maximum = limits()["MAX_BODY_BYTES"]
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if declared > maximum or len(request.META.get("QUERY_STRING", "")) > maximum:
            return error_response(f"The request is larger than {maximum} bytes.", 413)
        try:
            data = self.parse_body(request)
            result, status = self.get_response(request, data)
            response = HttpResponse(result, status=status, content_type="application/json")
            return apply_private_headers(request, response)
        except HttpError as error:
            message = error.message if isinstance(error.message, str) else INTERNAL_ERROR
            return error_response(message, error.response.status_code)
        except Exception:
            logger.exception("GraphQL request failed")
            return error_response(INTERNAL_ERROR, 500)

    def parse_body(self, request: HttpRequest) -> dict:
        if self.get_content_type(request) != "application/json":
            return super().parse_body(request)
        try:
            payload = json.loads(request.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise HttpError(
                HttpResponse(status=400), "The request body is not valid JSON."
            ) from None
        if isinstance(payload, list):
            raise HttpError(
                HttpResponse(status=400),
                "Batched requests are not supported: send one operation per request.",
            )
        if not isinstance(payload, dict):
            raise HttpError(HttpResponse(status=400), "The request body must be a JSON object.")
        return payload

    def execute_graphql_request(
        self, request, data, query, variables, operation_name, show_graphiql=False
    ) -> ExecutionResult:
        if not query or not isinstance(query, str):
            raise HttpError(HttpResponse(status=400), "Send a GraphQL query in `query`.")
        if variables is not None and not isinstance(variables, dict):
            raise HttpError(HttpResponse(status=400), "`variables` must be a JSON object.")
        configured = limits()
        schema = self.schema.graphql_schema
        document, errors = checked_document(
            schema, query, configured["MAX_TOKENS"], configured["INTROSPECTION"]
        )
        if document is None:
            return ExecutionResult(errors=list(errors))
        operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
        if operation_name and not any(
            op.name and op.name.value == operation_name for op in operations
        ):
            return ExecutionResult(errors=[GraphQLError(f"Unknown operation '{operation_name}'.")])
        if any(op.operation.value != "query" for op in operations):
            return ExecutionResult(errors=[GraphQLError("Only queries are supported.")])
        errors = [*errors, *validate(schema, document, [limits_rule(variables)])]
        if errors:
            return ExecutionResult(errors=errors)
        catch_up_when_due()
        return execute(
            schema,
            document,
            context_value=ApiContext(request),
            variable_values=variables,
            operation_name=operation_name,
        )

    @staticmethod
    def format_error(error) -> dict:
        if isinstance(error, GraphQLError):
            original = error.original_error
            if original is not None and not isinstance(original, GraphQLError):
                logger.error("Error while resolving %s", error.path, exc_info=original)
                return {"message": INTERNAL_ERROR, "path": error.path}
            return error.formatted
        return {"message": INTERNAL_ERROR}


def graphql_view():
    from .schema import schema

    return NewsroomGraphQLView.as_view(
        schema=schema, graphiql=settings.NEWSROOM_GRAPHQL["GRAPHIQL"]
    )
