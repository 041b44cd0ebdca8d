// Herald's request limits (performance.md "API protection"), declared once: cdk/ sets them on the
// deployed API and the local server enforces the same, so tests catch what AWS would refuse.
export const API_LIMITS = { queryDepth: 10, resolverCount: 500 } as const;
