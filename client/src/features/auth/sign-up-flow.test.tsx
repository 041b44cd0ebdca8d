// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmSignUpPage } from './confirm-sign-up-page';
import { SignUpPage } from './sign-up-page';

afterEach(cleanup);

function named(name: string, message = ''): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('SignUpPage', () => {
  it('checks the fields before calling Cognito', async () => {
    // Prepare
    const createAccount = vi.fn();
    render(<SignUpPage createAccount={createAccount} onCreated={() => undefined} />);
    type('Email address', 'not-an-address');
    type('Password', 'short');
    // Act
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create account' })));
    // Assess
    expect(screen.getByText('Choose a username.')).toBeTruthy();
    expect(screen.getByText('Enter an address like name@example.com.')).toBeTruthy();
    expect(screen.getByText('Use at least 8 characters.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Username'));
    expect(createAccount).not.toHaveBeenCalled();
  });

  it('puts Cognito’s answer next to the field at fault', async () => {
    // Prepare
    const createAccount = vi.fn().mockRejectedValue(named('UsernameExistsException', 'User already exists'));
    render(<SignUpPage createAccount={createAccount} onCreated={() => undefined} />);
    type('Username', 'ann');
    type('Email address', 'ann@example.com');
    type('Password', 'Secret#2026');
    // Act
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create account' })));
    // Assess
    const username = screen.getByLabelText('Username');
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('This username is taken. Choose another, or sign in.')).toBeTruthy();
  });

  it('hands over to the confirmation step with the trimmed values', async () => {
    // Prepare
    const onCreated = vi.fn();
    const createAccount = vi.fn().mockResolvedValue({ needsCode: true, destination: 'a***@e***' });
    render(<SignUpPage createAccount={createAccount} onCreated={onCreated} />);
    type('Username', ' ann ');
    type('Email address', 'ann@example.com ');
    type('Password', 'Secret#2026');
    // Act
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create account' })));
    // Assess
    expect(createAccount).toHaveBeenCalledWith('ann', 'ann@example.com', 'Secret#2026');
    expect(onCreated).toHaveBeenCalledWith({ username: 'ann', password: 'Secret#2026', needsCode: true, destination: 'a***@e***' });
  });
});

describe('ConfirmSignUpPage', () => {
  const base = { username: 'ann', destination: null, confirmAccount: vi.fn(), resendCode: vi.fn(), onConfirmed: vi.fn() };

  it('explains where the code is on a local stack', () => {
    // Prepare
    // Act
    render(<ConfirmSignUpPage {...base} local />);
    // Assess
    expect(screen.getByText(/prints the code to the console running the stack/)).toBeTruthy();
    expect(screen.getByLabelText('Confirmation code').getAttribute('aria-describedby')).toMatch(/local/);
  });

  it('shows a wrong code next to the code field and confirms with the right one', async () => {
    // Prepare
    const confirmAccount = vi.fn().mockRejectedValueOnce(named('CodeMismatchException')).mockResolvedValueOnce(undefined);
    const onConfirmed = vi.fn();
    render(<ConfirmSignUpPage {...base} local={false} confirmAccount={confirmAccount} onConfirmed={onConfirmed} />);
    type('Confirmation code', '000000');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Confirm account' })));
    expect(screen.getByText('That code is not right. Check the latest code and try again.')).toBeTruthy();
    type('Confirmation code', '123456');
    // Act
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Confirm account' })));
    // Assess
    expect(confirmAccount).toHaveBeenLastCalledWith('ann', '123456');
    expect(onConfirmed).toHaveBeenCalledWith('ann');
  });

  it('sends a new code and says where it went', async () => {
    // Prepare
    const resendCode = vi.fn().mockResolvedValue('a***@e***');
    render(<ConfirmSignUpPage {...base} local={false} resendCode={resendCode} />);
    // Act
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Send a new code' })));
    // Assess
    expect(resendCode).toHaveBeenCalledWith('ann');
    expect(screen.getByRole('status').textContent).toBe('We sent a new code to a***@e***.');
  });
});
