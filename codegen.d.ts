import type { CodegenConfig } from '@graphql-codegen/cli';
declare const config: CodegenConfig;
export default config;
