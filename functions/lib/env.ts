// Reads a function's configuration from environment variables, failing with ConfigError on anything missing.
// Every function reads its config once per cold start; tests pass a plain object instead of process.env.
import { ConfigError } from './errors';

export type Env = Readonly<Record<string, string | undefined>>;

export function requiredEnv(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`Environment variable ${name} is required`);
  return value;
}

export function urlEnv(env: Env, name: string, fallback?: string): string {
  const value = env[name]?.trim() || fallback;
  if (!value) throw new ConfigError(`Environment variable ${name} is required`);
  try {
    return new URL(value).toString().replace(/\/$/, '');
  } catch (cause) {
    throw new ConfigError(`Environment variable ${name} must be an absolute URL, got ${value}`, { cause });
  }
}

export function numberEnv(env: Env, name: string, fallback: number, range: { min: number; max: number }): number {
  const raw = env[name]?.trim();
  const value = raw ? Number(raw) : fallback;
  if (!Number.isFinite(value) || value < range.min || value > range.max) {
    throw new ConfigError(`Environment variable ${name} must be a number from ${range.min} to ${range.max}, got ${raw}`);
  }
  return value;
}

/** Reads config on first use: a missing variable then fails an invocation (logged), not the module import. */
export function once<T>(read: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: read() }).v;
}
