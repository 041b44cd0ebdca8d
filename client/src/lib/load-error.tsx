// The "could not load … / Try again" box shown when a list page fails; the alert role announces it.
import type { RefObject } from 'react';

export interface LoadErrorProps {
  /** What failed to load, as it reads after "Could not load", e.g. "your events". */
  what: string;
  message: string;
  onRetry(): void;
  /** Where keyboard focus goes on "Try again": the box (and its button) disappears while retrying. */
  focusOnRetry: RefObject<HTMLElement | null>;
}

export function LoadError({ what, message, onRetry, focusOnRetry }: LoadErrorProps) {
  const retry = () => {
    focusOnRetry.current?.focus();
    onRetry();
  };
  return (
    <div role="alert" className="card error-box">
      <p>
        Could not load {what}: {message}
      </p>
      <button type="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
