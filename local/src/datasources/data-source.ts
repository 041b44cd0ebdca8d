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

/** Which field a data-source call resolves; Lambda BatchInvoke groups calls by it. */
export interface DataSourceCall {
  typeName: string;
  fieldName: string;
  /** Lambda BatchInvoke: the resolver's or function's maxBatchSize. */
  maxBatchSize?: number;
  /** The field's arguments, caller and selection: DynamoDB conflict and condition-failure Lambdas receive them. */
  arguments?: Record<string, unknown>;
  identity?: unknown;
  selectionSetList?: string[];
}

export interface DataSource {
  invoke(request: unknown, call?: DataSourceCall): Promise<DataSourceResult>;
}

/**
 * A request object AppSync refuses before calling the data source (missing operation, unknown
 * operation …). Unlike ctx.error, AppSync raises it as a field error itself, errorType MappingTemplate.
 */
export class DataSourceRequestError extends Error {
  readonly errorType = 'MappingTemplate';
}
