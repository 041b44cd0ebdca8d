// The checks a versioned data source's and a resolver's SyncConfig pass at start, and the handler a conflict meets.
import { describe, expect, it } from 'vitest';
import { checkDeltaSyncConfig, checkSyncConfig, conflictHandlerOf, type DeltaSyncConfig, type SyncConfig } from './versioned-config';

const delta: DeltaSyncConfig = { deltaSyncTableName: 'delta', baseTableTTL: 0, deltaSyncTableTTL: 30 };

describe('checkDeltaSyncConfig', () => {
  it.each<[string, boolean | undefined, DeltaSyncConfig | undefined, RegExp | null]>([
    ['a complete config', true, delta, null],
    ['an unversioned source without one', undefined, undefined, null],
    ['versioned without a config', true, undefined, /needs deltaSyncConfig.deltaSyncTableName/],
    ['a negative TTL', true, { ...delta, baseTableTTL: -1 }, /baseTableTTL must be a whole number/],
    ['a fractional TTL', true, { ...delta, deltaSyncTableTTL: 1.5 }, /deltaSyncTableTTL must be a whole number/],
    ['a config without versioned: true', false, delta, /needs versioned: true/],
  ])('%s', (_case, versioned, config, error) => {
    // Act
    const check = () => checkDeltaSyncConfig('notes', versioned, config);
    // Assess
    if (error) expect(check).toThrow(error);
    else expect(check).not.toThrow();
  });
});

describe('checkSyncConfig', () => {
  const lookup = (name: string) => (name === 'resolver-fn' ? async () => ({ ok: true, value: null }) : undefined);

  it.each<[string, SyncConfig, RegExp | null]>([
    ['LAMBDA naming a configured function', { conflictDetection: 'VERSION', conflictHandler: 'LAMBDA', lambdaConflictHandlerConfig: { lambdaConflictHandlerArn: 'resolver-fn' } }, null],
    ['LAMBDA naming an unknown function', { conflictDetection: 'VERSION', conflictHandler: 'LAMBDA', lambdaConflictHandlerConfig: { lambdaConflictHandlerArn: 'other' } }, /naming an AWS_LAMBDA data source \(got other\)/],
    ['LAMBDA without a function', { conflictDetection: 'VERSION', conflictHandler: 'LAMBDA' }, /got nothing/],
    ['an unknown detection', { conflictDetection: 'TIMESTAMP' as 'VERSION' }, /must be VERSION or NONE/],
  ])('%s', (_case, sync, error) => {
    // Act
    const check = () => checkSyncConfig('Mutation.updateNote', sync, lookup);
    // Assess
    if (error) expect(check).toThrow(error);
    else expect(check).not.toThrow();
  });
});

describe('conflictHandlerOf', () => {
  it.each<[string, SyncConfig | undefined, string | undefined]>([
    ['no SyncConfig', undefined, undefined],
    ['detection NONE', { conflictDetection: 'NONE', conflictHandler: 'AUTOMERGE' }, undefined],
    ['VERSION with a handler', { conflictDetection: 'VERSION', conflictHandler: 'AUTOMERGE' }, 'AUTOMERGE'],
    ['VERSION without a handler', { conflictDetection: 'VERSION' }, 'OPTIMISTIC_CONCURRENCY'],
    ['VERSION with handler NONE', { conflictDetection: 'VERSION', conflictHandler: 'NONE' }, 'OPTIMISTIC_CONCURRENCY'],
  ])('%s', (_case, sync, handler) => {
    // Act / Assess
    expect(conflictHandlerOf(sync)).toBe(handler);
  });
});
