import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every operation in src/operations/*.graphql, checked against the gateway's
 * public schema (built by @tjxf/gateway before this package). String documents keep
 * graphql-js out of the portals' bundles: the fetch wrapper only needs the text.
 */
const config: CodegenConfig = {
  schema: '../../gateway/api-schema.graphql',
  documents: ['src/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        strictScalars: true,
        scalars: { DateTimeISO: 'string' },
        enumType: 'string-literal',
        avoidOptionals: false,
      },
    },
  },
};

export { config as default };
