// Tests for the loopback port helpers.
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { assertPortFree, freePort } from './ports';

let held: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (held ? held.close(() => resolve()) : resolve()));
  held = undefined;
});

describe('ports', () => {
  it('freePort returns a port that can then be bound on 127.0.0.1', async () => {
    // Prepare
    const port = await freePort();

    // Act
    const check = assertPortFree(port, 'HERALD_PORT');

    // Assess
    expect(port).toBeGreaterThan(0);
    await expect(check).resolves.toBeUndefined();
  });

  it('assertPortFree names the port and the env var when the port is taken', async () => {
    // Prepare
    const port = await freePort();
    held = createServer();
    await new Promise<void>((resolve) => held!.listen(port, '127.0.0.1', resolve));

    // Act
    const check = assertPortFree(port, 'HERALD_DYNAMODB_PORT');

    // Assess
    await expect(check).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use; set HERALD_DYNAMODB_PORT to another port.`);
  });
});
