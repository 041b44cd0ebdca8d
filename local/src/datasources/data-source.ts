// The contract every data-source adapter meets: take the request object a resolver's request
// handler returned, answer with AppSync's ctx.result or ctx.error (appsync-spec.md §5–7).

export interface DataSourceError {
  message: string;
  type: string;
}

export interface DataSourceResult {
  result?: unknown;
  error?: DataSourceError;
}

export interface DataSource {
  invoke(request: unknown): Promise<DataSourceResult>;
}
