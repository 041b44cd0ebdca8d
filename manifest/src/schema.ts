// Reads schema/ and builds the schema local tools see (AppSync built-ins + the deployed SDL) with
// graphql-js. Only schema.graphql is ever deployed; appsync.graphql stands in for AppSync's built-ins.
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

export async function loadSchema(root: string): Promise<LoadedSchema> {
  const builtInsFile = path.join(root, 'schema', 'appsync.graphql');
  const deploySchemaFile = path.join(root, 'schema', 'schema.graphql');
  const builtIns = await parseFile(root, builtInsFile);
  const deployed = await parseFile(root, deploySchemaFile);
  let schema: GraphQLSchema;
  try {
    // Also rejects schema.graphql redefining an AWS scalar or directive, which AppSync would refuse.
    schema = buildASTSchema(concatAST([builtIns.document, deployed.document]));
  } catch (error) {
    throw new ManifestError([{ file: toRepoPath(root, deploySchemaFile), reason: (error as Error).message }]);
  }
  return { deploySchemaFile, localSchemaSdl: `${builtIns.sdl}\n${deployed.sdl}`, schema };
}
