// Maps Amplify Auth failures to messages for the sign-in form, naming the field when it is the input's fault.
// Unknown errors keep Cognito's own message rather than hiding it behind a generic one.

export interface AuthErrorDescription {
  message: string;
  field?: 'username' | 'password';
}

const BY_NAME: Record<string, AuthErrorDescription> = {
  EmptySignInUsername: { message: 'Enter your username.', field: 'username' },
  EmptySignInPassword: { message: 'Enter your password.', field: 'password' },
  // Cognito answers "Incorrect username or password." for both, so users cannot be enumerated.
  NotAuthorizedException: { message: 'Incorrect username or password.', field: 'password' },
  UserNotFoundException: { message: 'Incorrect username or password.', field: 'password' },
  // cognito-local (the local stand-in) reports a wrong password this way instead.
  InvalidPasswordException: { message: 'Incorrect username or password.', field: 'password' },
  UserNotConfirmedException: { message: 'This account is not confirmed yet.' },
  PasswordResetRequiredException: { message: 'This account needs a password reset before it can sign in.' },
  TooManyRequestsException: { message: 'Too many attempts. Wait a moment and try again.' },
  LimitExceededException: { message: 'Too many attempts. Wait a moment and try again.' },
  UserAlreadyAuthenticatedException: { message: 'You are already signed in. Sign out first to switch users.' },
  NetworkError: { message: 'Could not reach the sign-in service. Check that it is running and try again.' },
};

export function describeAuthError(error: unknown): AuthErrorDescription {
  const name = error instanceof Error ? error.name : undefined;
  // The same exception also reports a lockout ("Password attempts exceeded"), which must not read as a typo.
  if (name === 'NotAuthorizedException' && /exceeded/i.test((error as Error).message)) {
    return { message: (error as Error).message };
  }
  if (name && name in BY_NAME) return BY_NAME[name];
  if (error instanceof Error && error.message === 'Failed to fetch') return BY_NAME.NetworkError;
  const message = error instanceof Error && error.message ? error.message : 'Sign-in failed.';
  return { message };
}
