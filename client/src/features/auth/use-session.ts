// The signed-in user as React state: restored on load, kept current through Amplify's Hub, and the
// sign-in/sign-out actions. Groups come from the access token, the same claim AppSync authorizes on.
import { useCallback, useEffect, useState } from 'react';
import { fetchAuthSession, getCurrentUser, signIn, signOut } from 'aws-amplify/auth';
import { Hub } from 'aws-amplify/utils';
import type { SignInFlow } from '../../lib/amplify-config';
import { groupsFromPayload } from './groups';

export type Session =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; username: string; userId: string; groups: string[] };

export interface SessionControls {
  session: Session;
  /** Resolves when signed in; rejects with Amplify's error or a SignInStepError. */
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

/** Sign-in needs a step this client has no screen for (new password, MFA…). */
export class SignInStepError extends Error {
  constructor(readonly step: string) {
    super(`This account needs a further sign-in step (${step}) that this app does not support yet.`);
    this.name = 'SignInStepError';
  }
}

async function currentSession(): Promise<Session> {
  try {
    const [{ tokens }, user] = await Promise.all([fetchAuthSession(), getCurrentUser()]);
    if (!tokens?.accessToken) return { status: 'signed-out' };
    const payload = tokens.accessToken.payload;
    return { status: 'signed-in', username: user.username, userId: String(payload.sub ?? user.userId), groups: groupsFromPayload(payload) };
  } catch {
    // getCurrentUser throws UserUnAuthenticatedException when nobody is signed in.
    return { status: 'signed-out' };
  }
}

export function useSession(authFlowType: SignInFlow): SessionControls {
  const [session, setSession] = useState<Session>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    const refresh = () => {
      void currentSession().then((next) => {
        if (active) setSession(next);
      });
    };
    refresh();
    const stop = Hub.listen('auth', ({ payload }) => {
      if (['signedIn', 'signedOut', 'tokenRefresh', 'tokenRefresh_failure'].includes(payload.event)) refresh();
    });
    return () => {
      active = false;
      stop();
    };
  }, []);

  const doSignIn = useCallback(
    async (username: string, password: string) => {
      const result = await signIn({ username, password, options: { authFlowType } });
      if (!result.isSignedIn) {
        const step = result.nextStep.signInStep;
        // Leave no half-finished sign-in behind, so the next attempt starts clean.
        await signOut().catch(() => undefined);
        throw new SignInStepError(step);
      }
      setSession(await currentSession());
    },
    [authFlowType],
  );

  const doSignOut = useCallback(async () => {
    await signOut();
    setSession({ status: 'signed-out' });
  }, []);

  return { session, signIn: doSignIn, signOut: doSignOut };
}
