import { buildSchema, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { AuthContext } from './auth-context';
import { authRules, fieldAuthKey, isAuthorized } from './directives';

const schema = buildSchema(`
  directive @aws_api_key on FIELD_DEFINITION | OBJECT
  directive @aws_iam on FIELD_DEFINITION | OBJECT
  directive @aws_cognito_user_pools(cognito_groups: [String]) on FIELD_DEFINITION | OBJECT
  directive @aws_oidc on FIELD_DEFINITION | OBJECT
  directive @aws_lambda on FIELD_DEFINITION | OBJECT
  type Partner @aws_oidc @aws_lambda { name: String lambdaOnly: String @aws_lambda }
  type Public @aws_api_key @aws_cognito_user_pools { name: String secret: String @aws_iam }
  type Plain { name: String }
  type Query {
    open: Public @aws_api_key @aws_cognito_user_pools
    plain: Plain
    adminsOnly: String @aws_cognito_user_pools(cognito_groups: ["admins"])
    keyOnly: String @aws_api_key
    partner: Partner @aws_oidc @aws_lambda
  }
`);

const apiKey: AuthContext = { mode: 'API_KEY', identity: null };
const user: AuthContext = { mode: 'AMAZON_COGNITO_USER_POOLS', identity: { sub: 'u1', groups: null } };
const admin: AuthContext = { mode: 'AMAZON_COGNITO_USER_POOLS', identity: { sub: 'a1', groups: ['admins'] } };
const iam: AuthContext = { mode: 'AWS_IAM', identity: {} };
const oidc: AuthContext = { mode: 'OPENID_CONNECT', identity: { sub: 'o1' } };
const lambda: AuthContext = { mode: 'AWS_LAMBDA', identity: { resolverContext: {} } };
const lambdaDenied: AuthContext = { ...lambda, deniedFields: new Set(['Partner.name', 'Query.open']) };

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
    ['Query.partner', oidc, true],
    ['Query.partner', lambda, true],
    ['Query.plain', oidc, false], // additional modes never reach fields without directives
    ['Query.plain', lambda, false],
    ['Partner.lambdaOnly', oidc, false],
    ['Partner.lambdaOnly', lambda, true],
    ['Partner.name', lambdaDenied, false], // deniedFields close a field the directives open
    ['Partner.lambdaOnly', lambdaDenied, true],
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

describe('directive auth rules (OIDC or Lambda default)', () => {
  it.each([
    ['OPENID_CONNECT', oidc, lambda],
    ['AWS_LAMBDA', lambda, oidc],
  ] as const)('lets only %s reach a field without directives', (mode, defaultCaller, otherCaller) => {
    // Prepare
    const rule = authRules(schema, mode).get('Query.plain')!;
    // Act / Assess
    expect([isAuthorized(rule, defaultCaller), isAuthorized(rule, otherCaller), isAuthorized(rule, apiKey)]).toEqual([true, false, false]);
  });
});

describe('fieldAuthKey', () => {
  it.each([
    ['one key for Cognito callers in the same groups, in any order', { ...admin, identity: { groups: ['b', 'admins'] } }, { ...user, identity: { groups: ['admins', 'b'] } }, true],
    ['two keys for Cognito callers in different groups', admin, user, false],
    ['two keys for Lambda callers with and without deniedFields', lambdaDenied, lambda, false],
    ['one key for Lambda callers with the same deniedFields', lambdaDenied, { ...lambda, identity: { resolverContext: { other: 1 } }, deniedFields: new Set(['Query.open', 'Partner.name']) }, true],
    ['two keys for callers of different modes', oidc, lambda, false],
  ] as const)('gives %s', (_label, first, second, equal) => {
    // Act
    const same = fieldAuthKey(first) === fieldAuthKey(second);
    // Assess
    expect(same).toBe(equal);
  });
});
