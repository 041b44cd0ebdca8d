// The in-process bus: topic isolation, unsubscribe semantics, and failure isolation.

import { describe, expect, it, vi } from 'vitest';

import { createPubSub } from './pubsub';

describe('createPubSub', () => {
  it('delivers an event only to listeners of its topic, in subscription order', () => {
    // Prepare
    const bus = createPubSub<number>();
    const seen: string[] = [];
    bus.subscribe('a', (event) => seen.push(`a1:${event}`));
    bus.subscribe('a', (event) => seen.push(`a2:${event}`));
    bus.subscribe('b', (event) => seen.push(`b:${event}`));

    // Act
    bus.publish('a', 1);

    // Assess
    expect(seen).toEqual(['a1:1', 'a2:1']);
  });

  it('keeps delivering to the other listeners when one throws, and reports the failure', () => {
    // Prepare
    const onListenerError = vi.fn();
    const bus = createPubSub<string>({ onListenerError });
    const before = vi.fn();
    const after = vi.fn();
    const failure = new Error('listener bug');
    bus.subscribe('t', before);
    bus.subscribe('t', () => {
      throw failure;
    });
    bus.subscribe('t', after);

    // Act
    bus.publish('t', 'event');

    // Assess
    expect(before).toHaveBeenCalledWith('event');
    expect(after).toHaveBeenCalledWith('event');
    expect(onListenerError).toHaveBeenCalledWith(failure, 't');
  });

  it('survives a throwing error reporter', () => {
    // Prepare
    const bus = createPubSub<string>({
      onListenerError: () => {
        throw new Error('reporter bug');
      },
    });
    const after = vi.fn();
    bus.subscribe('t', () => {
      throw new Error('listener bug');
    });
    bus.subscribe('t', after);

    // Act
    const act = () => bus.publish('t', 'event');

    // Assess
    expect(act).not.toThrow();
    expect(after).toHaveBeenCalledOnce();
  });

  it('unsubscribes exactly one registration, idempotently', () => {
    // Prepare
    const bus = createPubSub<number>();
    const listener = vi.fn();
    const first = bus.subscribe('t', listener);
    bus.subscribe('t', listener);

    // Act
    first();
    first();
    bus.publish('t', 1);

    // Assess
    expect(listener).toHaveBeenCalledOnce();
    expect(bus.listenerCount('t')).toBe(1);
  });

  it('skips a listener removed by an earlier listener during the same publish', () => {
    // Prepare
    const bus = createPubSub<number>();
    const second = vi.fn();
    let unsubscribeSecond = () => {};
    bus.subscribe('t', () => unsubscribeSecond());
    unsubscribeSecond = bus.subscribe('t', second);

    // Act
    bus.publish('t', 1);

    // Assess
    expect(second).not.toHaveBeenCalled();
  });

  it('does not deliver the current event to a listener added during publish', () => {
    // Prepare
    const bus = createPubSub<number>();
    const late = vi.fn();
    bus.subscribe('t', () => {
      bus.subscribe('t', late);
    });

    // Act
    bus.publish('t', 1);

    // Assess
    expect(late).not.toHaveBeenCalled();
    expect(bus.listenerCount('t')).toBe(2);
  });

  it('counts listeners per topic and in total', () => {
    // Prepare
    const bus = createPubSub<number>();
    bus.subscribe('a', () => {});
    bus.subscribe('a', () => {});
    const offB = bus.subscribe('b', () => {});

    // Act
    offB();

    // Assess
    expect([bus.listenerCount('a'), bus.listenerCount('b'), bus.listenerCount('none'), bus.listenerCount()]).toEqual([2, 0, 0, 2]);
  });

  it('ignores publishing to a topic nobody listens to', () => {
    // Prepare
    const bus = createPubSub<number>();

    // Act
    const act = () => bus.publish('nobody', 1);

    // Assess
    expect(act).not.toThrow();
  });
});
