// Subscription resolvers that only authorize and register: AppSync delivers the mutation results.
export function request() {
  return { payload: null };
}

export function response() {
  return null;
}
