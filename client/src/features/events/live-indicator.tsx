// A one-line, fixed-height note on whether the page is receiving live updates, so people know a quiet
// page is still current (and tests can wait for the subscription instead of guessing).
export interface LiveIndicatorProps {
  live: boolean;
  error: string | null;
  /** What arrives live, e.g. "New events". */
  what: string;
}

export function LiveIndicator({ live, error, what }: LiveIndicatorProps) {
  return (
    <p className={`live-indicator${live ? ' is-live' : ''}`} data-live={live}>
      <span aria-hidden="true">●</span> {live ? `Live: ${what} appear as they happen.` : error ? `Live updates are paused: ${error}` : 'Connecting live updates…'}
    </p>
  );
}
