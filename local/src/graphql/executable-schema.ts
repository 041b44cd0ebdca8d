// Builds the executable schema: AppSync scalars, directive auth on every object field, and a
// field resolver for every resolver the manifest discovered.
import { buildSchema, defaultFieldResolver, isObjectType, isScalarType, responsePathAsArray, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { AuthContext, AuthMode } from '../auth/auth-context';
import { authRules, isAuthorized } from '../auth/directives';
import type { AppSyncErrorInfo } from '../runtime';
import { AppSyncFieldError, fieldError } from './appsync-errors';
import { errorDataFor } from './error-data';
import type { FieldCall, FieldOutcome, LoadedResolver } from './resolver-runner';
import type { RequestEffects } from './request-effects';
import { depthError, resolverCountError, type RequestLimits, type ResolverCounter } from './request-limits';
import { installAppSyncScalars } from './scalars';
import { fieldSelection } from './selection-set';
import type { GraphQLError } from 'graphql';

/** graphql-js contextValue of one HTTP request (subscription payloads render in subscription-payload.ts). */
export interface ExecutionContext {
  auth: AuthContext;
  headers: Record<string, string>;
  /** util.appendError errors, merged into the response. */
  appended: GraphQLError[];
  /** Invalidations and response headers the handlers asked for, applied after execution. */
  effects: RequestEffects;
}

export interface SchemaOptions {
  sdl: string;
  defaultMode: AuthMode;
  resolvers: LoadedResolver[];
  run(resolver: LoadedResolver, call: FieldCall): Promise<FieldOutcome>;
  limits?: RequestLimits;
}

export function fieldCall(source: unknown, args: Record<string, unknown>, context: ExecutionContext, info: Parameters<GraphQLFieldResolver<unknown, ExecutionContext>>[3]): FieldCall {
  const selection = fieldSelection(info.fieldNodes, info.fragments);
  return {
    typeName: info.parentType.name,
    fieldName: info.fieldName,
    args,
    source,
    identity: context.auth.identity,
    authType: context.auth.mode,
    variables: info.variableValues,
    selectionSetList: [...selection.list],
    selectionSetGraphQL: selection.graphql,
    headers: context.headers,
    // Only mutation resolvers may invalidate subscriptions (appsync-spec.md §3.6).
    effects: context.effects.forField(info.parentType === info.schema.getMutationType()),
  };
}

export function buildExecutableSchema({ sdl, defaultMode, resolvers, run, limits = {} }: SchemaOptions): GraphQLSchema {
  const schema = buildSchema(sdl);
  installAppSyncScalars(Object.values(schema.getTypeMap()).filter(isScalarType));
  const rules = authRules(schema, defaultMode);
  const byField = new Map(resolvers.map((resolver) => [`${resolver.spec.typeName}.${resolver.spec.fieldName}`, resolver]));
  const subscriptionType = schema.getSubscriptionType();

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) {
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const rule = rules.get(key)!;
      const resolver = byField.get(key);
      // Subscription fields run their resolver only when a subscription starts (subscription-start.ts).
      const isSubscriptionField = type === subscriptionType;

      const resolveWithCode: GraphQLFieldResolver<unknown, ExecutionContext> = async (source, args, context, info) => {
        const exhausted = resolverCountError(limits, context as ExecutionContext & ResolverCounter);
        if (exhausted) {
          throw new AppSyncFieldError(exhausted);
        }
        const shaped = (error: AppSyncErrorInfo): AppSyncErrorInfo => ({ ...error, data: errorDataFor(error.data, info.fieldNodes, info.fragments) });
        let outcome: FieldOutcome;
        try {
          outcome = await run(resolver!, fieldCall(source, args, context, info));
        } catch (error) {
          throw error instanceof AppSyncFieldError ? new AppSyncFieldError(shaped(error.extensions.appsync)) : error;
        }
        if (outcome.appendedErrors.length > 0) {
          const path = responsePathAsArray(info.path);
          context.appended.push(...outcome.appendedErrors.map((error) => fieldError(shaped(error), info.fieldNodes, path)));
        }
        return outcome.value;
      };
      const inner = resolver && !isSubscriptionField ? resolveWithCode : (field.resolve ?? defaultFieldResolver);

      field.resolve = (source, args, context: ExecutionContext, info) => {
        const tooDeep = depthError(limits, info);
        if (tooDeep) {
          throw new AppSyncFieldError(tooDeep);
        }
        if (!isAuthorized(rule, context.auth)) {
          throw new AppSyncFieldError({ message: `Not Authorized to access ${field.name} on type ${type.name}`, errorType: 'Unauthorized', data: null, errorInfo: null });
        }
        return inner(source, args, context, info);
      };
    }
  }
  return schema;
}
