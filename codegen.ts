import type { CodegenConfig } from '@graphql-codegen/cli';

// One config, three targets, all from schema/: resolver argument types, Lambda types, and the
// client's typed documents. Generated files are committed; a test fails when they are stale.
const scalars = {
  AWSDate: 'string',
  AWSTime: 'string',
  AWSDateTime: 'string',
  AWSTimestamp: 'number',
  AWSEmail: 'string',
  AWSJSON: 'string',
  AWSPhone: 'string',
  AWSURL: 'string',
  AWSIPAddress: 'string',
};

const serverTypes = {
  plugins: ['typescript'],
  config: { scalars, enumsAsTypes: true, avoidOptionals: false, skipTypename: true },
};

const config: CodegenConfig = {
  schema: ['schema/appsync.graphql', 'schema/schema.graphql'],
  ignoreNoDocuments: true,
  hooks: {},
  generates: {
    'resolvers/__generated__/graphql.ts': serverTypes,
    'functions/__generated__/graphql.ts': serverTypes,
    'client/src/gql/': {
      preset: 'client',
      documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**'],
      config: { scalars, enumsAsTypes: true, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
