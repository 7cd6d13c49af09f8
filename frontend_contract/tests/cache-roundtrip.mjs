// Every committed operation, for every locale, run against a live server through Apollo Client,
// written into one shared InMemoryCache (possibleTypes from the schema), then read back: each
// result must come back exactly as the server sent it. A `__typename:id` standing for two
// contents (a translated block sharing its source's id, an image without one) fails here.
//
//   node tests/cache-roundtrip.mjs http://127.0.0.1:8000/graphql/
import { readFileSync } from "node:fs";
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { map } from "rxjs";
import { print } from "graphql";
import { operationDocuments } from "../lib/documents.mjs";

const endpoint = process.argv[2] ?? process.env.NEWSROOM_GRAPHQL_URL;
if (!endpoint) throw new Error("usage: node tests/cache-roundtrip.mjs <graphql endpoint URL>");
const LOCALES = ["en", "ar", "fr", "es"];
const { possibleTypes } = JSON.parse(
  readFileSync(new URL("../generated/possible-types.json", import.meta.url), "utf8"),
);

let answered; // what the server sent for the query in flight (queries run one at a time)
const record = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    map((result) => {
      if (result.errors?.length) {
        throw new Error(`${operation.operationName}: ${JSON.stringify(result.errors)}`);
      }
      answered = structuredClone(result.data);
      return result;
    }),
  ),
);
const cache = new InMemoryCache({ possibleTypes });
const client = new ApolloClient({
  cache,
  link: ApolloLink.from([record, new HttpLink({ uri: endpoint })]),
});
const documents = operationDocuments();
const runs = [];

async function run(name, variables) {
  const query = documents.get(name);
  if (!query) throw new Error(`no committed operation ${name}`);
  answered = undefined;
  const { data } = await client.query({ query, variables, fetchPolicy: "network-only" });
  if (answered === undefined) throw new Error(`${name} was not sent to the server`);
  runs.push({ name, query, variables, sent: answered });
  return data;
}

for (const locale of LOCALES) {
  await run("NewsroomFilters", { locale });
  const first = await run("NewsListing", { locale, first: 5 });
  const pages = [first];
  let info = first.newsItems.pageInfo;
  while (info.hasNextPage) {
    const next = await run("NewsListing", { locale, first: 5, after: info.endCursor });
    pages.push(next);
    info = next.newsItems.pageInfo;
  }
  const cards = pages.flatMap((page) => page.newsItems.edges.map((edge) => edge.node));
  for (const kind of ["PRESS_RELEASE", "REPORT", "CAMPAIGN_VICTORY"]) {
    await run("FilteredNewsListing", { locale, kind });
  }
  for (const card of cards) {
    await run("Article", { urlPath: card.urlPath });
    await run("LocalizedArticle", { urlPath: card.urlPath });
  }
}
// A locale switcher on the English articles: to each locale, with the default as fallback.
const english = await run("NewsListing", { locale: "en", first: 100 });
for (const locale of LOCALES.slice(1)) {
  for (const edge of english.newsItems.edges) {
    await run("Article", { urlPath: edge.node.urlPath, locale, fallback: true });
  }
}

// Answers as JSON with sorted keys: the cache rebuilds objects in its own key order.
function canonical(value) {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)))
      : item,
  );
}

const mismatches = [];
for (const { name, query, variables, sent } of runs) {
  const read = cache.readQuery({ query, variables });
  if (canonical(read) !== canonical(sent)) mismatches.push(`${name} ${JSON.stringify(variables)}`);
}

// Every object with an id, across every answer: the same `__typename:id` must never carry two
// different values for the same field.
const seen = new Map();
const conflicts = new Set();
let objects = 0;
function walk(value) {
  if (Array.isArray(value)) return value.forEach(walk);
  if (value === null || typeof value !== "object") return;
  if (value.__typename && value.id !== undefined) {
    objects += 1;
    const id = `${value.__typename}:${value.id}`;
    const fields = seen.get(id) ?? new Map();
    for (const [field, item] of Object.entries(value)) {
      if (item !== null && typeof item === "object") continue;
      if (fields.has(field) && fields.get(field) !== item) conflicts.add(`${id}.${field}`);
      fields.set(field, item);
    }
    seen.set(id, fields);
  }
  Object.values(value).forEach(walk);
}
runs.forEach((run) => walk(run.sent));

const report = {
  locales: LOCALES,
  requests: runs.length,
  answersReadBack: runs.length - mismatches.length,
  objectsChecked: objects,
  distinctIds: seen.size,
  conflicts: [...conflicts].sort(),
  mismatches,
  typenames: Object.fromEntries(
    [...[...seen.keys()].reduce((counts, id) => {
      const typename = id.split(":")[0];
      return counts.set(typename, (counts.get(typename) ?? 0) + 1);
    }, new Map())].sort(),
  ),
};
console.log(JSON.stringify(report));
const failed = mismatches.length + conflicts.size;
console.log(`${runs.length - mismatches.length} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
