// @graphql-eslint over the contract: the schema with the plugin's recommended schema rules plus
// a description on every type, field, argument and enum value; the operations and fragments
// with its recommended operation rules. `npx eslint .` (run by tests/contract) must find nothing.
import graphql from "@graphql-eslint/eslint-plugin";

const schema = "schema.graphql";
// Value objects: they have no identity of their own and live inside their parent in a
// normalised cache (docs/frontend/global-ids.md); every other object type is a `Node`.
const WITHOUT_IDENTITY = [
  "Seo",
  "OgImage",
  "Alternate",
  "Embargo",
  "EmbargoRecipient",
  "Notice",
  "FocalPoint",
  "Rendition",
  "PageInfo",
  "SyncPage",
];
const documents = ["operations/*.graphql", "fragments/*.graphql"];

export default [
  {
    files: [schema],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema } } },
    plugins: { "@graphql-eslint": graphql },
    rules: {
      ...graphql.configs["flat/schema-recommended"].rules,
      "@graphql-eslint/strict-id-in-types": [
        "error",
        { exceptions: { types: WITHOUT_IDENTITY, suffixes: ["Connection", "Edge"] } },
      ],
      "@graphql-eslint/require-description": [
        "error",
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
    },
  },
  {
    files: documents,
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema, documents } },
    },
    plugins: { "@graphql-eslint": graphql },
    rules: graphql.configs["flat/operations-recommended"].rules,
  },
];
