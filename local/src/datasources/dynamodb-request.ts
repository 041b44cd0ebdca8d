// Shapes of AppSync's DynamoDB request objects (appsync-spec.md §5, utils-dts resolver-return-types)
// and their translation into SDK v3 expression parameters. No I/O here.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { toWireMap } from './dynamodb-values';

export type AttributeMap = Record<string, Record<string, unknown>>;

export interface Expression {
  expression: string;
  expressionNames?: Record<string, string>;
  expressionValues?: AttributeMap;
}

export interface Condition extends Expression {
  equalsIgnore?: string[];
  consistentRead?: boolean;
  /** Transactions only; AppSync's default is true. */
  returnValuesOnConditionCheckFailure?: boolean;
  /** Custom: a Lambda decides what a failed condition becomes (datasources/versioned/condition-failure-handler). */
  conditionalCheckFailedHandler?: { strategy?: string; lambdaArn?: string };
}

export interface TransactItem {
  table: string;
  operation: 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'ConditionCheck';
  key: AttributeMap;
  attributeValues?: AttributeMap;
  update?: Expression;
  condition?: Condition;
  projection?: Expression;
}

export interface BatchGetTable {
  keys: AttributeMap[];
  consistentRead?: boolean;
  projection?: Expression;
}

export interface DynamoRequest {
  operation: string;
  key?: AttributeMap;
  attributeValues?: AttributeMap;
  update?: Expression;
  condition?: Condition;
  query?: Expression;
  filter?: Expression;
  projection?: Expression;
  index?: string;
  limit?: number;
  nextToken?: string;
  scanIndexForward?: boolean;
  consistentRead?: boolean;
  select?: string;
  totalSegments?: number;
  segment?: number;
  tables?: Record<string, unknown>;
  transactItems?: TransactItem[];
  /** Versioned data sources (datasources/versioned/): writes … */
  _version?: number;
  customPartitionKey?: string;
  populateIndexFields?: boolean;
  /** … and Sync. */
  lastSync?: number;
  basePartitionKey?: string;
  deltaIndexName?: string;
}

/** Merges the names/values of every expression a request carries into one SDK parameter set. */
export function expressionParts(...expressions: (Expression | undefined)[]): {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
} {
  const names: Record<string, string> = {};
  const values: AttributeMap = {};
  for (const expression of expressions) {
    Object.assign(names, expression?.expressionNames);
    Object.assign(values, expression?.expressionValues);
  }
  return {
    ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
    ExpressionAttributeValues: Object.keys(values).length ? toWireMap(values) : undefined,
  };
}
