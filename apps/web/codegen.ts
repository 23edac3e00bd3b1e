import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed GraphQL documents for the web app, generated from the schema the API serves. */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  // Unit tests and their stand-ins hold no documents of the app.
  documents: [
    'apps/web/src/**/*.{ts,tsx}',
    '!apps/web/src/gql/**',
    '!apps/web/src/**/*.spec.ts',
    '!apps/web/src/**/*.fixture.ts',
    '!apps/web/src/testing/**',
  ],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        defaultScalarType: 'unknown',
        nonOptionalTypename: false,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
