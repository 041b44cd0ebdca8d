// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventForm } from './event-form';
import { emptyEventForm } from './validate-event-form';

afterEach(cleanup);

function renderForm(onSave = vi.fn().mockResolvedValue(undefined)) {
  render(
    <EventForm
      initial={emptyEventForm('Europe/Berlin')}
      browserZone="Europe/Berlin"
      submitLabel="Create draft"
      pendingLabel="Creating…"
      requireFutureStart={() => true}
      onSave={onSave}
      renderError={(error) => (error.errorTypes.includes('ConflictError') ? <button type="button">Load the latest version</button> : null)}
    />,
  );
  return onSave;
}

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('EventForm', () => {
  it('shows every client-side problem next to its field, labelled and linked, and focuses the first', async () => {
    // Prepare
    const onSave = renderForm();
    // Act
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create draft' })));
    // Assess
    const title = screen.getByLabelText('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!)?.textContent).toBe('Enter a title.');
    expect(document.activeElement).toBe(title);
    expect(screen.getByText('Enter when the event starts.')).toBeTruthy();
    expect(screen.getByText('Give a venue, an online link, or both.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('clears an error as soon as it is fixed after the first submit', async () => {
    // Prepare
    renderForm();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create draft' })));
    // Act
    type('Title', 'Meetup');
    // Assess
    expect(screen.queryByText('Enter a title.')).toBeNull();
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBeNull();
  });

  it('sends the converted input and puts the API’s field errors (errorInfo.field) next to their inputs', async () => {
    // Prepare
    const onSave = renderForm(
      vi.fn().mockRejectedValue({
        errors: [
          { message: 'venue.name: must be 1 to 200 characters', errorType: 'ValidationError', errorInfo: { field: 'venue.name' } },
          { message: 'capacity: must be between 1 and 1000000', errorType: 'ValidationError', errorInfo: { field: 'capacity' } },
        ],
      }),
    );
    type('Title', 'Meetup');
    type('Starts at', '2099-04-01T18:30');
    type(/^Venue/, 'Hall 1');
    type(/^Seats/, '5');
    type(/^Tags/, 'GraphQL, aws');
    // Act
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create draft' })));
    // Assess
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Meetup', startsAt: '2099-04-01T16:30:00Z', venue: { name: 'Hall 1', address: null, city: null, country: null }, capacity: 5, tags: ['graphql', 'aws'] }),
    );
    const venue = screen.getByLabelText(/^Venue/);
    expect(venue.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('must be 1 to 200 characters')).toBeTruthy();
    expect(screen.getByText('must be between 1 and 1000000')).toBeTruthy();
    expect(document.activeElement).toBe(venue);
    expect(screen.getByRole('alert').textContent).toMatch(/^Could not save: venue.name: must be/);
  });

  it('offers the caller’s recovery for a conflict', async () => {
    // Prepare
    renderForm(vi.fn().mockRejectedValue({ errors: [{ message: 'Event e1 is at version 3, not 2; reload and retry', errorType: 'ConflictError' }] }));
    type('Title', 'Meetup');
    type('Starts at', '2099-04-01T18:30');
    type(/^Online link/, 'https://meet.example.com/x');
    // Act
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create draft' })));
    // Assess
    expect(screen.getByRole('button', { name: 'Load the latest version' })).toBeTruthy();
  });

  it('previews the start in the viewer’s zone when the event is elsewhere', () => {
    // Prepare
    renderForm();
    // Act
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'America/New_York' } });
    type('Starts at', '2099-04-01T18:30');
    // Assess
    expect(screen.getByText(/That is .* in your time zone \(Europe\/Berlin\)\./)).toBeTruthy();
  });
});
