// Tests for the PATH lookup.
import { describe, expect, it } from 'vitest';
import { findExecutable } from './find-executable';

describe('findExecutable', () => {
  it('finds a command on PATH and returns null for a missing one', async () => {
    // Prepare
    const path = '/nonexistent-dir:/bin:/usr/bin';

    // Act
    const sh = await findExecutable('sh', path);
    const missing = await findExecutable('herald-no-such-command', path);

    // Assess
    expect(sh).toMatch(/\/sh$/);
    expect(missing).toBeNull();
  });
});
