// Tests for the checks made before the stack starts: taken ports are named with their variables.
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../services/ports';
import { preflight, PreflightError } from './preflight';

const held: Server[] = [];

async function hold(): Promise<number> {
  const port = await freePort();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  held.push(server);
  return port;
}

afterEach(async () => {
  await Promise.all(held.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('preflight', () => {
  it('passes when every port is free', async () => {
    // Prepare
    const ports = { graphql: await freePort(), dynamodb: await freePort() };
    // Act
    const checked = preflight(ports);
    // Assess
    await expect(checked).resolves.toBeUndefined();
  });

  it('reports every taken port at once with the part and the variable to change', async () => {
    // Prepare
    const ports = { graphql: await freePort(), dynamodb: await hold(), ses: await hold() };
    // Act
    const error = (await preflight(ports).catch((e: unknown) => e)) as Error;
    // Assess
    expect(error).toBeInstanceOf(PreflightError);
    expect(error.message).toContain(`DynamoDB Local: Port ${ports.dynamodb} on 127.0.0.1 is already in use; set HERALD_DYNAMODB_PORT to another port.`);
    expect(error.message).toContain(`SES (aws-ses-v2-local): Port ${ports.ses} on 127.0.0.1 is already in use; set HERALD_SES_PORT`);
    expect(error.message).not.toContain('HERALD_PORT ');
  });
});
