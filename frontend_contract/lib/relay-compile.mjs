// relay-compiler over the contract: Relay reads GraphQL from `graphql` tags in JS/TS modules,
// so each operation and fragment file becomes a module in a temporary directory (named like
// the file) and relay-compiler compiles them against schema.graphql, as a Relay app would.
// Usage: node lib/relay-compile.mjs [extra.graphql ...]  (extra documents, for tests)
// Exit code and output are relay-compiler's.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parse, print } from "graphql";

const root = new URL("..", import.meta.url).pathname;
const files = ["operations", "fragments"].flatMap((folder) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => join(root, folder, name)),
);
files.push(...process.argv.slice(2));

const work = mkdtempSync(join(tmpdir(), "relay-contract-"));
try {
  mkdirSync(join(work, "src"));
  mkdirSync(join(work, "__generated__"));
  for (const file of files) {
    const tags = parse(readFileSync(file, "utf8")).definitions.map(
      (definition) => `graphql\`\n${print(definition)}\n\`;`,
    );
    const module = `import { graphql } from "relay-runtime";\n\n${tags.join("\n\n")}\n`;
    writeFileSync(join(work, "src", `${basename(file, ".graphql")}.ts`), module);
  }
  writeFileSync(
    join(work, "relay.config.json"),
    JSON.stringify({
      src: "src",
      schema: join(root, "schema.graphql"),
      language: "typescript",
      artifactDirectory: "__generated__",
    }),
  );
  const compiler = join(root, "node_modules", ".bin", "relay-compiler");
  const run = spawnSync(compiler, ["--noWatchman", "--output", "quiet-with-errors"], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  process.stdout.write(run.stdout ?? "");
  process.stderr.write(run.stderr ?? "");
  const artifacts = readdirSync(join(work, "__generated__")).length;
  process.stdout.write(`relay-compiler: ${files.length} files, ${artifacts} artifacts\n`);
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
