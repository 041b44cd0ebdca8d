// Maps engine failures to AppSync's ctx.error for DynamoDB data sources: type `DynamoDB:<Exception>`
// and the Java SDK v2 message suffix AppSync shows (appsync-spec.md §5, [O] public payloads).
import { randomBytes } from 'node:crypto';
import type { DataSourceError } from './data-source';

/**
 * Exceptions the Java SDK v2 behind AppSync models by name. Anything else (ValidationException,
 * AccessDeniedException …) reaches resolvers as the generic `DynamoDbException` — observed in
 * public AppSync payloads since the runtime moved to SDK v2 (older payloads said
 * `AmazonDynamoDBException`, spec §5 row [U]).
 */
const MODELED = new Set([
  'ConditionalCheckFailedException',
  'TransactionCanceledException',
  'TransactionConflictException',
  'TransactionInProgressException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceededException',
  'ResourceNotFoundException',
  'ItemCollectionSizeLimitExceededException',
  'InternalServerErrorException',
  'IdempotentParameterMismatchException',
]);

export const GENERIC_TYPE = 'DynamoDB:DynamoDbException';

/** AWS request ids are 52 upper-case base-32 characters; DynamoDB Local's are UUIDs. */
function requestId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return [...randomBytes(52)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

export function withServiceSuffix(message: string, status = 400, id = requestId()): string {
  return `${message} (Service: DynamoDb, Status Code: ${status}, Request ID: ${id})`;
}

export function dynamoErrorOf(error: unknown): DataSourceError {
  const failure = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number; requestId?: string } };
  const name = failure?.name ?? '';
  const status = failure?.$metadata?.httpStatusCode;
  if (status === undefined) {
    // Not an answer from the engine (connection refused, timeout): AppSync would report a 500-class fault.
    return { type: GENERIC_TYPE, message: withServiceSuffix(failure?.message ?? String(error), 500) };
  }
  return {
    type: MODELED.has(name) ? `DynamoDB:${name}` : GENERIC_TYPE,
    message: withServiceSuffix(failure.message ?? name, status, failure.$metadata?.requestId),
  };
}

/** What an IAM role scoped to the configured tables gets from DynamoDB for any other table. */
export function accessDenied(action: string, table: string): DataSourceError {
  return {
    type: GENERIC_TYPE,
    message: withServiceSuffix(
      `User: arn:aws:sts::000000000000:assumed-role/appsync-datasource/APPSYNC_ASSUME_ROLE is not authorized to perform: dynamodb:${action} on resource: arn:aws:dynamodb:us-east-1:000000000000:table/${table} because no identity-based policy allows the dynamodb:${action} action`,
    ),
  };
}
