// Fixture subscription resolver.
export function request() {
  return { payload: null };
}

export function response() {
  return null;
}
