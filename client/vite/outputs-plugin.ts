// Vite plugin: exposes the stack's outputs file to the app as /config.json. Dev and preview servers
// read the file on every request (a restarted stack is picked up by a reload); a build copies it into
// dist so the same bundle can be pointed elsewhere by replacing that one file.
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { clientOutputs, parseOutputs } from '../src/lib/outputs.ts';

export interface OutputsPluginOptions {
  /** Absolute path of the outputs file (default chosen by vite.config.ts). */
  outputsPath: string;
}

/** The JSON the browser receives, or why there is none (with the HTTP status to answer). */
export function readClientConfig(outputsPath: string): { status: 200; body: string } | { status: 500 | 503; body: string } {
  if (!existsSync(outputsPath)) {
    const error = `${outputsPath} does not exist yet. Start the local stack (npm start) or set HERALD_OUTPUTS.`;
    return { status: 503, body: JSON.stringify({ error }) };
  }
  try {
    const outputs = clientOutputs(parseOutputs(JSON.parse(readFileSync(outputsPath, 'utf8'))));
    return { status: 200, body: `${JSON.stringify(outputs, null, 2)}\n` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 500, body: JSON.stringify({ error: `${outputsPath}: ${message}` }) };
  }
}

function serveConfig(outputsPath: string) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    const { status, body } = readClientConfig(outputsPath);
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };
}

export function heraldOutputsPlugin({ outputsPath }: OutputsPluginOptions): Plugin {
  return {
    name: 'herald-outputs',
    configureServer(server) {
      server.middlewares.use('/config.json', serveConfig(outputsPath));
    },
    configurePreviewServer(server) {
      server.middlewares.use('/config.json', serveConfig(outputsPath));
    },
    generateBundle() {
      const { status, body } = readClientConfig(outputsPath);
      if (status === 200) {
        this.emitFile({ type: 'asset', fileName: 'config.json', source: body });
      } else {
        // Not fatal: a deployment may supply config.json next to the bundle afterwards.
        this.warn(`no config.json in the build: ${JSON.parse(body).error}`);
      }
    },
  };
}
