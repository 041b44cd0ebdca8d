// A button that stays focusable while its action runs. A `disabled` button loses focus (Chromium moves it to
// <body>), so a keyboard or screen-reader user who pressed it would be thrown out of the page; this one is
// only aria-disabled while pending and ignores presses (a submit button also stops its form's submission).
import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react';

export interface PendingButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> {
  pending: boolean;
  ref?: Ref<HTMLButtonElement>;
}

export function PendingButton({ pending, onClick, ...rest }: PendingButtonProps) {
  const press = (event: MouseEvent<HTMLButtonElement>) => {
    if (pending) event.preventDefault();
    else onClick?.(event);
  };
  return <button type="button" {...rest} aria-disabled={pending || undefined} onClick={press} />;
}
