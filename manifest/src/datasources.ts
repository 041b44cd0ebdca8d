// The API's data sources, declared once. Resolver file names refer to them by name
// (`Query.getEvent.[table].ts`); cdk/ creates them and local/ serves them from this list.
import type { DataSourceSpec } from './types';

export const dataSources: Readonly<Record<string, DataSourceSpec>> = {
  table: { name: 'table', kind: 'AMAZON_DYNAMODB', table: 'main' },
  NONE: { name: 'NONE', kind: 'NONE' },
};
