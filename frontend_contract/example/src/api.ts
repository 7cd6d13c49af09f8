// One function to run a committed operation: typed by its generated document node.
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

const ENDPOINT: string = import.meta.env.VITE_NEWSROOM_API ?? "/graphql/";

export class ApiError extends Error {}

export async function run<Data, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (body.errors?.length || body.data === undefined) {
    throw new ApiError(body.errors?.map((error) => error.message).join("; ") ?? response.statusText);
  }
  return body.data;
}
