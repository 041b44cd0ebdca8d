// Field-level authorization from @aws_* directives (appsync-spec.md §9.1): field directives override
// the type's, the type's override the API default; directives are never merged. A Lambda authorizer's
// deniedFields close fields on top of that.
import { isObjectType, type ConstDirectiveNode, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { AuthContext, AuthMode } from './auth-context';

export interface AuthRule {
  /** `Type.field`, the form a Lambda authorizer's deniedFields are matched in. */
  field: string;
  modes: ReadonlySet<AuthMode>;
  /** Cognito groups of which the caller needs one; null = any signed-in user. */
  cognitoGroups: string[] | null;
}

const MODE_OF_DIRECTIVE: Record<string, AuthMode> = {
  aws_api_key: 'API_KEY',
  aws_iam: 'AWS_IAM',
  aws_oidc: 'OPENID_CONNECT',
  aws_lambda: 'AWS_LAMBDA',
  aws_cognito_user_pools: 'AMAZON_COGNITO_USER_POOLS',
  aws_auth: 'AMAZON_COGNITO_USER_POOLS',
};

function groupsArgument(directive: ConstDirectiveNode): string[] | null {
  const argument = directive.arguments?.find((arg) => arg.name.value === 'cognito_groups');
  if (!argument || argument.value.kind !== 'ListValue') {
    return null;
  }
  return argument.value.values.flatMap((value) => (value.kind === 'StringValue' ? [value.value] : []));
}

function ruleOf(directives: readonly ConstDirectiveNode[] | undefined): Omit<AuthRule, 'field'> | null {
  const auth = (directives ?? []).filter((directive) => MODE_OF_DIRECTIVE[directive.name.value]);
  if (auth.length === 0) {
    return null;
  }
  const cognito = auth.find((directive) => MODE_OF_DIRECTIVE[directive.name.value] === 'AMAZON_COGNITO_USER_POOLS');
  return {
    modes: new Set(auth.map((directive) => MODE_OF_DIRECTIVE[directive.name.value])),
    cognitoGroups: cognito ? groupsArgument(cognito) : null,
  };
}

/** The rule that applies to one field of one object type. */
export function authRuleFor(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, defaultMode: AuthMode): AuthRule {
  const rule = ruleOf(field.astNode?.directives) ?? ruleOf(type.astNode?.directives) ?? { modes: new Set([defaultMode]), cognitoGroups: null };
  return { field: `${type.name}.${field.name}`, ...rule };
}

export function isAuthorized(rule: AuthRule, auth: AuthContext): boolean {
  if (!rule.modes.has(auth.mode) || auth.deniedFields?.has(rule.field)) {
    return false;
  }
  if (auth.mode !== 'AMAZON_COGNITO_USER_POOLS' || rule.cognitoGroups === null) {
    return true;
  }
  const groups = (auth.identity?.groups as string[] | null) ?? [];
  return groups.some((group) => rule.cognitoGroups!.includes(group));
}

/** What isAuthorized tells callers apart by: callers with equal keys get equal answers for every rule. */
export function fieldAuthKey(auth: AuthContext): string {
  const groups = auth.mode === 'AMAZON_COGNITO_USER_POOLS' ? auth.identity?.groups : undefined;
  return JSON.stringify([auth.mode, Array.isArray(groups) ? [...(groups as string[])].sort() : [], [...(auth.deniedFields ?? [])].sort()]);
}

/** Every (type, field) rule of a schema, computed once. Key: `Type.field`. */
export function authRules(schema: GraphQLSchema, defaultMode: AuthMode): Map<string, AuthRule> {
  const rules = new Map<string, AuthRule>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) {
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      rules.set(`${type.name}.${field.name}`, authRuleFor(type, field, defaultMode));
    }
  }
  return rules;
}
