// Prints graphql-js's standard introspection query (what GraphiQL, graphql-inspector and
// graphql-codegen send) as one JSON line: {"query": "..."}.
import { getIntrospectionQuery } from "graphql";

console.log(
  JSON.stringify({
    query: getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    }),
  })
);
