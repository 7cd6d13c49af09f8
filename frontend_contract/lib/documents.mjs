// The committed operations as complete documents: each operation with the shared fragments it
// reaches (the same assembly as cms/api/contract.py on the server side).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, visit } from "graphql";

const root = new URL("..", import.meta.url).pathname;

function definitionsIn(folder) {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .flatMap((name) => parse(readFileSync(join(root, folder, name), "utf8")).definitions);
}

function spreadsOf(node) {
  const names = [];
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
}

export function operationDocuments() {
  const fragments = new Map(definitionsIn("fragments").map((d) => [d.name.value, d]));
  const documents = new Map();
  for (const operation of definitionsIn("operations")) {
    const used = new Map();
    const pending = spreadsOf(operation);
    while (pending.length) {
      const name = pending.shift();
      if (used.has(name)) continue;
      if (!fragments.has(name)) throw new Error(`${operation.name.value} uses unknown fragment ${name}`);
      used.set(name, fragments.get(name));
      pending.push(...spreadsOf(fragments.get(name)));
    }
    documents.set(operation.name.value, {
      kind: Kind.DOCUMENT,
      definitions: [operation, ...used.values()],
    });
  }
  return documents;
}
