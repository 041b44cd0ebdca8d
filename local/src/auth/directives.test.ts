import { buildSchema, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { AuthContext } from './auth-context';
import { authRules, isAuthorized } from './directives';

const schema = buildSchema(`
  directive @aws_api_key on FIELD_DEFINITION | OBJECT
  directive @aws_iam on FIELD_DEFINITION | OBJECT
  directive @aws_cognito_user_pools(cognito_groups: [String]) on FIELD_DEFINITION | OBJECT
  type Public @aws_api_key @aws_cognito_user_pools { name: String secret: String @aws_iam }
  type Plain { name: String }
  type Query {
    open: Public @aws_api_key @aws_cognito_user_pools
    plain: Plain
    adminsOnly: String @aws_cognito_user_pools(cognito_groups: ["admins"])
    keyOnly: String @aws_api_key
  }
`);

const apiKey: AuthContext = { mode: 'API_KEY', identity: null };
const user: AuthContext = { mode: 'AMAZON_COGNITO_USER_POOLS', identity: { sub: 'u1', groups: null } };
const admin: AuthContext = { mode: 'AMAZON_COGNITO_USER_POOLS', identity: { sub: 'a1', groups: ['admins'] } };
const iam: AuthContext = { mode: 'AWS_IAM', identity: {} };

describe('directive auth rules (Cognito default)', () => {
  const rules = authRules(schema, 'AMAZON_COGNITO_USER_POOLS');

  it.each([
    ['Query.open', apiKey, true],
    ['Query.open', user, true],
    ['Query.open', iam, false],
    ['Query.plain', user, true], // no directive: default mode only
    ['Query.plain', apiKey, false],
    ['Plain.name', user, true],
    ['Query.adminsOnly', user, false],
    ['Query.adminsOnly', admin, true],
    ['Query.keyOnly', user, false], // field directives override, never merge with the default
    ['Public.name', apiKey, true], // type directives apply to its fields
    ['Public.secret', apiKey, false], // field directive overrides the type's
    ['Public.secret', iam, true],
  ] as const)('%s for %o → %s', (key, auth, allowed) => {
    // Prepare
    const rule = rules.get(key)!;
    // Act
    const result = isAuthorized(rule, auth);
    // Assess
    expect(result).toBe(allowed);
  });

  it('has a rule for every field of every object type', () => {
    // Prepare
    const fields = ['Query', 'Public', 'Plain'].flatMap((name) => Object.keys((schema.getType(name) as GraphQLObjectType).getFields()).map((field) => `${name}.${field}`));
    // Act / Assess
    expect(fields.every((key) => rules.has(key))).toBe(true);
  });
});
