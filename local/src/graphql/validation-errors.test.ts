import { buildSchema, getOperationAST, getVariableValues, parse, parseValue, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { javaValue, messageOf, validationError } from './validation-errors';

// Shapes taken from recorded AppSync answers (README support matrix cites each) plus a few generic types.
const schema = buildSchema(`
  input In { a: Int! b: String d: Nested }
  input Nested { x: String! }
  input OutsideInput { nested: NestedInput }
  input NestedInput { name: String! }
  enum Color { RED GREEN }
  type Allocations { equities: String }
  type AssetAllocation { endAllocations: Allocations }
  type Inputs { assetAllocation: AssetAllocation }
  type ModelInputsConnection { items: [Inputs] }
  type WatchProvider { id: ID }
  type FilteredContent { id: String! genres: [String!] watchProviders: [WatchProvider] }
  type A { v: String }
  type B { v: Int! }
  type C { v: Int }
  union U = A | B | C
  type Query {
    u: U
    f(i: In, n: Int, c: Color, l: [Int!], fl: Float): String
    listInputs: ModelInputsConnection
    getFilteredContent: [FilteredContent]
    card(id: ID): FilteredContent
  }
  type Mutation { createItem(outside_input: OutsideInput!): String }
`);

function firstError(query: string) {
  const document = parse(query);
  const [error] = validate(schema, document);
  return validationError(error!, document);
}

function message(query: string): string {
  return firstError(query).message;
}

describe('validationError', () => {
  it.each([
    ['a list field without a selection', '{ getFilteredContent { watchProviders } }', 'Validation error of type SubSelectionRequired: Sub selection required for type null of field watchProviders @ \'getFilteredContent/watchProviders\''],
    ['a list-of-scalars field with a selection', '{ getFilteredContent { genres { id } } }', 'Validation error of type SubSelectionNotAllowed: Sub selection not allowed on leaf type null of field genres @ \'getFilteredContent/genres\''],
    [
      'a bare object field without a selection',
      '{ listInputs { items { assetAllocation { endAllocations } } } }',
      "Validation error of type SubSelectionRequired: Sub selection required for type Allocations of field endAllocations @ 'listInputs/items/assetAllocation/endAllocations'",
    ],
  ])('words %s as AppSync did (graphql-java before 14 prints wrapped types as null)', (_label, query, expected) => {
    // Act
    const actual = message(query);
    // Assess
    expect(actual).toBe(expected);
  });

  it.each([
    ['a scalar of the wrong kind', '{ f(n: "x") }', "argument 'n' with value 'StringValue{value='x'}' is not a valid 'Int'"],
    ['a float for an Int', '{ f(n: 1.5) }', "argument 'n' with value 'FloatValue{value=1.5}' is not a valid 'Int'"],
    ['a list for a scalar', '{ f(n: [1]) }', "argument 'n' with value 'ArrayValue{values=[IntValue{value=1}]}' is not a valid 'Int'"],
    ['a bad list element', '{ f(l: [1, "x"]) }', "argument 'l[1]' with value 'StringValue{value='x'}' is not a valid 'Int'"],
    ['a null list element of a non-null type', '{ f(l: [1, null]) }', "argument 'l[1]' with value 'NullValue{}' must not be null"],
    ['an unknown enum value', '{ f(c: BLUE) }', "argument 'c' with value 'EnumValue{name='BLUE'}' is not a valid 'Color'"],
    ['a string for an enum', '{ f(c: "RED") }', "argument 'c' with value 'StringValue{value='RED'}' is not a valid 'Color'"],
    ['a scalar for an input object', '{ f(i: "x") }', "argument 'i' with value 'StringValue{value='x'}' must be an object type"],
    ['a missing required input field', '{ f(i: {b: "x"}) }', "argument 'i' with value 'ObjectValue{objectFields=[ObjectField{name='b', value=StringValue{value='x'}}]}' is missing required fields '[a]'"],
    ['an unknown input field', '{ f(i: {a: 1, z: 2}) }', "argument 'i' with value 'ObjectValue{objectFields=[ObjectField{name='a', value=IntValue{value=1}}, ObjectField{name='z', value=IntValue{value=2}}]}' contains a field not in 'In': 'z'"],
    ['a bad nested value', '{ f(i: {a: 1, d: {x: 3}}) }', "argument 'i.d.x' with value 'IntValue{value=3}' is not a valid 'String'"],
  ])('words %s as graphql-java’s WrongType, at the argument', (_label, query, text) => {
    // Act
    const error = firstError(query);
    // Assess
    expect(error).toEqual({ path: null, locations: [{ line: 1, column: 5, sourceName: null }], message: `Validation error of type WrongType: ${text} @ 'f'` });
  });

  it.each([
    ['an unknown directive', '{ card @foo { id } }', "UnknownDirective: Unknown directive foo @ 'card'", [1, 8]],
    ['a misplaced directive', 'query @skip(if: true) { card { id } }', 'MisplacedDirective: Directive skip not allowed here', [1, 7]],
    ['a directive twice', '{ card @include(if: true) @include(if: true) { id } }', "DuplicateDirectiveName: Directives must be uniquely named within a location. The directive 'include' used on a 'Field' is not unique. @ 'card'", [1, 27]],
    ['a missing directive argument', '{ card @include { id } }', "MissingDirectiveArgument: Missing directive argument if @ 'card'", [1, 8]],
    ['an unknown directive argument', '{ card @include(if: true, x: 1) { id } }', "UnknownDirective: Unknown directive argument x @ 'card'", [1, 27]],
    ['an undefined variable', 'query Q { card(id: $y) { id } }', "UndefinedVariable: Undefined variable y @ 'card'", [1, 20]],
    ['a variable of another type', 'query Q($x: Int) { card(id: $x) { id } }', "VariableTypeMismatch: Variable type 'Int' doesn't match expected type 'ID' @ 'card'", [1, 29]],
    ['a defaulted variable of another type', 'query Q($x: String = "a") { f(l: [$x]) }', "VariableTypeMismatch: Variable type 'String!' doesn't match expected type 'Int!' @ 'f'", [1, 35]],
    ['an output type on a variable', 'query Q($v: Inputs) { f(n: 1) }', 'NonInputTypeOnVariable: Wrong type for a variable', [1, 9]],
    ['a bad default value', 'query Q($v: Int = "x") { f(n: $v) }', "BadValueForDefaultArg: Bad default value StringValue{value='x'} for type Int", [1, 9]],
    ['an unknown fragment', '{ card { ...F } }', "UndefinedFragment: Undefined fragment F @ 'card'", [1, 10]],
    ['an unused fragment', 'fragment F on Inputs { __typename } { card { id } }', 'UnusedFragment: Unused fragment F', [1, 1]],
    ['an impossible inline fragment', '{ card { ... on Inputs { __typename } } }', "InvalidFragmentType: Fragment cannot be spread here as objects of type FilteredContent can never be of type Inputs @ 'card'", [1, 10]],
    ['an inline fragment on a scalar', '{ card { ... on String { x } } }', "InlineFragmentTypeConditionInvalid: Inline fragment type condition is invalid, must be on Object/Interface/Union @ 'card'", [1, 10]],
    ['a leaf with a selection inside a fragment', '{ card { ...F } } fragment F on FilteredContent { id { z } }', "SubSelectionNotAllowed: Sub selection not allowed on leaf type null of field id @ 'id'", [1, 51]],
    ['two operations of one name', 'query Q { card { id } } query Q { card { id } }', "DuplicateOperationName: There can be only one operation named 'Q'", [1, 25]],
    ['an anonymous operation before a named one', '{ card { id } } query B { card { id } }', 'LoneAnonymousOperationViolation: Operation B is following anonymous operation.', [1, 17]],
    ['an anonymous operation after a named one', 'query A { card { id } } { card { id } }', 'LoneAnonymousOperationViolation: Anonymous operation with other operations.', [1, 25]],
    ['a type definition', 'type X { a: Int }', 'NonExecutableDefinition: The X definition is not executable.', [1, 1]],
  ])('words %s as graphql-java 13 does', (_label, query, text, [line, column]) => {
    // Act
    const error = firstError(query);
    // Assess
    expect(error).toEqual({ path: null, locations: [{ line, column, sourceName: null }], message: `Validation error of type ${text}` });
  });

  it.each([
    ['differing arguments', '{ card(id: "1") { id } card(id: "2") { id } }', 'card: they have differing arguments', [3, 24]],
    ['different nullability', '{ u { ... on A { v } ... on B { v } } }', "v: fields have different nullability shapes @ 'u'", [18, 33]],
    ['different scalar types', '{ u { ... on A { v } ... on C { v } } }', "v: they return differing types String and Int @ 'u'", [18, 33]],
  ])('reports a field conflict of %s at both fields, pathed to their parent', (_label, query, text, [first, second]) => {
    // Act
    const error = firstError(query);
    // Assess
    expect(error).toEqual({
      path: null,
      locations: [{ line: 1, column: first, sourceName: null }, { line: 1, column: second, sourceName: null }],
      message: `Validation error of type FieldsConflict: ${text}`,
    });
  });

  it('names the offending token of a syntax error', () => {
    // Act
    let thrown: unknown;
    try {
      parse('{ card(id: "x" { id } }');
    } catch (error) {
      thrown = error;
    }
    // Assess
    expect(validationError(thrown as Parameters<typeof validationError>[0])).toEqual({ path: null, locations: [{ line: 1, column: 16, sourceName: null }], message: "Invalid Syntax : offending token '{' at line 1 column 16" });
  });
});

describe('variable coercion errors', () => {
  it.each<[string, string, Record<string, unknown>, string]>([
    // The exact case of aws/aws-appsync-community#406, with AppSync's recorded answer.
    ['a null nested input field', 'mutation M($outside_input: OutsideInput!) { createItem(outside_input: $outside_input) }', { outside_input: { nested: {} } }, "Variable 'outside_input' has coerced Null value for NonNull type 'String!'"],
    ['an explicit null nested field', 'mutation M($outside_input: OutsideInput!) { createItem(outside_input: $outside_input) }', { outside_input: { nested: { name: null } } }, "Variable 'outside_input' has coerced Null value for NonNull type 'String!'"],
    ['a missing non-null variable', 'query Q($l: [Int!]!) { f(l: $l) }', {}, "Variable 'l' has coerced Null value for NonNull type '[Int!]!'"],
    ['a null list element', 'query Q($l: [Int!]) { f(l: $l) }', { l: [null] }, "Variable 'l' has coerced Null value for NonNull type 'Int!'"],
    ['an unknown input field', 'query Q($i: In) { f(i: $i) }', { i: { a: 1, zzz: 2 } }, "The variables input contains a field name 'zzz' that is not defined for input object type 'In' "],
    ['a scalar that does not coerce', 'query Q($n: Int) { f(n: $n) }', { n: 'x' }, 'Variable \'n\' has an invalid value. Int cannot represent non-integer value: "x"'],
  ])('words %s as AppSync does', (_label, query, variables, expected) => {
    // Prepare
    const document = parse(query);
    const operation = getOperationAST(document)!;
    // Act
    const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    // Assess
    expect(errors?.map((error) => messageOf(error, document))).toEqual([expected]);
  });
});

describe('javaValue', () => {
  it.each([
    // Recorded in aws-mobile-appsync-sdk-js#554 (a WrongType message from AppSync).
    ['{upvotes: 10}', "ObjectValue{objectFields=[ObjectField{name='upvotes', value=IntValue{value=10}}]}"],
    ['[true, null, RED, $v]', "ArrayValue{values=[BooleanValue{value=true}, NullValue{}, EnumValue{name='RED'}, VariableReference{name='v'}]}"],
    ['"a\\"b"', 'StringValue{value=\'a"b\'}'],
    ['1.50', 'FloatValue{value=1.50}'],
    ['1.5e3', 'FloatValue{value=1.5E+3}'],
    ['15e-1', 'FloatValue{value=1.5}'],
    ['2e-9', 'FloatValue{value=2E-9}'],
  ])('prints %s as graphql-java’s AST toString', (literal, expected) => {
    // Act
    const printed = javaValue(parseValue(literal));
    // Assess
    expect(printed).toBe(expected);
  });
});
