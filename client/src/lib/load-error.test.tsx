// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadError } from './load-error';

afterEach(cleanup);

describe('LoadError', () => {
  it('announces what failed and why; "Try again" retries and moves focus to the page heading', () => {
    // Prepare
    const onRetry = vi.fn();
    const heading = createRef<HTMLHeadingElement>();
    render(
      <section>
        <h1 tabIndex={-1} ref={heading}>
          Your events
        </h1>
        <LoadError what="your events" message="Could not reach the Herald API." onRetry={onRetry} focusOnRetry={heading} />
      </section>,
    );
    const alert = screen.getByRole('alert');
    within(alert).getByRole('button', { name: 'Try again' }).focus();
    // Act
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    // Assess
    expect(alert.textContent).toBe('Could not load your events: Could not reach the Herald API.Try again');
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(heading.current);
  });
});
