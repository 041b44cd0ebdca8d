// Tests for the Java runtime check that runs before DynamoDB Local is started.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JavaRuntimeError, parseJavaMajor, requireJava } from './java-runtime';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['no version here', null],
  ])('reads %s as %s', (output, major) => {
    // Act
    const parsed = parseJavaMajor(output);
    // Assess
    expect(parsed).toBe(major);
  });
});

describe('requireJava', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'herald-java-'));
    const fake = join(dir, 'java');
    await writeFile(fake, '#!/bin/sh\necho \'java version "1.8.0_392"\' >&2\n');
    await chmod(fake, 0o755);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('explains how to install Java when it is not on PATH', async () => {
    // Act
    const error = await requireJava('/nonexistent-dir').catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(JavaRuntimeError);
    expect((error as Error).message).toContain('`java` is not on PATH');
    expect((error as Error).message).toContain('apt-get install -y default-jre-headless');
  });

  it('refuses a Java older than 17', async () => {
    // Act
    const error = await requireJava(dir).catch((e: unknown) => e);
    // Assess
    expect((error as Error).message).toContain('is Java 8');
  });
});
