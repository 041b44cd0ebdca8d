// @vitest-environment jsdom
import { StrictMode } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SubscribePage } from './subscribe-page';
import { TokenActionPage } from './token-action-page';

const api = vi.hoisted(() => ({ subscribe: vi.fn(), confirm: vi.fn(), unsubscribe: vi.fn() }));
vi.mock('./api/subscribers', () => ({
  subscribeToAnnouncements: api.subscribe,
  confirmSubscription: api.confirm,
  unsubscribe: api.unsubscribe,
}));

afterEach(cleanup);

describe('SubscribePage', () => {
  it('validates the address, then signs up with normalized topics and says to check the inbox', async () => {
    // Prepare
    api.subscribe.mockResolvedValue({ accepted: true, message: 'If the address can receive mail, a confirmation link is on its way.' });
    render(<SubscribePage authMode="apiKey" />);
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'nope' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign me up' })));
    expect(screen.getByText('Enter an address like name@example.com.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: ' ann@example.com ' } });
    fireEvent.change(screen.getByLabelText(/^Topics/), { target: { value: 'Tech, #music, tech' } });
    // Act
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign me up' })));
    // Assess
    expect(api.subscribe).toHaveBeenCalledWith('ann@example.com', ['tech', 'music'], 'apiKey');
    expect(screen.getByText('If the address can receive mail, a confirmation link is on its way.')).toBeTruthy();
  });

  it('moves focus to the answer that replaces the form, and back to the address field for another sign-up', async () => {
    // Prepare
    api.subscribe.mockResolvedValue({ accepted: true, message: 'A confirmation link is on its way.' });
    render(<SubscribePage authMode="apiKey" />);
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'ann@example.com' } });
    const submit = screen.getByRole('button', { name: 'Sign me up' });
    submit.focus();
    // Act
    await act(async () => fireEvent.click(submit));
    const focusedAfterAnswer = document.activeElement;
    const answer = screen.getByRole('heading', { level: 2, name: 'Almost done: check your inbox.' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign up another address' }));
    // Assess
    expect(focusedAfterAnswer).toBe(answer);
    expect(document.activeElement).toBe(screen.getByLabelText('Email address'));
  });
});

describe('TokenActionPage', () => {
  it('confirms once on arrival, even when StrictMode runs the effect twice, and drops the token from the address bar', async () => {
    // Prepare
    window.history.replaceState(null, '', '/#/confirm?token=tok-1');
    api.confirm.mockResolvedValue({ email: 'ann@example.com', topics: ['tech'], status: 'CONFIRMED' });
    // Act
    render(
      <StrictMode>
        <TokenActionPage action="confirm" token="tok-1" authMode="apiKey" />
      </StrictMode>,
    );
    // Assess
    expect(await screen.findByText('You are subscribed.')).toBeTruthy();
    expect(api.confirm).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/ann@example.com will get an email for every newly published event about tech/)).toBeTruthy();
    expect(window.location.hash).toBe('#/confirm');
  });

  it('explains a used or expired link without a retry that cannot work', async () => {
    // Prepare
    api.confirm.mockRejectedValue({ errors: [{ message: 'The token is not valid', errorType: 'InvalidToken' }] });
    // Act
    render(<TokenActionPage action="confirm" token="used" authMode="apiKey" />);
    // Assess
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/This link is not valid \(any more\)\. Nothing was changed; sign up again/);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('unsubscribes and offers to sign up again; a link without a token changes nothing', async () => {
    // Prepare
    api.unsubscribe.mockResolvedValue({ email: 'ann@example.com', topics: [], status: 'UNSUBSCRIBED' });
    // Act
    render(<TokenActionPage action="unsubscribe" token="u1" authMode="apiKey" />);
    render(<TokenActionPage action="unsubscribe" token="" authMode="apiKey" />);
    // Assess
    expect(await screen.findByText('ann@example.com will get no more announcements.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/not valid/);
    expect(api.unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('offers a retry after a network failure', async () => {
    // Prepare
    api.unsubscribe.mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce({ email: 'b@example.com', topics: [], status: 'UNSUBSCRIBED' });
    render(<TokenActionPage action="unsubscribe" token="u2" authMode="apiKey" />);
    const retry = await screen.findByRole('button', { name: 'Try again' });
    // Act
    await act(async () => fireEvent.click(retry));
    // Assess
    expect(await screen.findByText('b@example.com will get no more announcements.')).toBeTruthy();
  });
});
