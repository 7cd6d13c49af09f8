"""Execution of a query through a plan prepared once per document.

graphql-core's executor does, for every field of every object of a listing, the same work:
collect the sub-selection, find the field's definition, build a resolve info, call the
resolver (for most fields a generic attribute lookup), then inspect the return type to decide
how to complete the value. For a listing of 100 cards that is thousands of identical decisions
per request, and it is most of the request's time.

A plan makes those decisions once per document and runtime type: for each object type reached,
the list of its fields with the attribute to read (plain attributes are read with `getattr`,
without a resolver call or an info object) or the resolver to call, and a completer built from
the return type (lists completed in one comprehension, leaves serialised by their type). Plans
are kept per parsed document (the pipeline parses each query text once), so a persisted
operation is planned on its first request.

The plan covers what the contract's operations use. Anything else runs through graphql-core's
normal execution, with the same results: a document with directives or introspection fields
is never planned, and any error raised while executing a plan (a resolver's coded error, a null
in a non-null position, a value of the wrong type) abandons the planned run, which is executed
again by graphql-core so that the partial data and the errors are exactly graphql-core's.
"""

from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from threading import Lock
from typing import Any

from graphene.types.resolver import dict_or_attr_resolver
from graphql import (
    DirectiveNode,
    DocumentNode,
    ExecutionContext,
    FieldNode,
    GraphQLEnumType,
    GraphQLError,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLResolveInfo,
    GraphQLScalarType,
    GraphQLSchema,
    GraphQLString,
    Undefined,
    is_abstract_type,
    visit,
)
from graphql.execution.collect_fields import collect_fields, collect_sub_fields
from graphql.execution.execute import get_field_def
from graphql.execution.values import get_argument_values
from graphql.language.visitor import Visitor

PLANNED_DOCUMENTS = 256
TYPENAME = "__typename"


class Unplanned(Exception):
    """The planned run stops; graphql-core executes the document instead."""


class _Unplannable(Visitor):
    """Directives (@skip, @include) depend on variables; introspection is rare and big."""

    def __init__(self) -> None:
        super().__init__()
        self.found = False

    def enter_directive(self, node: DirectiveNode, *_args) -> None:
        self.found = True

    def enter_field(self, node: FieldNode, *_args) -> None:
        if node.name.value in ("__schema", "__type"):
            self.found = True


def plannable(document: DocumentNode) -> bool:
    finder = _Unplannable()
    visit(document, finder)
    return not finder.found


class FieldStep:
    """One field of one object type: its response key and how to get and complete its value."""

    __slots__ = ("attribute", "complete", "default", "definition", "key", "nodes", "resolver")

    def __init__(self, key: str, nodes: list[FieldNode], definition) -> None:
        self.key = key
        self.nodes = nodes
        self.definition = definition
        resolver = definition.resolve
        self.attribute = None
        self.default = None
        self.resolver = resolver
        if isinstance(resolver, partial) and resolver.func is dict_or_attr_resolver:
            self.attribute, self.default = resolver.args[0], resolver.args[1]
        self.complete: Callable[[Any, Any], Any] | None = None


class DocumentPlan:
    """The steps of each (object type, field nodes) pair met in one document, built lazily the
    first time a run reaches them and shared by every later run of the document."""

    def __init__(self, schema: GraphQLSchema, document: DocumentNode) -> None:
        self.schema = schema
        self.document = document  # held: the plan is keyed by the document's id
        self.usable = plannable(document)
        self._steps: dict[tuple, list[FieldStep]] = {}
        self._lock = Lock()

    def steps(self, run: "PlannedRun", parent: GraphQLObjectType, nodes: list[FieldNode] | None):
        key = (parent.name, *map(id, nodes)) if nodes is not None else (parent.name,)
        steps = self._steps.get(key)
        if steps is None:
            with self._lock:
                steps = self._steps.get(key) or self._build(run, parent, nodes)
                self._steps[key] = steps
        return steps

    def _build(self, run: "PlannedRun", parent: GraphQLObjectType, nodes) -> list[FieldStep]:
        context = run.context
        if nodes is None:
            fields = collect_fields(
                self.schema,
                context.fragments,
                context.variable_values,
                parent,
                context.operation.selection_set,
            )
        else:
            fields = collect_sub_fields(
                self.schema, context.fragments, context.variable_values, parent, nodes
            )
        steps = []
        for key, field_nodes in fields.items():
            if field_nodes[0].name.value == TYPENAME:
                steps.append(_TypenameStep(key, field_nodes))
                continue
            definition = get_field_def(self.schema, parent, field_nodes[0])
            if definition is None:
                raise Unplanned(f"no field {field_nodes[0].name.value} on {parent.name}")
            step = FieldStep(key, field_nodes, definition)
            step.complete = self._completer(definition.type, field_nodes)
            steps.append(step)
        return steps

    def _completer(self, return_type, nodes: list[FieldNode]) -> Callable[[Any, Any], Any]:
        """A function (run, value) -> completed value for `return_type`, decided once."""
        if isinstance(return_type, GraphQLNonNull):
            inner = self._completer(return_type.of_type, nodes)

            def non_null(run, value):
                if value is None:
                    raise Unplanned("null in a non-null position")
                return inner(run, value)

            return non_null
        if isinstance(return_type, GraphQLList):
            item = self._completer(return_type.of_type, nodes)

            def listed(run, value):
                if value is None:
                    return None
                if isinstance(value, (str, bytes, dict)):
                    raise Unplanned("a list field returned a non-list")
                return [item(run, element) for element in value]

            return listed
        if return_type is GraphQLString:
            return _string
        if isinstance(return_type, (GraphQLScalarType, GraphQLEnumType)):
            serialize = return_type.serialize

            def leaf(run, value):
                if value is None:
                    return None
                serialized = serialize(value)
                if serialized is Undefined or serialized is None:
                    raise Unplanned("a leaf did not serialise")
                return serialized

            return leaf
        if is_abstract_type(return_type):

            def abstract(run, value):
                if value is None:
                    return None
                runtime = run.runtime_type(return_type, nodes, value)
                return run.object(runtime, nodes, value)

            return abstract

        def concrete(run, value):
            if value is None:
                return None
            return run.object(return_type, nodes, value)

        return concrete


def _string(run, value):
    if type(value) is str:
        return value
    if value is None:
        return None
    return GraphQLString.serialize(value)


class _TypenameStep:
    __slots__ = ("key", "nodes")

    def __init__(self, key: str, nodes: list[FieldNode]) -> None:
        self.key = key
        self.nodes = nodes


class PlannedRun:
    """One execution of a plan: graphql-core's execution context (coerced variables, the
    fragments, the context value) and the argument values, coerced once per field node."""

    def __init__(self, plan: DocumentPlan, context: ExecutionContext) -> None:
        self.plan = plan
        self.context = context
        self._arguments: dict[int, dict[str, Any]] = {}
        self._infos: dict[tuple, GraphQLResolveInfo] = {}

    def execute(self) -> dict[str, Any]:
        root = self.plan.schema.get_root_type(self.context.operation.operation)
        return self.fields(root, None, None)

    def object(self, parent: GraphQLObjectType, nodes: list[FieldNode], value) -> dict:
        if parent.is_type_of is not None and not parent.is_type_of(
            value, self._info(parent, nodes)
        ):
            raise Unplanned("is_type_of refused the value")
        return self.fields(parent, nodes, value)

    def fields(self, parent: GraphQLObjectType, nodes, source) -> dict[str, Any]:
        result = {}
        for step in self.plan.steps(self, parent, nodes):
            if type(step) is _TypenameStep:
                result[step.key] = parent.name
                continue
            if step.attribute is not None and not step.nodes[0].arguments:
                if type(source) is dict:
                    value = source.get(step.attribute, step.default)
                else:
                    value = getattr(source, step.attribute, step.default)
            else:
                value = self._resolve(step, parent, source)
            result[step.key] = step.complete(self, value)
        return result

    def _resolve(self, step: FieldStep, parent: GraphQLObjectType, source) -> Any:
        node = step.nodes[0]
        arguments = self._arguments.get(id(node))
        if arguments is None:
            arguments = get_argument_values(step.definition, node, self.context.variable_values)
            self._arguments[id(node)] = arguments
        info = self._info(parent, step.nodes, step.definition)
        resolver = step.resolver or self.context.field_resolver
        value = resolver(source, info, **arguments)
        if isinstance(value, Exception):
            raise Unplanned("a resolver returned an error")
        return value

    def runtime_type(self, abstract, nodes: list[FieldNode], value) -> GraphQLObjectType:
        info = self._info(abstract, nodes)
        resolve_type = abstract.resolve_type or self.context.type_resolver
        name = resolve_type(value, info, abstract)
        try:
            return self.context.ensure_valid_runtime_type(name, abstract, nodes, info, value)
        except GraphQLError as error:
            raise Unplanned(error.message) from None

    def _info(self, parent, nodes: list[FieldNode], definition=None) -> GraphQLResolveInfo:
        """What graphql-core would build for each call, built once per field and type in a run
        (only its `path` differs, and no resolver reads it: errors leave the plan)."""
        key = (parent.name, id(nodes[0]) if nodes else None, definition is None)
        info = self._infos.get(key)
        if info is None:
            info = self._infos[key] = self._new_info(parent, nodes, definition)
        return info

    def _new_info(self, parent, nodes: list[FieldNode], definition) -> GraphQLResolveInfo:
        context = self.context
        return GraphQLResolveInfo(
            nodes[0].name.value if nodes else "",
            nodes,
            definition.type if definition is not None else parent,
            parent,
            None,
            context.schema,
            context.fragments,
            context.root_value,
            context.operation,
            context.variable_values,
            context.context_value,
            context.is_awaitable,
        )


class Plans:
    """Plans by document, bounded like the parse cache they follow (protection.py)."""

    def __init__(self, size: int = PLANNED_DOCUMENTS) -> None:
        self.size = size
        self._plans: OrderedDict[int, DocumentPlan] = OrderedDict()
        self._lock = Lock()

    def for_document(self, schema: GraphQLSchema, document: DocumentNode) -> DocumentPlan:
        plan = self._plans.get(id(document))
        if plan is None or plan.document is not document or plan.schema is not schema:
            plan = DocumentPlan(schema, document)
            with self._lock:
                self._plans[id(document)] = plan
                while len(self._plans) > self.size:
                    self._plans.popitem(last=False)
        return plan


plans = Plans()


def execute_planned(
    schema: GraphQLSchema,
    document: DocumentNode,
    context_value: Any,
    variable_values: dict[str, Any],
    operation_name: str | None,
) -> dict[str, Any] | None:
    """The data of an error-free planned run, or None when graphql-core must execute it
    (the document is not plannable, its variables do not coerce, or the run stopped)."""
    plan = plans.for_document(schema, document)
    if not plan.usable:
        return None
    context = ExecutionContext.build(
        schema,
        document,
        context_value=context_value,
        raw_variable_values=variable_values,
        operation_name=operation_name,
    )
    if isinstance(context, list):
        return None
    try:
        return PlannedRun(plan, context).execute()
    except Exception:
        return None
