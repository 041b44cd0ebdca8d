// The manifest of an API served from a LocalApiConfig: manifest/'s buildManifest with the config's
// schema files, resolvers folder, data sources and direct Lambda resolvers instead of Herald's, and
// AppSync's built-ins from this repository. Bundles stay in memory (source maps included).
import { fileURLToPath } from 'node:url';
import { buildManifest, type Manifest } from '../../../manifest/src/index';
import { dataSourceSpec } from './create-data-sources';
import type { LocalApiConfig } from './local-api-config';

const BUILT_INS_FILE = fileURLToPath(new URL('../../../schema/appsync.graphql', import.meta.url));

export function buildApiManifest(config: LocalApiConfig, root: string): Promise<Manifest> {
  return buildManifest({
    root,
    builtInsFile: BUILT_INS_FILE,
    schemaFiles: typeof config.schema === 'string' ? [config.schema] : config.schema,
    resolversDir: config.resolvers,
    dataSources: Object.fromEntries(Object.entries(config.dataSources).map(([name, source]) => [name, dataSourceSpec(name, source)])),
    directLambdaResolvers: config.directLambdaResolvers ?? {},
    declaredIn: { dataSources: 'config.dataSources', directLambdaResolvers: 'config.directLambdaResolvers' },
    write: false,
  });
}
