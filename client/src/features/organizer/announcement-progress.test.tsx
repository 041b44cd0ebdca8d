// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnnouncementView } from './api/announcement';
import { AnnouncementProgress, newerProgress, progressText } from './announcement-progress';

const api = vi.hoisted(() => ({ first: null as unknown, live: null as null | { onProgress(p: unknown): void } }));
vi.mock('./api/announcement', () => ({
  getAnnouncement: async () => api.first,
  watchAnnouncement: (_id: string, handlers: typeof api.live) => {
    api.live = handlers;
    return () => undefined;
  },
}));

afterEach(cleanup);

const report = (status: AnnouncementView['status'], sent: number, total: number, failed = 0): AnnouncementView => ({
  eventId: 'e1',
  status,
  total,
  sent,
  failed,
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('AnnouncementProgress', () => {
  it('follows live reports: sent / total on a progress bar, then done', async () => {
    // Prepare
    api.first = report('QUEUED', 0, 0);
    render(<AnnouncementProgress eventId="e1" />);
    expect(await screen.findByText('Queued: the announcement starts in a moment.')).toBeTruthy();
    // Act
    await act(async () => api.live!.onProgress(report('SENDING', 2, 5)));
    // Assess
    const bar = screen.getByRole('progressbar') as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([2, 5]);
    expect(screen.getByTestId('announcement-progress').textContent).toBe('Sending: 2 of 5 sent…');
    await act(async () => api.live!.onProgress(report('COMPLETED', 4, 5, 1)));
    expect(screen.getByTestId('announcement-progress').textContent).toBe('Done: sent 4 of 5, 1 failed.');
  });
});

describe('newerProgress', () => {
  it.each([
    ['first report', null, report('SENDING', 1, 5), report('SENDING', 1, 5)],
    ['late, smaller report', report('SENDING', 3, 5), report('SENDING', 2, 5), report('SENDING', 3, 5)],
    ['late report after completion', report('COMPLETED', 5, 5), report('SENDING', 5, 5), report('COMPLETED', 5, 5)],
    ['progress', report('SENDING', 3, 5), report('SENDING', 4, 5), report('SENDING', 4, 5)],
  ])('%s', (_case, current, next, expected) => {
    expect(newerProgress(current, next)).toEqual(expected);
  });
});

describe('progressText', () => {
  it.each([
    [null, 'Waiting for the announcement to start…'],
    [report('COMPLETED', 0, 0), 'Done: no confirmed subscriber matched this event, so no mail was sent.'],
  ])('%j', (announcement, expected) => {
    expect(progressText(announcement)).toBe(expected);
  });
});
