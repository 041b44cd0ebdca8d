// @vitest-environment jsdom
import { useRef } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LoadMoreButton } from './load-more-button';
import { usePagedList } from './use-paged-list';

type Page = { items: string[]; nextToken: string | null };

afterEach(cleanup);

/** A paged list as the pages use it: heading, list of item links, the button. Pages after the first wait for `next`. */
function setup(first: Page) {
  let answer!: (page: Page) => void;
  const fetchPage = (token: string | null) => (token ? new Promise<Page>((resolve) => (answer = resolve)) : Promise.resolve(first));
  function Harness() {
    const { items, nextToken, loading, loaded, loadMore } = usePagedList(fetchPage);
    const heading = useRef<HTMLHeadingElement>(null);
    const list = useRef<HTMLUListElement>(null);
    return (
      <section>
        <h1 tabIndex={-1} ref={heading}>
          Things
        </h1>
        <ul ref={list}>
          {items.map((item) => (
            <li key={item}>
              <a href={`#/${item}`}>{item}</a>
            </li>
          ))}
        </ul>
        <a href="#/elsewhere">Elsewhere</a>
        <LoadMoreButton shown={loaded && nextToken !== null} loading={loading} list={list} heading={heading} onLoadMore={loadMore} />
      </section>
    );
  }
  render(<Harness />);
  return { next: (page: Page) => act(async () => answer(page)) };
}

async function pressLoadMore() {
  const button = await screen.findByRole('button', { name: 'Load more' });
  button.focus();
  await act(async () => fireEvent.click(button));
}

describe('LoadMoreButton', () => {
  it.each([
    ['more pages remain', 'b', ['a'], { items: ['b', 'c'], nextToken: 't2' }],
    ['the last page brings items', 'b', ['a'], { items: ['b'], nextToken: null }],
    ['the last page is empty', 'b', ['a', 'b'], { items: [], nextToken: null }],
    ['the last page is empty and so was the list', 'Things', [], { items: [], nextToken: null }],
  ])('when %s, focus lands on %s', async (_case, focused, firstItems, second) => {
    // Prepare
    const { next } = setup({ items: firstItems, nextToken: 't1' });
    await pressLoadMore();
    // Act
    await next(second);
    // Assess
    expect(document.activeElement?.textContent).toBe(focused);
    expect(document.activeElement).not.toBe(document.body);
  });

  it('keeps focus on the button while the page loads', async () => {
    // Prepare
    setup({ items: ['a'], nextToken: 't1' });
    // Act
    await pressLoadMore();
    // Assess
    const button = screen.getByRole('button', { name: 'Loading…' });
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it('leaves focus alone when the user moved elsewhere while the page loaded', async () => {
    // Prepare
    const { next } = setup({ items: ['a'], nextToken: 't1' });
    await pressLoadMore();
    const elsewhere = screen.getByRole('link', { name: 'Elsewhere' });
    elsewhere.focus();
    // Act
    await next({ items: ['b'], nextToken: null });
    // Assess
    expect(document.activeElement).toBe(elsewhere);
  });
});
