// Defaults for the realtime endpoint, and refusal of settings that would misbehave at runtime.

import { describe, expect, it } from 'vitest';

import { type RealtimeHooks, resolveSettings } from './options';

const hooks: RealtimeHooks<unknown> = {
  authenticate: async () => ({}),
  startSubscription: async () => ({ stop: () => {} }),
};

describe('resolveSettings', () => {
  it('applies the AppSync-shaped defaults', () => {
    // Act
    const settings = resolveSettings({ hooks });

    // Assess
    expect(settings).toMatchObject({
      paths: ['/graphql/realtime'],
      keepAliveMs: 60_000,
      connectionTimeoutMs: 300_000,
      maxSubscriptionsPerConnection: 100,
      maxPayloadBytes: 240 * 1024,
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['zero keep-alive', { keepAliveMs: 0 }],
    ['negative timeout', { connectionTimeoutMs: -1 }],
    ['NaN subscriptions', { maxSubscriptionsPerConnection: Number.NaN }],
    ['infinite payload', { maxPayloadBytes: Number.POSITIVE_INFINITY }],
    ['no paths', { paths: [] }],
  ])('refuses %s', (_name, override) => {
    // Act
    const act = () => resolveSettings({ hooks, ...override });

    // Assess
    expect(act).toThrow(RangeError);
  });
});
