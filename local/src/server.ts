// Assembles the generic local AppSync server from a manifest: loads every bundled resolver once,
// builds the executable schema, and serves GraphQL over HTTP plus the real-time WebSocket protocol.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CodeUnit, Manifest } from '../../manifest/src/index';
import { authenticate, type AuthConfig } from './auth/authenticate';
import type { AuthContext } from './auth/auth-context';
import { authRules } from './auth/directives';
import type { DataSource } from './datasources/data-source';
import { createDocumentCache } from './graphql/document-cache';
import { buildExecutableSchema } from './graphql/executable-schema';
import { createDeliveryGroups } from './graphql/delivery-groups';
import { createOperationExecutor } from './graphql/execute-operation';
import type { RequestLimits } from './graphql/request-limits';
import { createResolverRunner, type LoadedResolver } from './graphql/resolver-runner';
import { createSubscriptionStarter } from './graphql/subscription-start';
import { createHttpHandler, type HttpPage } from './http/handler';
import { createNodeServer } from './http/node-adapter';
import { createFanOutQueue } from './realtime/fanout-queue';
import { attachRealtime } from './realtime/server';
import { loadResolverCode } from './runtime';

export interface LocalAppSyncConfig {
  manifest: Manifest;
  /** One adapter per data-source name the manifest declares. */
  dataSources: Record<string, DataSource>;
  auth: AuthConfig;
  env?: Record<string, string>;
  graphqlPath?: string;
  pages?: Record<string, HttpPage>;
  /** `GET /health` answers 503 until this returns true (default: always ready). */
  isReady?: () => boolean;
  /** AppSync's queryDepthLimit, resolverCountLimit and introspection config, and the request body limit. */
  limits?: RequestLimits;
  log?: (line: string) => void;
}

export interface LocalAppSync {
  server: Server;
  listen(port: number, host?: string): Promise<{ port: number; graphqlUrl: string; realtimeUrl: string }>;
  close(): Promise<void>;
  /** Open realtime sockets and acknowledged subscriptions across them. */
  realtimeStats(): { connections: number; subscriptions: number };
}

interface RealtimeAuth {
  auth: AuthContext;
  headers: Record<string, string>;
}

function loadResolvers(manifest: Manifest): LoadedResolver[] {
  const load = (unit: CodeUnit) => loadResolverCode(unit.code, unit.bundleFile, undefined, unit.sourceMap);
  const withCode = manifest.resolvers.map((spec): LoadedResolver =>
    spec.kind === 'UNIT'
      ? { spec, code: load(spec.code) }
      : { spec, code: load(spec.code), functions: spec.functions.map((fn) => ({ dataSource: fn.dataSource, code: load(fn.code) })) },
  );
  return [...withCode, ...manifest.directLambdaResolvers.map((spec) => ({ spec }))];
}

function lowerCaseKeys(header: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(header).map(([name, value]) => [name.toLowerCase(), String(value)]));
}

export function createLocalAppSync(config: LocalAppSyncConfig): LocalAppSync {
  const log = config.log ?? (() => {});
  const graphqlPath = config.graphqlPath ?? '/graphql';
  const resolvers = loadResolvers(config.manifest);
  const run = createResolverRunner({ dataSources: config.dataSources, env: config.env ?? {}, log });
  const schema = buildExecutableSchema({ sdl: config.manifest.localSchemaSdl, defaultMode: config.auth.defaultMode, resolvers, run, limits: config.limits });
  const loadDocument = createDocumentCache(schema);
  const deliveries = createDeliveryGroups({
    schema,
    queue: createFanOutQueue({ onError: (error) => log(`realtime: fan-out failed: ${error instanceof Error ? error.message : String(error)}`) }),
    log,
  });

  const executeOperation = createOperationExecutor({
    schema,
    loadDocument,
    publish: (event) => deliveries.publish(event.mutationField, event.data),
    invalidate: (invalidation) => deliveries.invalidate(invalidation.subscriptionField, invalidation.payload),
    introspection: config.limits?.introspection,
  });
  const startSubscription = createSubscriptionStarter({
    schema,
    rules: authRules(schema, config.auth.defaultMode),
    resolvers: new Map(resolvers.map((resolver) => [`${resolver.spec.typeName}.${resolver.spec.fieldName}`, resolver])),
    loadDocument,
    run,
    deliveries,
  });

  const handler = createHttpHandler({
    graphqlPath,
    authenticate: (request) => authenticate(request.headers, config.auth, request.remoteAddress, request),
    execute: executeOperation,
    pages: config.pages,
    isReady: config.isReady,
  });
  const server = createNodeServer(handler, log, { maxBodyBytes: config.limits?.maxRequestBytes });
  const realtime = attachRealtime<RealtimeAuth>(server, {
    // What Amplify derives for non-AWS hosts, and the path AWS documents for its realtime host.
    paths: [`${graphqlPath}/realtime`, graphqlPath],
    log,
    hooks: {
      async authenticate(header, request, scope) {
        const headers = lowerCaseKeys(header);
        // What an IAM client signed for this header (see AuthenticationScope).
        const signed = scope.phase === 'connection' ? { method: 'POST', path: `${graphqlPath}/connect`, body: '{}' } : { method: 'POST', path: graphqlPath, body: scope.data };
        return { auth: await authenticate(headers, config.auth, request.sourceIp, signed), headers };
      },
      startSubscription: ({ query, variables, operationName, auth, sendSerialized, complete }) =>
        startSubscription({ query, variables, operationName, auth: auth.auth, headers: auth.headers, send: sendSerialized, complete }),
    },
  });

  return {
    server,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const actual = (server.address() as AddressInfo).port;
          resolve({ port: actual, graphqlUrl: `http://${host}:${actual}${graphqlPath}`, realtimeUrl: `ws://${host}:${actual}${graphqlPath}/realtime` });
        });
      });
    },
    realtimeStats: () => ({ connections: realtime.connectionCount(), subscriptions: realtime.subscriptionCount() }),
    async close() {
      await realtime.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
