// Checks made before anything is started, so a missing Java or a taken port fails in a second with the fix
// (install command, env var to set) instead of half a stack starting and stopping again.
import { requireJava } from '../services/java-runtime';
import { assertPortFree } from '../services/ports';
import { stackPorts, type StackPorts } from './stack-ports';

export class PreflightError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreflightError';
  }
}

async function isHeraldServer(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1_000) });
    return ((await response.json()) as { status?: string }).status !== undefined;
  } catch {
    return false;
  }
}

/** Every taken port is reported at once, each with the variable that moves it. */
export async function preflight(ports: Partial<StackPorts>): Promise<void> {
  await requireJava().catch((error: Error) => {
    throw new PreflightError(error.message);
  });
  const problems: string[] = [];
  for (const spec of stackPorts) {
    const port = ports[spec.part];
    if (port === undefined) continue;
    try {
      await assertPortFree(port, spec.envVar);
    } catch (error) {
      const already = spec.part === 'graphql' && (await isHeraldServer(port)) ? ' Herald seems to be running already (another npm start?).' : '';
      problems.push(`${spec.label}: ${(error as Error).message}${already}`);
    }
  }
  if (problems.length) throw new PreflightError(problems.join('\n'));
}
