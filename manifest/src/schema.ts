// Reads the schema files and builds the schema local tools see (AppSync built-ins + the deployed SDL)
// with graphql-js. Only the SDL is ever deployed; appsync.graphql stands in for AppSync's built-ins.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildASTSchema, concatAST, parse, Source } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { ManifestError } from './errors';
import { toRepoPath } from './paths';

export interface LoadedSchema {
  deploySchemaFile: string;
  localSchemaSdl: string;
  schema: GraphQLSchema;
}

async function parseFile(root: string, file: string): Promise<{ sdl: string; document: DocumentNode }> {
  const name = toRepoPath(root, file);
  let sdl: string;
  try {
    sdl = await readFile(file, 'utf8');
  } catch (error) {
    throw new ManifestError([{ file: name, reason: `cannot be read (${(error as Error).message})` }]);
  }
  try {
    // Parsing each file on its own keeps syntax error positions true to that file.
    return { sdl, document: parse(new Source(sdl, name)) };
  } catch (error) {
    throw new ManifestError([{ file: name, reason: (error as Error).message }]);
  }
}

export interface SchemaFiles {
  /** AppSync's scalars and directives as SDL (absolute, or relative to root); default schema/appsync.graphql. */
  builtInsFile?: string;
  /** The deployed SDL, one or more files relative to root; default [schema/schema.graphql]. */
  schemaFiles?: readonly string[];
}

export async function loadSchema(root: string, files: SchemaFiles = {}): Promise<LoadedSchema> {
  const builtInsFile = path.resolve(root, files.builtInsFile ?? path.join('schema', 'appsync.graphql'));
  const deployedFiles = (files.schemaFiles ?? [path.join('schema', 'schema.graphql')]).map((file) => path.resolve(root, file));
  if (deployedFiles.length === 0) {
    throw new ManifestError([{ file: '.', reason: 'no schema file given' }]);
  }
  const [builtIns, ...deployed] = await Promise.all([builtInsFile, ...deployedFiles].map((file) => parseFile(root, file)));
  let schema: GraphQLSchema;
  try {
    // Also rejects the SDL redefining an AWS scalar or directive, which AppSync would refuse.
    schema = buildASTSchema(concatAST([builtIns.document, ...deployed.map((part) => part.document)]));
  } catch (error) {
    throw new ManifestError([{ file: toRepoPath(root, deployedFiles[0]), reason: (error as Error).message }]);
  }
  const localSchemaSdl = [builtIns, ...deployed].map((part) => part.sdl).join('\n');
  return { deploySchemaFile: deployedFiles[0], localSchemaSdl, schema };
}
