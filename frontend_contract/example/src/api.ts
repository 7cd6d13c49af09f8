// One function to run a committed operation, typed by its generated document node. It sends
// only the operation's persisted id in a GET (CDN-cacheable, and the CMS runs no text it did not
// ship) to the CMS on its own origin, through CORS: VITE_NEWSROOM_API=https://cms.example.org/graphql/.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { OperationDefinitionNode } from "graphql";
import manifest from "../../persisted-operations.json";

const ENDPOINT: string = import.meta.env.VITE_NEWSROOM_API ?? "/graphql/";

// Ids by operation name: the manifest maps each id to the text it stands for.
const ID_BY_NAME: Record<string, string> = Object.fromEntries(
  Object.entries(manifest as Record<string, string>).map(([id, text]) => [
    /^query (\w+)/m.exec(text)?.[1] ?? id,
    id,
  ]),
);

export class ApiError extends Error {}

function persistedId(document: TypedDocumentNode<unknown, never>): string {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === "OperationDefinition",
  );
  const id = operation?.name && ID_BY_NAME[operation.name.value];
  if (!id) throw new ApiError(`${operation?.name?.value ?? "an operation"} is not persisted`);
  return id;
}

export async function run<Data, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const url = new URL(ENDPOINT, window.location.href);
  url.searchParams.set("id", persistedId(document as TypedDocumentNode<unknown, never>));
  url.searchParams.set("variables", JSON.stringify(variables));
  const response = await fetch(url, { headers: { Accept: "application/graphql-response+json" } });
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (body.errors?.length || body.data == null) {
    throw new ApiError(body.errors?.map((error) => error.message).join("; ") ?? response.statusText);
  }
  return body.data;
}
