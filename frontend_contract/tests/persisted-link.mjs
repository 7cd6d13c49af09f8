// Apollo Client's persisted-query link against a live server: the hash goes in a GET (CDN-
// cacheable), the server runs the document it shipped, and nothing else is sent. Prints one
// JSON line: what the server received and what came back.
//
//   node tests/persisted-link.mjs http://127.0.0.1:8000/graphql/
import { readFileSync } from "node:fs";
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { operationDocuments } from "../lib/documents.mjs";

const endpoint = process.argv[2];
if (!endpoint) throw new Error("usage: node tests/persisted-link.mjs <graphql endpoint URL>");
const sent = [];
const recordingFetch = (uri, options) => {
  sent.push({ method: options.method, url: String(uri), body: options.body ?? null });
  return fetch(uri, options);
};
// Trusted documents: ids come from the committed manifest by operation name (Apollo adds
// __typename to what it prints, so a hash of its own printout would name no shipped document).
const manifest = JSON.parse(
  readFileSync(new URL("../persisted-operations.json", import.meta.url), "utf8"),
);
const idByName = Object.fromEntries(
  Object.entries(manifest).map(([id, text]) => [text.match(/^query (\w+)/m)[1], id]),
);
const generateHash = (document) =>
  idByName[document.definitions.find((d) => d.kind === "OperationDefinition").name.value];
const client = new ApolloClient({
  cache: new InMemoryCache(),
  link: new PersistedQueryLink({ generateHash, useGETForHashedQueries: true }).concat(
    new HttpLink({ uri: endpoint, fetch: recordingFetch }),
  ),
});
const { data } = await client.query({
  query: operationDocuments().get("NewsListing"),
  variables: { first: 2 },
});
console.log(JSON.stringify({ sent, titles: data.newsItems.edges.map((e) => e.node.title) }));
