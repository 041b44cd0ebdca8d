// NONE data source: no I/O; the request's `payload` becomes ctx.result (appsync-spec.md §7).
import type { DataSource } from './data-source';

export function createNoneDataSource(): DataSource {
  return {
    async invoke(request) {
      const payload = (request as { payload?: unknown } | null)?.payload;
      return { result: payload === undefined ? null : payload };
    },
  };
}
