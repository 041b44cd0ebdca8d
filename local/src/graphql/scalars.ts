// AppSync's scalars (appsync-spec.md §9.2): what each accepts on input and output. Invalid values
// fail validation before any resolver runs, as on AppSync.
import { GraphQLError, Kind, type GraphQLScalarType, type ValueNode } from 'graphql';

const OFFSET = '(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?)';
const DATE = '-?\\d{4,}-\\d{2}-\\d{2}';
const TIME = '\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?';

const patterns: Record<string, RegExp> = {
  AWSDate: new RegExp(`^${DATE}${OFFSET}?$`),
  AWSTime: new RegExp(`^${TIME}${OFFSET}?$`),
  AWSDateTime: new RegExp(`^${DATE}T${TIME}${OFFSET}$`),
  AWSEmail: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  AWSPhone: /^\+?[\d\s-]{3,20}$/,
  AWSURL: /^[a-zA-Z][a-zA-Z\d+.-]*:(\/\/)?[^\s]+$/,
  AWSIPAddress: /^((\d{1,3}\.){3}\d{1,3}|[\da-fA-F:]+)(\/\d{1,3})?$/,
};

function fail(name: string, value: unknown): never {
  throw new GraphQLError(`Invalid value for ${name}: ${JSON.stringify(value)}`);
}

function checkString(name: string, value: unknown): string {
  if (typeof value !== 'string' || !patterns[name].test(value)) {
    fail(name, value);
  }
  return value;
}

function checkTimestamp(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    fail('AWSTimestamp', value);
  }
  return value;
}

function literalValue(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
      return node.value;
    case Kind.INT:
      return Number(node.value);
    default:
      return undefined;
  }
}

/** AWSJSON travels as a JSON string; resolvers see the parsed value (spec §9.2). */
function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') {
    fail('AWSJSON', value);
  }
  try {
    return JSON.parse(value);
  } catch {
    return fail('AWSJSON', value);
  }
}

type ScalarBehaviour = Pick<GraphQLScalarType, 'serialize' | 'parseValue' | 'parseLiteral'>;

function behaviourOf(name: string): ScalarBehaviour | undefined {
  if (name === 'AWSTimestamp') {
    return { serialize: checkTimestamp, parseValue: checkTimestamp, parseLiteral: (node) => checkTimestamp(literalValue(node)) };
  }
  if (name === 'AWSJSON') {
    return {
      serialize: (value) => (typeof value === 'string' ? value : JSON.stringify(value)),
      parseValue: parseJson,
      parseLiteral: (node) => parseJson(literalValue(node)),
    };
  }
  if (patterns[name]) {
    return {
      serialize: (value) => checkString(name, value),
      parseValue: (value) => checkString(name, value),
      parseLiteral: (node) => checkString(name, literalValue(node)),
    };
  }
  return undefined;
}

/** Gives the AWS* scalars declared in the schema their AppSync behaviour. */
export function installAppSyncScalars(types: Iterable<GraphQLScalarType>): void {
  for (const type of types) {
    const behaviour = behaviourOf(type.name);
    if (behaviour) {
      Object.assign(type, behaviour);
    }
  }
}
