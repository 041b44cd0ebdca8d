import { describe, expect, it } from 'vitest';
import { describeGraphqlError } from './graphql-errors';

describe('describeGraphqlError', () => {
  it('puts resolver field errors next to their field, without the "field: " prefix', () => {
    // Prepare: the shape AppSync returns for util.error(msg, type, null, { field })
    const rejection = {
      data: null,
      errors: [
        {
          message: 'title: must be 1 to 200 characters',
          errorType: 'ValidationError',
          errorInfo: { field: 'title' },
          path: ['createEvent'],
        },
      ],
    };
    // Act
    const described = describeGraphqlError(rejection);
    // Assess
    expect(described).toEqual({
      message: 'title: must be 1 to 200 characters',
      fieldErrors: { title: 'must be 1 to 200 characters' },
      errorTypes: ['ValidationError'],
    });
  });

  it.each([
    ['AppSync Unauthorized', { errors: [{ message: 'Not Authorized to access publishEvent', errorType: 'Unauthorized' }] }, /Not authorized/],
    ['HTTP 401 wrapped by Amplify', { errors: [{ message: 'Unauthorized', originalError: { name: 'UnauthorizedException' } }] }, /Not authorized/],
    ['network failure wrapped by Amplify', { errors: [{ message: 'Network error', originalError: { name: 'NetworkError' } }] }, /Could not reach/],
    ['no tokens', { errors: [{ message: 'No current user', originalError: { name: 'NoValidAuthTokens' } }] }, /session has ended/],
    ['plain Error', new Error('Boom'), /^Boom$/],
    ['fetch TypeError', new TypeError('Failed to fetch'), /Could not reach/],
    ['string', 'odd', /^odd$/],
    ['nothing useful', {}, /Something went wrong/],
  ])('%s', (_case, rejection, expected) => {
    // Prepare: rejection from the table
    // Act
    const described = describeGraphqlError(rejection);
    // Assess
    expect(described.message).toMatch(expected);
  });

  it('joins distinct messages once', () => {
    // Prepare
    const rejection = { errors: [{ message: 'A' }, { message: 'A' }, { message: 'B' }] };
    // Act
    const described = describeGraphqlError(rejection);
    // Assess
    expect(described.message).toBe('A B');
  });
});
