// Fixture (missing export): no response handler.
export function request() {
  return { operation: 'GetItem', key: {} };
}
