// Fixture: a unit test beside a resolver. Discovery must skip it (`]` is not followed by `.ts`).
import { describe, expect, it } from 'vitest';
import { noteKey } from './lib/keys';

describe('fixture: noteKey', () => {
  it('addresses a note by id', () => {
    // Prepare
    const id = 'n1';

    // Act
    const key = noteKey(id);

    // Assess
    expect(key).toEqual({ pk: 'NOTE#n1', sk: 'NOTE' });
  });
});
