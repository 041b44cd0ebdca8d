// Globals the APPSYNC_JS runtime provides besides @aws-appsync/utils (resolvers get no DOM/Node types).
declare const console: {
  log(...values: unknown[]): void;
  error(...values: unknown[]): void;
};
