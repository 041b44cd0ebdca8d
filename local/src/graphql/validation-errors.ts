// Request errors in AppSync's shape (appsync-spec.md §8.3): AppSync validates with graphql-java, so
// its messages read `Validation error of type <Kind>: <text> @ '<field path>'`, with `path: null`,
// located, and no errorType [O graphql/graphql-over-http#81, written by the AppSync team].
import { visit, type ASTNode, type DocumentNode, type GraphQLError } from 'graphql';

export interface ValidationErrorJson {
  path: null;
  locations: { line: number; column: number; sourceName: null }[];
  message: string;
}

type Translation = [RegExp, (match: RegExpExecArray) => { kind: string; text: string }];

/** graphql-js wording → graphql-java's, for the rules clients run into every day. */
const TRANSLATIONS: Translation[] = [
  [/^Cannot query field "(\w+)" on type "(\w+)"\./, (m) => ({ kind: 'FieldUndefined', text: `Field '${m[1]}' in type '${m[2]}' is undefined` })],
  [/^Field "(\w+)" argument "(\w+)" of type "[^"]+" is required, but it was not provided\./, (m) => ({ kind: 'MissingFieldArgument', text: `Missing field argument ${m[2]}` })],
  [/^Unknown argument "(\w+)" on field "[\w.]+"\./, (m) => ({ kind: 'UnknownArgument', text: `Unknown field argument ${m[1]}` })],
  [/^Field "(\w+)" of type "([^"]+)" must have a selection of subfields\./, (m) => ({ kind: 'SubSelectionRequired', text: `Sub selection required for type ${m[2].replace(/[[\]!]/g, '')} of field ${m[1]}` })],
  [/^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields\./, (m) => ({ kind: 'SubSelectionNotAllowed', text: `Sub selection not allowed on leaf type ${m[2].replace(/[[\]!]/g, '')} of field ${m[1]}` })],
  [/^Unknown type "(\w+)"\./, (m) => ({ kind: 'UnknownType', text: `Unknown type ${m[1]}` })],
  [/^Variable "\$(\w+)" is not defined/, (m) => ({ kind: 'UndefinedVariable', text: `Undefined variable ${m[1]}` })],
  [/^Variable "\$(\w+)" is never used/, (m) => ({ kind: 'UnusedVariable', text: `Unused variable ${m[1]}` })],
  [/^GraphQL introspection has been disabled, but the requested query contained the field "(\w+)"\./, (m) => ({ kind: 'FieldUndefined', text: `Field '${m[1]}' in type 'Query' is undefined` })],
];

/** Execution-time variable coercion, worded as graphql-java words it. */
const VARIABLE_NOT_PROVIDED = /^Variable "\$(\w+)" of required type "([^"]+)" was not provided\.$/;
const VARIABLE_NULL = /^Variable "\$(\w+)" of non-null type "([^"]+)" must not be null\.$/;
const SYNTAX = /^Syntax Error: (?:Expected [^,]+, found |Unexpected )(?:"([^"]*)"|<EOF>|(\S+))/;

/** The field names from the operation root down to `target`, e.g. `account/x` (graphql-java's query path). */
function fieldPath(document: DocumentNode | undefined, target: ASTNode | undefined): string | null {
  if (!document || !target) return null;
  let found: string | null = null;
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      // By position: the error may come from an earlier parse of the same text.
      if (node.kind !== target.kind || node.loc?.start !== target.loc?.start) return undefined;
      const names = [...ancestors, parent, node].flatMap((entry) => (entry && !Array.isArray(entry) && (entry as ASTNode).kind === 'Field' ? [(entry as { name: { value: string } }).name.value] : []));
      found = names.join('/');
      return false;
    },
  });
  return found;
}

function locationsOf(error: GraphQLError): ValidationErrorJson['locations'] {
  return (error.locations ?? []).map(({ line, column }) => ({ line, column, sourceName: null }));
}

export function messageOf(error: GraphQLError, document?: DocumentNode): string {
  const message = error.message;
  const syntax = SYNTAX.exec(message);
  if (syntax) {
    const where = error.locations?.[0];
    const token = syntax[1] ?? syntax[2] ?? '<EOF>';
    return `Invalid Syntax : offending token '${token}' at line ${where?.line ?? 1} column ${where?.column ?? 1}`;
  }
  const missing = VARIABLE_NOT_PROVIDED.exec(message) ?? VARIABLE_NULL.exec(message);
  if (missing) {
    return `Variable '${missing[1]}' has coerced Null value for NonNull type '${missing[2]}'`;
  }
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = pattern.exec(message);
    if (match) {
      const { kind, text } = translate(match);
      const path = fieldPath(document, error.nodes?.[0]);
      return `Validation error of type ${kind}: ${text}${path ? ` @ '${path}'` : ''}`;
    }
  }
  return message;
}

export function validationError(error: GraphQLError, document?: DocumentNode): ValidationErrorJson {
  return { path: null, locations: locationsOf(error), message: messageOf(error, document) };
}
