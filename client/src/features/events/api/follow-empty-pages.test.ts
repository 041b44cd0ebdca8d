import { describe, expect, it } from 'vitest';
import { followEmptyPages } from './follow-empty-pages';
import type { Page } from './follow-empty-pages';

/** A fake API: pages keyed by the token that requests them (null = first page); records each call. */
function fakeApi(pages: Record<string, Page<string>>) {
  const calls: (string | null)[] = [];
  const fetchPage = async (token: string | null) => {
    calls.push(token);
    return pages[token ?? 'first'];
  };
  return { calls, fetchPage };
}

describe('followEmptyPages', () => {
  it('follows empty pages until one has items', async () => {
    // Prepare
    const api = fakeApi({
      first: { items: [], nextToken: 'm2' },
      m2: { items: [], nextToken: 'm3' },
      m3: { items: ['e1'], nextToken: 'm4' },
    });
    // Act
    const page = await followEmptyPages(api.fetchPage, null);
    // Assess
    expect(page).toEqual({ items: ['e1'], nextToken: 'm4' });
    expect(api.calls).toEqual([null, 'm2', 'm3']);
  });

  it('stops at the end of the list', async () => {
    // Prepare
    const api = fakeApi({ first: { items: [], nextToken: 'm2' }, m2: { items: [], nextToken: null } });
    // Act
    const page = await followEmptyPages(api.fetchPage, null);
    // Assess
    expect(page).toEqual({ items: [], nextToken: null });
  });

  it('returns a non-empty first page without further requests', async () => {
    // Prepare
    const api = fakeApi({ t: { items: ['e1'], nextToken: 'u' } });
    // Act
    const page = await followEmptyPages(api.fetchPage, 't');
    // Assess
    expect(page.items).toEqual(['e1']);
    expect(api.calls).toEqual(['t']);
  });

  it('hands control back after maxPages requests, keeping the token to continue from', async () => {
    // Prepare: an endless run of empty pages
    const calls: (string | null)[] = [];
    const fetchPage = async (token: string | null) => {
      calls.push(token);
      return { items: [] as string[], nextToken: `${Number(token ?? 0) + 1}` };
    };
    // Act
    const page = await followEmptyPages(fetchPage, null, 5);
    // Assess
    expect(calls).toHaveLength(5);
    expect(page).toEqual({ items: [], nextToken: '5' });
  });
});
