// Tests for the loopback port helpers.
import { readFileSync } from 'node:fs';
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

  it('freePort picks distinct ports below the kernel ephemeral range, where outgoing connections never land', async () => {
    // Prepare
    const ephemeralLow = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);

    // Act
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));

    // Assess
    expect(new Set(ports).size).toBe(20);
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(1024);
      expect(port).toBeLessThan(ephemeralLow);
    }
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
