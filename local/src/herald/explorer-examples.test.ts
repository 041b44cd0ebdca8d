// Keeps the explorer's example operations valid against the schema as the API changes.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { explorerExamples } from './explorer-examples';

const schemaDir = new URL('../../../schema/', import.meta.url);
const schema = buildSchema(['appsync.graphql', 'schema.graphql'].map((file) => readFileSync(new URL(file, schemaDir), 'utf8')).join('\n'));

describe('explorer examples', () => {
  it.each(explorerExamples.map((example) => [parse(example.query).definitions.map((d) => ('name' in d ? d.name?.value : '')).join(), example]))(
    '%s is valid against the schema',
    (_name, example) => {
      // Act
      const errors = validate(schema, parse(example.query));
      // Assess
      expect(errors.map((error) => error.message)).toEqual([]);
    },
  );
});
