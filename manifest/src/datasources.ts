// The API's data sources, declared once. Resolver file names refer to them by name
// (`Query.getEvent.[table].ts`); cdk/ creates them and local/ serves them from this list.
// A Lambda data source names its handler folder under functions/.
import type { DataSourceSpec } from './types';

export const dataSources: Readonly<Record<string, DataSourceSpec>> = {
  table: { name: 'table', kind: 'AMAZON_DYNAMODB', table: 'main' },
  NONE: { name: 'NONE', kind: 'NONE' },
  announcer: { name: 'announcer', kind: 'AWS_LAMBDA', functionName: 'announce' },
  mailer: { name: 'mailer', kind: 'AWS_LAMBDA', functionName: 'mailer' },
  uploads: { name: 'uploads', kind: 'AWS_LAMBDA', functionName: 'upload-url' },
  imageCheck: { name: 'imageCheck', kind: 'AWS_LAMBDA', functionName: 'image-check' },
};
