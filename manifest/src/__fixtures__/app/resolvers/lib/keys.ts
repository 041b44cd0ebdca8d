// Fixture helper: bundled into the resolvers that import it, never wired itself.
export function noteKey(id: string): { pk: string; sk: string } {
  return { pk: `NOTE#${id}`, sk: 'NOTE' };
}
