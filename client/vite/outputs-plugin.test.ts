import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readClientConfig } from './outputs-plugin.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'herald-outputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('readClientConfig', () => {
  it('answers 200 with the browser subset of a valid outputs file', () => {
    // Prepare
    const file = write(
      'ok.json',
      JSON.stringify({ graphqlUrl: 'http://h/graphql', region: 'r', userPoolId: 'p', userPoolClientId: 'c', bucket: 'b' }),
    );
    // Act
    const { status, body } = readClientConfig(file);
    // Assess
    expect(status).toBe(200);
    expect(JSON.parse(body)).toEqual({
      graphqlUrl: 'http://h/graphql',
      region: 'r',
      userPoolId: 'p',
      userPoolClientId: 'c',
      demoUsers: [],
    });
  });

  it.each([
    ['a missing file', () => path.join(dir, 'absent.json'), 503, /does not exist yet.*npm start/],
    ['invalid JSON', () => write('bad.json', '{'), 500, /bad\.json: /],
    ['missing keys', () => write('partial.json', '{"graphqlUrl":"x"}'), 500, /missing region/],
  ])('explains %s', (_case, file, expectedStatus, message) => {
    // Prepare
    const outputsPath = file();
    // Act
    const { status, body } = readClientConfig(outputsPath);
    // Assess
    expect(status).toBe(expectedStatus);
    expect(JSON.parse(body).error).toMatch(message);
  });
});
