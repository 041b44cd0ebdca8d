// CLI behind `npm run build:resolvers`: builds the manifest, writes dist/resolvers/, prints the report.
// A ManifestError is a mistake in resolvers/ or schema/: print it plainly and exit 1, no stack trace.
import { buildManifest } from '../build-manifest';
import { ManifestError } from '../errors';
import { formatReport } from '../report';

const started = performance.now();
try {
  const manifest = await buildManifest({ write: true });
  process.stdout.write(formatReport(manifest, performance.now() - started));
} catch (error) {
  if (!(error instanceof ManifestError)) {
    throw error;
  }
  process.stderr.write(`build:resolvers failed:\n${error.message}\n`);
  process.exitCode = 1;
}
