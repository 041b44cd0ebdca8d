import { describe, expect, it } from 'vitest';
import { describeAuthError } from './describe-auth-error';

function named(name: string, message = ''): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('describeAuthError', () => {
  it.each([
    ['wrong password', named('NotAuthorizedException', 'Incorrect username or password.'), { message: 'Incorrect username or password.', field: 'password' }],
    ['wrong password (cognito-local)', named('InvalidPasswordException', 'Invalid password'), { message: 'Incorrect username or password.', field: 'password' }],
    ['lockout', named('NotAuthorizedException', 'Password attempts exceeded'), { message: 'Password attempts exceeded' }],
    ['empty username', named('EmptySignInUsername'), { message: 'Enter your username.', field: 'username' }],
    ['unconfirmed', named('UserNotConfirmedException'), { message: 'This account is not confirmed yet.' }],
    ['offline', new TypeError('Failed to fetch'), { message: expect.stringMatching(/Could not reach/) }],
    ['unknown', named('SomethingNew', 'Cognito says no'), { message: 'Cognito says no' }],
    ['not an Error', 42, { message: 'Sign-in failed.' }],
  ])('%s', (_case, error, expected) => {
    // Prepare: error from the table
    // Act
    const described = describeAuthError(error);
    // Assess
    expect(described).toEqual(expected);
  });
});
