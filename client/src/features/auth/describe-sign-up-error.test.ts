import { describe, expect, it } from 'vitest';
import { describeSignUpError } from './describe-sign-up-error';

function named(name: string, message = ''): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('describeSignUpError', () => {
  it.each([
    ['taken username', named('UsernameExistsException', 'User already exists'), { field: 'username' }],
    ['weak password', named('InvalidPasswordException', 'Password did not conform'), { field: 'password' }],
    ['wrong code', named('CodeMismatchException'), { field: 'code', message: expect.stringMatching(/not right/) }],
    ['expired code', named('ExpiredCodeException'), { field: 'code', message: expect.stringMatching(/expired/) }],
    ['bad email', named('InvalidParameterException', 'Invalid email address format.'), { field: 'email' }],
    ['already confirmed', named('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED'), { message: expect.stringMatching(/already confirmed/) }],
    ['offline', new TypeError('Failed to fetch'), { message: expect.stringMatching(/Could not reach/) }],
    ['unknown', named('SomethingNew', 'Cognito says no'), { message: 'Cognito says no' }],
    ['not an Error', 42, { message: 'Something went wrong.' }],
  ])('%s', (_case, error, expected) => {
    // Prepare: error from the table
    // Act
    const described = describeSignUpError(error);
    // Assess
    expect(described).toMatchObject(expected);
  });
});
