// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventView } from '../../lib/event-details';
import { LifecyclePanel } from './lifecycle-panel';

const api = vi.hoisted(() => ({ publishEvent: vi.fn(), cancelEvent: vi.fn(), deleteEvent: vi.fn() }));
vi.mock('./api/events', () => api);

afterEach(cleanup);

const event = (status: EventView['status']) => ({ id: 'e1', title: 'Meetup', status, publishedAt: null, cancelledAt: null, cancellationReason: null }) as unknown as EventView;

describe('LifecyclePanel', () => {
  it('publishes a draft only after a confirmation that says what publishing does', async () => {
    // Prepare
    const onChanged = vi.fn();
    api.publishEvent.mockResolvedValue(event('PUBLISHED'));
    render(<LifecyclePanel event={event('DRAFT')} onChanged={onChanged} onDeleted={() => undefined} />);
    // Act
    fireEvent.click(screen.getByRole('button', { name: 'Publish…' }));
    expect(screen.getByRole('group', { name: 'Confirm publishing' }).textContent).toMatch(/cannot be recalled/);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Publish now' })));
    // Assess
    expect(api.publishEvent).toHaveBeenCalledWith('e1');
    expect(onChanged).toHaveBeenCalledWith(event('PUBLISHED'));
  });

  it('moves focus with the swaps: into the question, back to the button that asked, to the status once published', async () => {
    // Prepare
    api.publishEvent.mockResolvedValue(event('PUBLISHED'));
    const { rerender } = render(<LifecyclePanel event={event('DRAFT')} onChanged={() => undefined} onDeleted={() => undefined} />);
    // Act
    fireEvent.click(screen.getByRole('button', { name: 'Publish…' }));
    const inQuestion = document.activeElement;
    fireEvent.click(screen.getByRole('button', { name: 'Keep as draft' }));
    const backOnOpener = document.activeElement;
    fireEvent.click(screen.getByRole('button', { name: 'Publish…' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Publish now' })));
    rerender(<LifecyclePanel event={event('PUBLISHED')} onChanged={() => undefined} onDeleted={() => undefined} />);
    // Assess
    expect(inQuestion?.getAttribute('role')).toBe('group');
    expect(inQuestion?.getAttribute('aria-label')).toBe('Confirm publishing');
    expect(backOnOpener?.textContent).toBe('Publish…');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Status: published' }));
  });

  it('needs a reason to cancel, and sends it trimmed', async () => {
    // Prepare
    api.cancelEvent.mockResolvedValue(event('CANCELLED'));
    render(<LifecyclePanel event={event('PUBLISHED')} onChanged={() => undefined} onDeleted={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel event…' }));
    // Act
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel the event' })));
    const reason = screen.getByLabelText('Reason for cancelling');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(reason);
    fireEvent.change(reason, { target: { value: '  The venue flooded.  ' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel the event' })));
    // Assess
    expect(api.cancelEvent).toHaveBeenCalledWith('e1', 'The venue flooded.');
  });

  it('shows a failure next to the action and keeps the confirmation open', async () => {
    // Prepare
    api.deleteEvent.mockRejectedValue({ errors: [{ message: 'Only drafts can be deleted', errorType: 'ConflictError' }] });
    const onDeleted = vi.fn();
    render(<LifecyclePanel event={event('DRAFT')} onChanged={() => undefined} onDeleted={onDeleted} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete draft…' }));
    // Act
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Delete draft' })));
    // Assess
    expect(screen.getByRole('alert').textContent).toBe('Only drafts can be deleted');
    expect(screen.getByRole('group', { name: 'Confirm deleting' })).toBeTruthy();
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
