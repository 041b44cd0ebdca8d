// Synchronous in-process event bus keyed by topic: how mutations reach live subscriptions
// in the local server. Delivery is isolated per listener, so one bad subscriber cannot
// starve the others.

export interface PubSub<E> {
  /** Adds a listener; the returned function removes exactly this registration (idempotent). */
  subscribe(topic: string, listener: (event: E) => void): () => void;
  /** Calls every listener registered on `topic` when publish starts, synchronously. */
  publish(topic: string, event: E): void;
  /** Listeners on one topic, or on all topics when `topic` is omitted. */
  listenerCount(topic?: string): number;
}

export interface PubSubOptions {
  /** Told about a listener that threw; defaults to console.error so bugs are not swallowed silently. */
  onListenerError?: (error: unknown, topic: string) => void;
}

interface Registration<E> {
  listener: (event: E) => void;
  active: boolean;
}

export function createPubSub<E>(options: PubSubOptions = {}): PubSub<E> {
  const onListenerError =
    options.onListenerError ??
    ((error: unknown, topic: string) => console.error(`pubsub: listener on "${topic}" threw`, error));
  const topics = new Map<string, Set<Registration<E>>>();
  let total = 0;

  return {
    subscribe(topic, listener) {
      // A wrapper per call, so subscribing the same function twice yields two independent registrations.
      const registration: Registration<E> = { listener, active: true };
      let registrations = topics.get(topic);
      if (registrations === undefined) {
        registrations = new Set();
        topics.set(topic, registrations);
      }
      registrations.add(registration);
      total += 1;

      return () => {
        if (!registration.active) return;
        registration.active = false;
        total -= 1;
        const current = topics.get(topic);
        current?.delete(registration);
        if (current?.size === 0) topics.delete(topic);
      };
    },

    publish(topic, event) {
      const registrations = topics.get(topic);
      if (registrations === undefined) return;
      // Snapshot so listeners added during delivery wait for the next event; the `active`
      // check skips listeners that an earlier listener removed during this delivery.
      for (const registration of [...registrations]) {
        if (!registration.active) continue;
        try {
          registration.listener(event);
        } catch (error) {
          try {
            onListenerError(error, topic);
          } catch {
            // The reporter itself failed; delivery to the remaining listeners matters more.
          }
        }
      }
    },

    listenerCount(topic) {
      return topic === undefined ? total : (topics.get(topic)?.size ?? 0);
    },
  };
}
