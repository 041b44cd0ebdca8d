// The API's direct Lambda resolvers: fields an AWS_LAMBDA data source resolves with no code, keyed by
// `Type.field`. A resolver file's name is its wiring, but these have no file to carry a name (or a
// maxBatchSize), so they are declared here, beside datasources.ts; the manifest checks them like files.
import type { DirectLambdaDeclaration } from './types';

// Herald resolves every field with APPSYNC_JS code; e.g. `'Query.summary': { dataSource: 'summarizer' }`.
export const directLambdaResolvers: Readonly<Record<string, DirectLambdaDeclaration>> = {};
