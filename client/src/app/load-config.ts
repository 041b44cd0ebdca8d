// Fetches the outputs the dev server (or the build) exposes at config.json, so one build can point at
// the local stack or AWS depending on which outputs file is served next to it.
import { clientOutputs, parseOutputs } from '../lib/outputs';
import type { HeraldOutputs } from '../lib/outputs';

export async function loadConfig(): Promise<HeraldOutputs> {
  const url = `${import.meta.env.BASE_URL}config.json`;
  const response = await fetch(url, { cache: 'no-store' });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const reason = body && typeof body === 'object' && 'error' in body ? String(body.error) : response.statusText;
    throw new Error(`${url} answered ${response.status}: ${reason}`);
  }
  return clientOutputs(parseOutputs(body));
}
