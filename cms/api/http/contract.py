"""The frontend contract's operations as complete GraphQL documents.

Operations in `frontend_contract/operations/` use fragments shared from
`frontend_contract/fragments/`, as frontend teams write them; a document sent to the API is an
operation followed by every fragment it reaches, printed in one canonical form so that the same
operation always has the same text (and hash).
"""

from functools import cache
from pathlib import Path

from graphql import (
    DocumentNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLSyntaxError,
    Node,
    OperationDefinitionNode,
    parse,
    print_ast,
    visit,
)
from graphql.language import Visitor

CONTRACT_DIR = Path(__file__).resolve().parents[3] / "frontend_contract"
OPERATIONS_DIR = CONTRACT_DIR / "operations"
FRAGMENTS_DIR = CONTRACT_DIR / "fragments"
SCHEMA_FILE = CONTRACT_DIR / "schema.graphql"
MANIFEST_FILE = CONTRACT_DIR / "persisted-operations.json"


class ContractError(ValueError):
    pass


def _definitions(path: Path) -> list:
    try:
        return list(parse(path.read_text()).definitions)
    except GraphQLSyntaxError as error:
        raise ContractError(f"{path.name}: {error.message}") from None


def fragments(directory: Path = FRAGMENTS_DIR) -> dict[str, FragmentDefinitionNode]:
    found: dict[str, FragmentDefinitionNode] = {}
    for path in sorted(directory.glob("*.graphql")):
        for definition in _definitions(path):
            if not isinstance(definition, FragmentDefinitionNode):
                raise ContractError(f"{path.name} may hold fragments only.")
            if definition.name.value in found:
                raise ContractError(f"Fragment {definition.name.value} is defined twice.")
            found[definition.name.value] = definition
    return found


def _spreads(node: Node) -> list[str]:
    names: list[str] = []

    class Spreads(Visitor):
        def enter_fragment_spread(self, spread: FragmentSpreadNode, *_args) -> None:
            names.append(spread.name.value)

    visit(node, Spreads())
    return names


def assemble(operation: OperationDefinitionNode, shared: dict) -> DocumentNode:
    """The operation and the fragments it reaches, in order of first use."""
    used: dict[str, FragmentDefinitionNode] = {}
    pending = _spreads(operation)
    while pending:
        name = pending.pop(0)
        if name in used:
            continue
        if name not in shared:
            raise ContractError(f"{operation.name.value} uses unknown fragment {name}.")
        used[name] = shared[name]
        pending.extend(_spreads(shared[name]))
    return DocumentNode(definitions=(operation, *used.values()))


@cache
def documents() -> dict[str, str]:
    """Operation name -> the complete document's text, for every committed operation."""
    shared = fragments()
    result: dict[str, str] = {}
    for path in sorted(OPERATIONS_DIR.glob("*.graphql")):
        definitions = _definitions(path)
        operations = [d for d in definitions if isinstance(d, OperationDefinitionNode)]
        if len(operations) != 1 or len(definitions) != 1:
            raise ContractError(f"{path.name} must hold one operation and no fragments.")
        if operations[0].name is None or operations[0].name.value != path.stem:
            raise ContractError(f"{path.name} must hold the operation named {path.stem}.")
        result[path.stem] = print_ast(assemble(operations[0], shared)) + "\n"
    return result
