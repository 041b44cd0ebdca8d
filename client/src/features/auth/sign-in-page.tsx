// Sign-in form (Cognito through aws-amplify/auth). On a local stack it also lists the seeded demo
// users, whose buttons fill the form; nothing is submitted until the user presses "Sign in".
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { hashFor } from '../../app/routes';
import type { DemoUser } from '../../lib/outputs';
import { PendingButton } from '../../lib/pending-button';
import { describeAuthError } from './describe-auth-error';
import type { AuthErrorDescription } from './describe-auth-error';

export interface SignInPageProps {
  demoUsers: DemoUser[];
  signIn(username: string, password: string): Promise<void>;
  onSignedIn(): void;
  /** Shown above the form, e.g. after confirming a new account. */
  notice?: string | null;
  initialUsername?: string;
}

export function SignInPage({ demoUsers, signIn, onSignedIn, notice, initialUsername = '' }: SignInPageProps) {
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AuthErrorDescription | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setPending(true);
    try {
      await signIn(username.trim(), password);
      onSignedIn();
    } catch (caught) {
      const described = describeAuthError(caught);
      setError(described);
      (described.field === 'username' ? usernameRef : passwordRef).current?.focus();
    } finally {
      setPending(false);
    }
  }

  function fillDemoUser(user: DemoUser) {
    setUsername(user.username);
    setPassword(user.password);
    setError(null);
    usernameRef.current?.focus();
  }

  const errorId = `${id}-error`;
  return (
    <section aria-labelledby={`${id}-heading`} className="stack narrow">
      <h1 id={`${id}-heading`} tabIndex={-1}>
        Sign in
      </h1>
      {notice && (
        <p className="card success" role="status">
          {notice}
        </p>
      )}
      <form className="card form" onSubmit={submit} noValidate aria-describedby={error ? errorId : undefined}>
        <div className="field">
          <label htmlFor={`${id}-username`}>Username</label>
          <input
            id={`${id}-username`}
            ref={usernameRef}
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            aria-invalid={error?.field === 'username' || undefined}
            aria-describedby={error?.field === 'username' ? errorId : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Password</label>
          <input
            id={`${id}-password`}
            ref={passwordRef}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={error?.field === 'password' || undefined}
            aria-describedby={error?.field === 'password' ? errorId : undefined}
          />
        </div>
        {error && (
          <p id={errorId} className="error" role="alert">
            {error.message}
          </p>
        )}
        <PendingButton type="submit" pending={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </PendingButton>
      </form>
      <p>
        New here? <a href={hashFor({ name: 'sign-up' })}>Create an account</a>
      </p>
      {demoUsers.length > 0 && (
        <section aria-labelledby={`${id}-demo`} className="card">
          <h2 id={`${id}-demo`}>Demo users (local stack)</h2>
          <p className="muted">Choose one to fill in the form, then press Sign in.</p>
          <ul className="demo-users">
            {demoUsers.map((user) => (
              <li key={user.username}>
                <button type="button" className="secondary" onClick={() => fillDemoUser(user)}>
                  Use {user.username}
                </button>{' '}
                <span className="muted">{user.groups.length > 0 ? user.groups.join(', ') : 'no groups'}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
