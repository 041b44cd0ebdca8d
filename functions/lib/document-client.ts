// The DynamoDB document client of the functions (see clients.ts for endpoints and timeouts).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { credentialsOf, endpointFor, regionOf, requestHandler } from './clients';
import type { Env } from './env';

export function createDocumentClient(env: Env = process.env): DynamoDBDocumentClient {
  const client = new DynamoDBClient({ region: regionOf(env), endpoint: endpointFor(env, 'DYNAMODB'), credentials: credentialsOf(env), requestHandler });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
