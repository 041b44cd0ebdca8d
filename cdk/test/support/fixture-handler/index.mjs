// Stands in for a bundled handler in CDK tests that need a code asset, not the real bundle.
export const handler = async () => ({});
