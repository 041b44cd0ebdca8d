// Request errors in AppSync's shape (appsync-spec.md §8.3): AppSync validates with graphql-java, so
// its messages read `Validation error of type <Kind>: <text> @ '<field path>'`, with `path: null`,
// located, and no errorType [O graphql/graphql-over-http#81, written by the AppSync team].
// Its graphql-java is a 12.x/13.x one: syntax errors name the offending token (12.0+) and wrapped
// types print as `null` (before 14.0) [O recorded AppSync messages, see README support matrix].
import { Kind, parse, visit, type ASTNode, type DocumentNode, type GraphQLError, type TypeNode, type ValueNode } from 'graphql';

export interface ValidationErrorJson {
  path: null;
  locations: { line: number; column: number; sourceName: null }[];
  message: string;
}

/** What a graphql-js error becomes: graphql-java's kind and text, where it points, and its field path. */
interface Translated {
  kind: string;
  text: string;
  /** The node graphql-java locates the error at, when graphql-js points elsewhere. */
  at?: ASTNode;
  /** The field path; default: the fields enclosing the error's first node. null: none. */
  path?: string | null;
}

interface ErrorSite {
  error: GraphQLError;
  document?: DocumentNode;
  /** Root-to-node chain of the error's first node (empty when it cannot be found). */
  chain: ASTNode[];
  chainOf(node: ASTNode | undefined): ASTNode[];
}

type Translation = [RegExp, (match: RegExpExecArray, site: ErrorSite) => Translated | undefined];

/** The AppSync scalars and graphql-java's built-ins: anything else named in a value error is an input object. */
const SCALARS = new Set(['Int', 'Float', 'String', 'Boolean', 'ID', 'AWSDate', 'AWSTime', 'AWSDateTime', 'AWSTimestamp', 'AWSEmail', 'AWSJSON', 'AWSPhone', 'AWSURL', 'AWSIPAddress']);

const VALUE_KINDS = new Set<string>([Kind.INT, Kind.FLOAT, Kind.STRING, Kind.BOOLEAN, Kind.NULL, Kind.ENUM, Kind.LIST, Kind.OBJECT, Kind.OBJECT_FIELD]);

/** graphql-java before 14.0 asks a wrapped type for its name and gets null. */
function javaTypeName(printed: string): string {
  return /[[\]!]/.test(printed) ? 'null' : printed;
}

function printType(node: TypeNode): string {
  if (node.kind === Kind.NON_NULL_TYPE) return `${printType(node.type)}!`;
  if (node.kind === Kind.LIST_TYPE) return `[${printType(node.type)}]`;
  return node.name.value;
}

/** java.math.BigDecimal#toString of a GraphQL float literal. */
function javaDecimal(literal: string): string {
  const parts = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(literal);
  if (!parts || parts[4] === undefined) return literal;
  const [, sign, whole, fraction = '', exponent] = parts;
  const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '');
  const scale = fraction.length - Number(exponent);
  const adjusted = -scale + digits.length - 1;
  if (scale >= 0 && adjusted >= -6) {
    const padded = digits.padStart(scale + 1, '0');
    return `${sign}${scale === 0 ? padded : `${padded.slice(0, -scale)}.${padded.slice(-scale)}`}`;
  }
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
}

/** A literal as graphql-java's AST toString() prints it inside WrongType messages. */
export function javaValue(node: ValueNode): string {
  switch (node.kind) {
    case Kind.INT:
      return `IntValue{value=${BigInt(node.value)}}`;
    case Kind.FLOAT:
      return `FloatValue{value=${javaDecimal(node.value)}}`;
    case Kind.STRING:
      return `StringValue{value='${node.value}'}`;
    case Kind.BOOLEAN:
      return `BooleanValue{value=${node.value}}`;
    case Kind.NULL:
      return 'NullValue{}';
    case Kind.ENUM:
      return `EnumValue{name='${node.value}'}`;
    case Kind.VARIABLE:
      return `VariableReference{name='${node.name.value}'}`;
    case Kind.LIST:
      return `ArrayValue{values=[${node.values.map(javaValue).join(', ')}]}`;
    case Kind.OBJECT:
      return `ObjectValue{objectFields=[${node.fields.map((field) => `ObjectField{name='${field.name.value}', value=${javaValue(field.value)}}`).join(', ')}]}`;
  }
}

/** The chain of AST nodes from the document root down to `target`, found by position (the error may come from another parse of the same text). */
function chainTo(document: DocumentNode | undefined, target: ASTNode | undefined): ASTNode[] {
  if (!document || !target) return [];
  let found: ASTNode[] = [];
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      if (node.kind !== target.kind || node.loc?.start !== target.loc?.start) return undefined;
      // `ancestors` stops short of the direct parent.
      found = [...ancestors, parent, node].filter((entry): entry is ASTNode => entry !== undefined && !Array.isArray(entry));
      return false;
    },
  });
  return found;
}

/** graphql-java's query path: the field names (not aliases) from the operation or fragment down, or null. */
function fieldPath(chain: ASTNode[]): string | null {
  const names = chain.flatMap((node) => (node.kind === Kind.FIELD ? [node.name.value] : []));
  return names.length > 0 ? names.join('/') : null;
}

function nearest<K extends ASTNode['kind']>(chain: ASTNode[], kind: K): Extract<ASTNode, { kind: K }> | undefined {
  return [...chain].reverse().find((node) => node.kind === kind) as Extract<ASTNode, { kind: K }> | undefined;
}

/** `.field` and `[index]` steps from a literal's root down to `upTo` (graphql-java's argument path). */
function literalSteps(chain: ASTNode[], root: ASTNode, upTo: ASTNode): string {
  const from = chain.indexOf(root);
  const to = chain.indexOf(upTo);
  let steps = '';
  for (let index = from + 1; index <= to; index += 1) {
    const node = chain[index];
    const parent = chain[index - 1];
    if (node.kind === Kind.OBJECT_FIELD) steps += `.${node.name.value}`;
    else if (parent.kind === Kind.LIST) steps += `[${parent.values.indexOf(node as ValueNode)}]`;
  }
  return steps;
}

/**
 * A literal that fails its input type (graphql-js ValuesOfCorrectTypeRule), worded as graphql-java's
 * ArgumentsOfCorrectType / VariableDefaultValuesOfCorrectType word it. graphql-java names one failure
 * per argument: the value (for scalar, enum and null failures) or the whole argument (for object ones).
 */
function wrongType(site: ErrorSite): Translated | undefined {
  const { error, chain } = site;
  const node = chain.at(-1);
  if (!node || !VALUE_KINDS.has(node.kind)) return undefined;
  const message = error.message;
  const missing = /^Field "\w+\.(\w+)" of required type "[^"]+" was not provided\./.exec(message);
  const extra = /^Field "(\w+)" is not defined by type "(\w+)"\./.exec(message);
  const enumName = /^Value "[^"]*" does not exist in "(\w+)" enum\./.exec(message)?.[1] ?? /^Enum "(\w+)" cannot represent /.exec(message)?.[1];
  const expected = /^Expected value of type "([^"]+)", found /.exec(message)?.[1]?.replace(/[[\]!]/g, '');
  const scalar = /^(\w+) cannot represent /.exec(message)?.[1] ?? /^Invalid value for (\w+):/.exec(message)?.[1] ?? (expected && SCALARS.has(expected) ? expected : undefined);

  let text: string;
  let subject = node; // the node graphql-java's argument path leads to
  let shown = node.kind === Kind.OBJECT_FIELD ? undefined : (node as ValueNode);
  if (missing) {
    text = `is missing required fields '[${missing[1]}]'`;
    shown = undefined;
  } else if (extra) {
    text = `contains a field not in '${extra[2]}': '${extra[1]}'`;
    subject = chain.at(-2)!;
  } else if (node.kind === Kind.NULL) {
    text = 'must not be null';
  } else if (enumName) {
    text = `is not a valid '${enumName}'`;
  } else if (scalar) {
    text = `is not a valid '${scalar}'`;
  } else if (expected) {
    text = 'must be an object type';
    shown = undefined;
  } else {
    return undefined;
  }

  const argument = nearest(chain, Kind.ARGUMENT);
  if (argument) {
    const value = shown ?? argument.value;
    return { kind: 'WrongType', text: `argument '${argument.name.value}${literalSteps(chain, argument.value, subject)}' with value '${javaValue(value)}' ${text}`, at: argument };
  }
  const variable = nearest(chain, Kind.VARIABLE_DEFINITION);
  if (variable?.defaultValue) {
    return { kind: 'BadValueForDefaultArg', text: `Bad default value ${javaValue(variable.defaultValue)} for type ${javaTypeName(printType(variable.type))}`, at: variable, path: null };
  }
  return undefined;
}

/** graphql-java's reason for two same-named fields of different types: wrapping shape first, then the named types. */
function typeConflict(a: string, b: string): string {
  let left = a;
  let right = b;
  for (;;) {
    if ((left.endsWith('!') || right.endsWith('!')) && !(left.endsWith('!') && right.endsWith('!'))) return 'fields have different nullability shapes';
    left = left.replace(/!$/, '');
    right = right.replace(/!$/, '');
    const lists = [left, right].filter((type) => type.startsWith('['));
    if (lists.length === 1) return 'fields have different list shapes';
    if (lists.length === 0) return `they return differing types ${left} and ${right}`;
    left = left.slice(1, -1);
    right = right.slice(1, -1);
  }
}

/** The Java class graphql-java's UniqueDirectiveNamesPerLocation names the directive's holder by. */
const DIRECTIVE_HOLDERS: Partial<Record<string, string>> = {
  [Kind.FIELD]: 'Field',
  [Kind.FRAGMENT_SPREAD]: 'FragmentSpread',
  [Kind.INLINE_FRAGMENT]: 'InlineFragment',
  [Kind.OPERATION_DEFINITION]: 'OperationDefinition',
  [Kind.FRAGMENT_DEFINITION]: 'FragmentDefinition',
};

/** graphql-js wording → graphql-java 12/13 wording, rule by rule. */
const TRANSLATIONS: Translation[] = [
  [/^Cannot query field "(\w+)" on type "(\w+)"\./, (m) => ({ kind: 'FieldUndefined', text: `Field '${m[1]}' in type '${m[2]}' is undefined` })],
  [/^Field "(\w+)" argument "(\w+)" of type "[^"]+" is required, but it was not provided\./, (m) => ({ kind: 'MissingFieldArgument', text: `Missing field argument ${m[2]}` })],
  [/^Directive "@\w+" argument "(\w+)" of type "[^"]+" is required, but it was not provided\./, (m) => ({ kind: 'MissingDirectiveArgument', text: `Missing directive argument ${m[1]}` })],
  [/^Unknown argument "(\w+)" on field "[\w.]+"\./, (m) => ({ kind: 'UnknownArgument', text: `Unknown field argument ${m[1]}` })],
  [/^Unknown argument "(\w+)" on directive "@\w+"\./, (m) => ({ kind: 'UnknownDirective', text: `Unknown directive argument ${m[1]}` })],
  [/^Field "(\w+)" of type "([^"]+)" must have a selection of subfields\./, (m) => ({ kind: 'SubSelectionRequired', text: `Sub selection required for type ${javaTypeName(m[2])} of field ${m[1]}` })],
  [
    /^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields\./,
    // graphql-js points at the selection set, graphql-java at the field.
    (m, site) => ({ kind: 'SubSelectionNotAllowed', text: `Sub selection not allowed on leaf type ${javaTypeName(m[2])} of field ${m[1]}`, at: site.chain.at(-2) }),
  ],
  [/^Unknown type "(\w+)"\./, (m) => ({ kind: 'UnknownType', text: `Unknown type ${m[1]}` })],
  [/^Unknown directive "@(\w+)"\./, (m) => ({ kind: 'UnknownDirective', text: `Unknown directive ${m[1]}` })],
  [/^Directive "@(\w+)" may not be used on \w+\./, (m) => ({ kind: 'MisplacedDirective', text: `Directive ${m[1]} not allowed here` })],
  [
    /^The directive "@(\w+)" can only be used once at this location\./,
    (m, site) => {
      const directive = site.error.nodes?.[1];
      const holder = site.chainOf(directive).at(-2);
      return { kind: 'DuplicateDirectiveName', text: `Directives must be uniquely named within a location. The directive '${m[1]}' used on a '${DIRECTIVE_HOLDERS[holder?.kind ?? ''] ?? holder?.kind}' is not unique.`, at: directive };
    },
  ],
  [/^Variable "\$(\w+)" is not defined/, (m, site) => ({ kind: 'UndefinedVariable', text: `Undefined variable ${m[1]}`, at: site.error.nodes?.[0] })],
  [/^Variable "\$(\w+)" is never used/, (m) => ({ kind: 'UnusedVariable', text: `Unused variable ${m[1]}` })],
  [/^Variable "\$\w+" cannot be non-input type "[^"]+"\./, (_m, site) => ({ kind: 'NonInputTypeOnVariable', text: 'Wrong type for a variable', at: nearest(site.chain, Kind.VARIABLE_DEFINITION) })],
  [
    /^Variable "\$(\w+)" of type "([^"]+)" used in position expecting type "([^"]+)"\./,
    (m, site) => {
      // graphql-java prints the variable's effective type: a default value makes it non-null.
      const definition = site.error.nodes?.[0];
      const declared = definition?.kind === Kind.VARIABLE_DEFINITION && definition.defaultValue && !m[2].endsWith('!') ? `${m[2]}!` : m[2];
      const usage = site.error.nodes?.[1];
      return { kind: 'VariableTypeMismatch', text: `Variable type '${declared}' doesn't match expected type '${m[3]}'`, at: usage, path: fieldPath(site.chainOf(usage)) };
    },
  ],
  [/^Unknown fragment "(\w+)"\./, (m, site) => ({ kind: 'UndefinedFragment', text: `Undefined fragment ${m[1]}`, at: site.chain.at(-2) })],
  [/^Fragment "(\w+)" is never used\./, (m) => ({ kind: 'UnusedFragment', text: `Unused fragment ${m[1]}` })],
  [
    /^Fragment "(\w+)" cannot be spread here as objects of type "(\w+)" can never be of type "(\w+)"\./,
    (m) => ({ kind: 'InvalidFragmentType', text: `Fragment ${m[1]} cannot be spread here as objects of type ${m[2]} can never be of type ${m[3]}` }),
  ],
  [/^Fragment cannot be spread here as objects of type "(\w+)" can never be of type "(\w+)"\./, (m) => ({ kind: 'InvalidFragmentType', text: `Fragment cannot be spread here as objects of type ${m[1]} can never be of type ${m[2]}` })],
  [
    /^Fragment cannot condition on non composite type "\w+"\./,
    (_m, site) => ({ kind: 'InlineFragmentTypeConditionInvalid', text: 'Inline fragment type condition is invalid, must be on Object/Interface/Union', at: site.chain.at(-2) }),
  ],
  [
    /^Fragment "\w+" cannot condition on non composite type "\w+"\./,
    (_m, site) => ({ kind: 'FragmentTypeConditionInvalid', text: 'Fragment type condition is invalid, must be on Object/Interface/Union', at: site.chain.at(-2), path: null }),
  ],
  [/^Cannot spread fragment "\w+" within itself/, () => ({ kind: 'FragmentCycle', text: 'Fragment cycles not allowed', path: null })],
  [
    /^This anonymous operation must be the only defined operation\./,
    (_m, site) => {
      // graphql-java flags an anonymous operation after another one, or else the operation right after it.
      const operations = site.document?.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION) ?? [];
      const index = operations.findIndex((operation) => operation.loc?.start === site.chain.at(-1)?.loc?.start);
      const next = operations[index + 1];
      if (index > 0 || !next || next.kind !== Kind.OPERATION_DEFINITION || !next.name) {
        return { kind: 'LoneAnonymousOperationViolation', text: 'Anonymous operation with other operations.' };
      }
      return { kind: 'LoneAnonymousOperationViolation', text: `Operation ${next.name.value} is following anonymous operation.`, at: next };
    },
  ],
  [/^There can be only one operation named "(\w+)"\./, (m, site) => ({ kind: 'DuplicateOperationName', text: `There can be only one operation named '${m[1]}'`, at: site.chainOf(site.error.nodes?.[1]).at(-2) })],
  [
    /^The ("\w+"|schema) definition is not executable\./,
    (m, site) => {
      const definition = site.chain.at(-1);
      const name = definition?.kind === Kind.DIRECTIVE_DEFINITION ? 'provided' : m[1].replace(/"/g, '');
      return { kind: 'NonExecutableDefinition', text: `The ${name} definition is not executable.` };
    },
  ],
  // graphql-js says "are different fields" before comparing types, graphql-java after: left in graphql-js's words.
  [/^Fields "(\w+)" conflict because they have differing arguments\./, (m, site) => ({ kind: 'FieldsConflict', text: `${m[1]}: they have differing arguments`, path: fieldPath(site.chain.slice(0, -1)) })],
  [
    /^Fields "(\w+)" conflict because they return conflicting types "([^"]+)" and "([^"]+)"\./,
    (m, site) => ({ kind: 'FieldsConflict', text: `${m[1]}: ${typeConflict(m[2], m[3])}`, path: fieldPath(site.chain.slice(0, -1)) }),
  ],
  [/^GraphQL introspection has been disabled, but the requested query contained the field "(\w+)"\./, (m) => ({ kind: 'FieldUndefined', text: `Field '${m[1]}' in type 'Query' is undefined` })],
  [/[\s\S]*/, (_m, site) => wrongType(site)],
];

/** Execution-time variable coercion, worded as graphql-java words it. */
const VARIABLE_NOT_PROVIDED = /^Variable "\$(\w+)" of required type "([^"]+)" was not provided\.$/;
const VARIABLE_NULL = /^Variable "\$(\w+)" of non-null type "([^"]+)" must not be null\.$/;
// A null below the variable's root still names the variable, with the inner type [O aws/aws-appsync-community#406].
const NESTED_NULL = /^Variable "\$(\w+)" got invalid value [\s\S]*; (?:Field "\w+" of required type "([^"]+)" was not provided|Expected non-nullable type "([^"]+)" not to be null)\.$/;
const UNKNOWN_INPUT_FIELD = /^Variable "\$\w+" got invalid value [\s\S]*; Field "(\w+)" is not defined by type "(\w+)"\./;
const INVALID_VARIABLE = /^Variable "\$(\w+)" got invalid value [\s\S]*?; ([\s\S]*)$/;
const SYNTAX = /^Syntax Error: (?:Expected [^,]+, found |Unexpected )(?:"([^"]*)"|<EOF>|(\S+))/;

function variableMessage(message: string): string | undefined {
  const missing = VARIABLE_NOT_PROVIDED.exec(message) ?? VARIABLE_NULL.exec(message);
  if (missing) return `Variable '${missing[1]}' has coerced Null value for NonNull type '${missing[2]}'`;
  const nested = NESTED_NULL.exec(message);
  if (nested) return `Variable '${nested[1]}' has coerced Null value for NonNull type '${nested[2] ?? nested[3]}'`;
  const unknown = UNKNOWN_INPUT_FIELD.exec(message);
  if (unknown) return `The variables input contains a field name '${unknown[1]}' that is not defined for input object type '${unknown[2]}' `;
  const invalid = INVALID_VARIABLE.exec(message);
  // DIVERGENCE: graphql-java's prefix; the reason after it is graphql-js's (scalar coercion messages differ).
  if (invalid) return `Variable '${invalid[1]}' has an invalid value. ${invalid[2]}`;
  return undefined;
}

function siteOf(error: GraphQLError, document: DocumentNode | undefined): ErrorSite {
  const source = document ?? parsedSource(error);
  const chainOf = (node: ASTNode | undefined) => chainTo(source, node);
  return { error, document: source, chain: chainOf(error.nodes?.[0]), chainOf };
}

/** The document an error came from, when the caller has none at hand (realtime start errors). */
function parsedSource(error: GraphQLError): DocumentNode | undefined {
  try {
    return error.source ? parse(error.source) : undefined;
  } catch {
    return undefined;
  }
}

function translate(error: GraphQLError, document: DocumentNode | undefined): { message: string; at?: ASTNode } {
  const message = error.message;
  const syntax = SYNTAX.exec(message);
  if (syntax) {
    const where = error.locations?.[0];
    const token = syntax[1] ?? syntax[2] ?? '<EOF>';
    return { message: `Invalid Syntax : offending token '${token}' at line ${where?.line ?? 1} column ${where?.column ?? 1}` };
  }
  const variable = variableMessage(message);
  if (variable) return { message: variable };
  const site = siteOf(error, document);
  for (const [pattern, rule] of TRANSLATIONS) {
    const match = pattern.exec(message);
    const translated = match && rule(match, site);
    if (translated) {
      const path = translated.path === undefined ? fieldPath(site.chain) : translated.path;
      return { message: `Validation error of type ${translated.kind}: ${translated.text}${path ? ` @ '${path}'` : ''}`, at: translated.at };
    }
  }
  return { message };
}

function locationsOf(error: GraphQLError, at: ASTNode | undefined): ValidationErrorJson['locations'] {
  const start = at?.loc?.startToken;
  const locations = start ? [{ line: start.line, column: start.column }] : (error.locations ?? []);
  return locations.map(({ line, column }) => ({ line, column, sourceName: null }));
}

export function messageOf(error: GraphQLError, document?: DocumentNode): string {
  return translate(error, document).message;
}

export function validationError(error: GraphQLError, document?: DocumentNode): ValidationErrorJson {
  const { message, at } = translate(error, document);
  return { path: null, locations: locationsOf(error, at), message };
}
