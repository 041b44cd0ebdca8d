// @vitest-environment jsdom
import { StrictMode } from 'react';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePagedList } from './use-paged-list';

afterEach(cleanup);

describe('usePagedList', () => {
  it('loads the first page once under StrictMode and appends later pages', async () => {
    // Prepare
    const fetchPage = vi.fn(async (token: string | null) => (token ? { items: ['c'], nextToken: null } : { items: ['a', 'b'], nextToken: 't1' }));
    const { result } = renderHook(() => usePagedList(fetchPage), { wrapper: StrictMode });
    await waitFor(() => expect(result.current.loaded).toBe(true));
    // Act
    await act(async () => result.current.loadMore());
    // Assess
    expect(result.current.items).toEqual(['a', 'b', 'c']);
    expect(result.current.nextToken).toBeNull();
  });

  it('reports a failure and retries from the top when no page arrived yet', async () => {
    // Prepare
    const fetchPage = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue({ items: ['a'], nextToken: null });
    const { result } = renderHook(() => usePagedList(fetchPage));
    await waitFor(() => expect(result.current.error).toMatch(/Could not reach/));
    // Act
    await act(async () => result.current.retry());
    // Assess
    expect(fetchPage).toHaveBeenLastCalledWith(null);
    expect(result.current).toMatchObject({ items: ['a'], error: null, loaded: true });
  });
});
