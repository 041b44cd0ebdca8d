// Discovery: turns file names under resolvers/ into wiring (style.md "Naming"). Reads names only, never
// contents. A .ts file that is neither a helper, a test nor a well-formed resolver is reported, not skipped.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ManifestProblem } from './errors';
import { toRepoPath } from './paths';

export interface DiscoveredUnit {
  kind: 'UNIT';
  typeName: string;
  fieldName: string;
  dataSource: string;
  file: string;
}

export interface DiscoveredFunction {
  order: number;
  step: string;
  dataSource: string;
  file: string;
}

export interface DiscoveredPipeline {
  kind: 'PIPELINE';
  typeName: string;
  fieldName: string;
  folder: string;
  /** null when the folder has no index.ts (a pass-through before/after is used). */
  indexFile: string | null;
  /** Sorted by order. */
  functions: DiscoveredFunction[];
}

export type DiscoveredResolver = DiscoveredUnit | DiscoveredPipeline;

export interface Discovery {
  resolvers: DiscoveredResolver[];
  problems: ManifestProblem[];
}

// GraphQL names, AppSync data source names and AppSync function names share this alphabet, so the
// derived function name Type_field_n_step is always valid.
const NAME = '[A-Za-z_][A-Za-z0-9_]*';
// `]` directly followed by `.ts`: a test beside a resolver (`…].test.ts`) never matches.
const UNIT_FILE = new RegExp(`^(${NAME})\\.(${NAME})\\.\\[(${NAME})\\]\\.ts$`);
const PIPELINE_FOLDER = new RegExp(`^(${NAME})\\.(${NAME})$`);
const FUNCTION_FILE = new RegExp(`^([1-9][0-9]*)\\.(${NAME})\\.\\[(${NAME})\\]\\.ts$`);

const UNIT_HINT = 'expected <Type>.<field>.[<dataSource>].ts (shared helpers belong in lib/)';
const FUNCTION_HINT = 'expected <n>.<step>.[<dataSource>].ts with n ≥ 1, or index.ts';

/** Codegen output (__generated__), tool folders such as __tests__, and hidden folders never hold wiring. */
function isToolFolder(name: string): boolean {
  return name.startsWith('.') || (name.startsWith('__') && name.endsWith('__'));
}

function isIgnoredFile(name: string): boolean {
  return !name.endsWith('.ts') || name.endsWith('.test.ts') || name.endsWith('.d.ts');
}

async function discoverPipeline(
  root: string,
  folder: string,
  typeName: string,
  fieldName: string,
  problems: ManifestProblem[],
): Promise<DiscoveredPipeline | null> {
  const folderPath = toRepoPath(root, folder);
  const problemsBefore = problems.length;
  let indexFile: string | null = null;
  const byOrder = new Map<number, DiscoveredFunction>();
  for (const entry of await listSorted(folder)) {
    const file = toRepoPath(root, path.join(folder, entry.name));
    if (entry.isDirectory()) {
      if (!isToolFolder(entry.name)) {
        problems.push({ file, reason: 'pipeline folders hold only index.ts and function files, not folders' });
      }
      continue;
    }
    if (entry.name === 'index.ts') {
      indexFile = file;
      continue;
    }
    if (isIgnoredFile(entry.name)) {
      continue;
    }
    const match = FUNCTION_FILE.exec(entry.name);
    if (!match) {
      problems.push({ file, reason: `malformed pipeline function name: ${FUNCTION_HINT}` });
      continue;
    }
    const order = Number(match[1]);
    const taken = byOrder.get(order);
    if (taken) {
      problems.push({ file, reason: `duplicate wiring: step ${order} is also ${taken.file}` });
      continue;
    }
    byOrder.set(order, { order, step: match[2], dataSource: match[3], file });
  }
  if (byOrder.size === 0) {
    // A misnamed function was reported already; "no functions" on top of it would only be noise.
    if (problems.length === problemsBefore) {
      problems.push({ file: folderPath, reason: `pipeline folder has no function files: ${FUNCTION_HINT}` });
    }
    return null;
  }
  const functions = [...byOrder.values()].sort((a, b) => a.order - b.order);
  return { kind: 'PIPELINE', typeName, fieldName, folder: folderPath, indexFile, functions };
}

/** Lists the resolvers that `resolversDir` wires, sorted by Type.field, plus every naming problem. */
export async function discover(root: string, resolversDir: string): Promise<Discovery> {
  const resolvers: DiscoveredResolver[] = [];
  const problems: ManifestProblem[] = [];
  let entries: Dirent[];
  try {
    entries = await listSorted(resolversDir);
  } catch (error) {
    problems.push({ file: toRepoPath(root, resolversDir), reason: `cannot be read (${(error as Error).message})` });
    return { resolvers, problems };
  }
  for (const entry of entries) {
    const absolute = path.join(resolversDir, entry.name);
    const file = toRepoPath(root, absolute);
    if (entry.isDirectory()) {
      // lib/ holds shared helpers, bundled into the resolvers that import them.
      if (entry.name === 'lib' || isToolFolder(entry.name)) {
        continue;
      }
      const match = PIPELINE_FOLDER.exec(entry.name);
      if (!match) {
        problems.push({ file, reason: 'malformed pipeline folder name: expected <Type>.<field>/' });
        continue;
      }
      const pipeline = await discoverPipeline(root, absolute, match[1], match[2], problems);
      if (pipeline) {
        resolvers.push(pipeline);
      }
      continue;
    }
    if (isIgnoredFile(entry.name)) {
      continue;
    }
    const match = UNIT_FILE.exec(entry.name);
    if (!match) {
      problems.push({ file, reason: `malformed resolver name: ${UNIT_HINT}` });
      continue;
    }
    resolvers.push({ kind: 'UNIT', typeName: match[1], fieldName: match[2], dataSource: match[3], file });
  }
  resolvers.sort((a, b) => compare(coordinate(a), coordinate(b)) || compare(a.kind, b.kind));
  return { resolvers, problems };
}

export function coordinate(resolver: { typeName: string; fieldName: string }): string {
  return `${resolver.typeName}.${resolver.fieldName}`;
}

// UTF-16 code-unit order, not locale order: the same tree gives the same manifest on every machine.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function listSorted(folder: string): Promise<Dirent[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries.sort((a, b) => compare(a.name, b.name));
}
