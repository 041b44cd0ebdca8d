// Maps Amplify sign-up and confirmation failures to messages next to the field at fault. Unknown errors
// keep Cognito's own message rather than hiding it behind a generic one.

export interface SignUpErrorDescription {
  message: string;
  field?: 'username' | 'email' | 'password' | 'code';
}

const BY_NAME: Record<string, SignUpErrorDescription> = {
  UsernameExistsException: { message: 'This username is taken. Choose another, or sign in.', field: 'username' },
  InvalidPasswordException: { message: 'This password is too weak: use at least 8 characters with upper and lower case letters, a digit and a symbol.', field: 'password' },
  EmptySignUpUsername: { message: 'Choose a username.', field: 'username' },
  EmptySignUpPassword: { message: 'Choose a password.', field: 'password' },
  CodeMismatchException: { message: 'That code is not right. Check the latest code and try again.', field: 'code' },
  ExpiredCodeException: { message: 'That code has expired. Send a new one.', field: 'code' },
  EmptyConfirmSignUpCode: { message: 'Enter the code.', field: 'code' },
  EmptyConfirmSignUpUsername: { message: 'Enter your username.', field: 'username' },
  UserNotFoundException: { message: 'No account with this username is waiting for confirmation.', field: 'username' },
  TooManyRequestsException: { message: 'Too many attempts. Wait a moment and try again.' },
  LimitExceededException: { message: 'Too many attempts. Wait a moment and try again.' },
  NetworkError: { message: 'Could not reach the sign-up service. Check that it is running and try again.' },
};

export function describeSignUpError(error: unknown): SignUpErrorDescription {
  const name = error instanceof Error ? error.name : undefined;
  if (name === 'NotAuthorizedException' && error instanceof Error && /CONFIRMED/.test(error.message)) {
    return { message: 'This account is already confirmed. Sign in.' };
  }
  if (name && name in BY_NAME) return BY_NAME[name];
  if (name === 'InvalidParameterException' && error instanceof Error && /email/i.test(error.message)) {
    return { message: 'Enter a valid email address.', field: 'email' };
  }
  if (error instanceof Error && error.message === 'Failed to fetch') return BY_NAME.NetworkError;
  return { message: error instanceof Error && error.message ? error.message : 'Something went wrong.' };
}
