// Reads the header section of a raw RFC 5322 message into name/value pairs: unfolded, encoded words decoded.
// Used by the SES stand-in, which otherwise forgets every header of a raw mail (List-Unsubscribe among them).
import { createRequire } from 'node:module';

// libmime is mailparser's own MIME toolkit (installed with aws-ses-v2-local); it ships no types.
const libmime = createRequire(import.meta.url)('libmime') as { decodeWords(text: string): string };

export type MailHeader = { name: string; value: string };

export function parseHeaderSection(raw: Buffer | string): MailHeader[] {
  const text = typeof raw === 'string' ? raw : raw.toString('utf8');
  const end = text.search(/\r?\n\r?\n/);
  const section = end < 0 ? text : text.slice(0, end);
  return section
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)
    .map((line) => /^([^:\s]+):[ \t]*(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, name, value]) => ({ name, value: libmime.decodeWords(value.trim()) }));
}
