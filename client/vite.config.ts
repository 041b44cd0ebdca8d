// Vite for the web client: root client/, React, dev server on 127.0.0.1:$HERALD_APP_PORT (default 5173),
// and the stack's outputs file ($HERALD_OUTPUTS, default <repo>/.herald/outputs.json) served as /config.json.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { heraldOutputsPlugin } from './vite/outputs-plugin.ts';

const clientDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(clientDir, '..');

function port(value: string | undefined, fallback: number): number {
  if (!value) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) {
    throw new Error(`HERALD_APP_PORT must be a port number, got "${value}"`);
  }
  return parsed;
}

export default defineConfig(() => {
  const appPort = port(process.env.HERALD_APP_PORT, 5173);
  const outputsPath = process.env.HERALD_OUTPUTS
    ? path.resolve(process.env.HERALD_OUTPUTS)
    : path.join(repoDir, '.herald', 'outputs.json');
  return {
    root: clientDir,
    plugins: [react(), heraldOutputsPlugin({ outputsPath })],
    server: { host: '127.0.0.1', port: appPort, strictPort: true },
    preview: { host: '127.0.0.1', port: appPort, strictPort: true },
    build: { outDir: path.join(clientDir, 'dist'), emptyOutDir: true },
  };
});
