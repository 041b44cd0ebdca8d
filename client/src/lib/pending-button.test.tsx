// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PendingButton } from './pending-button';

afterEach(cleanup);

describe('PendingButton', () => {
  it.each([
    [false, 1, null],
    [true, 0, 'true'],
  ])('pending=%s: a press runs the action %i time(s), aria-disabled is %s, and the button is never disabled', (pending, calls, ariaDisabled) => {
    // Prepare
    const onClick = vi.fn();
    render(
      <PendingButton pending={pending} onClick={onClick}>
        Register
      </PendingButton>,
    );
    const button = screen.getByRole('button', { name: 'Register' }) as HTMLButtonElement;
    button.focus();
    // Act
    fireEvent.click(button);
    // Assess
    expect(onClick).toHaveBeenCalledTimes(calls);
    expect(button.getAttribute('aria-disabled')).toBe(ariaDisabled);
    expect(button.disabled).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it.each([
    [false, 1],
    [true, 0],
  ])('as a submit button with pending=%s, submits its form %i time(s)', (pending, submits) => {
    // Prepare
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <PendingButton type="submit" pending={pending}>
          Save
        </PendingButton>
      </form>,
    );
    // Act
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // Assess
    expect(onSubmit).toHaveBeenCalledTimes(submits);
  });
});
