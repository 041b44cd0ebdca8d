import { describe, expect, it } from 'vitest';
import { fillPage } from './fill-page';
import type { Page } from './fill-page';

/** A fake API: pages keyed by the token that requests them ('first' for none); records each call. */
function fakeApi(pages: Record<string, Page<string>>) {
  const calls: (string | null)[] = [];
  const fetchPage = async (token: string | null) => {
    calls.push(token);
    return pages[token ?? 'first'];
  };
  return { calls, fetchPage };
}

describe('fillPage', () => {
  it('follows short and empty pages until the page is full, keeping the token to continue from', async () => {
    // Prepare
    const api = fakeApi({
      first: { items: ['e1'], nextToken: 'm2' },
      m2: { items: [], nextToken: 'm3' },
      m3: { items: ['e2', 'e3'], nextToken: 'm4' },
    });
    // Act
    const page = await fillPage(api.fetchPage, null, 3);
    // Assess
    expect(page).toEqual({ items: ['e1', 'e2', 'e3'], nextToken: 'm4' });
    expect(api.calls).toEqual([null, 'm2', 'm3']);
  });

  it('stops at the end of the list, so no "Load more" is left over', async () => {
    // Prepare
    const api = fakeApi({ first: { items: ['e1'], nextToken: 'm2' }, m2: { items: [], nextToken: null } });
    // Act
    const page = await fillPage(api.fetchPage, null, 20);
    // Assess
    expect(page).toEqual({ items: ['e1'], nextToken: null });
  });

  it('returns a full first page without further requests', async () => {
    // Prepare
    const api = fakeApi({ t: { items: ['e1', 'e2'], nextToken: 'u' } });
    // Act
    const page = await fillPage(api.fetchPage, 't', 2);
    // Assess
    expect(page.items).toEqual(['e1', 'e2']);
    expect(api.calls).toEqual(['t']);
  });

  it('hands control back after maxRequests, keeping the token to continue from', async () => {
    // Prepare: an endless run of empty pages
    const calls: (string | null)[] = [];
    const fetchPage = async (token: string | null) => {
      calls.push(token);
      return { items: [] as string[], nextToken: `${Number(token ?? 0) + 1}` };
    };
    // Act
    const page = await fillPage(fetchPage, null, 20, 5);
    // Assess
    expect(calls).toHaveLength(5);
    expect(page).toEqual({ items: [], nextToken: '5' });
  });
});
