// Runs once before every suite: bundles the resolvers so tests run the very files CDK deploys.
export async function setup(): Promise<void> {
  const { buildManifest } = await import('../../manifest/src/index');
  await buildManifest({ write: true });
}
