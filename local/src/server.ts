// Assembles the generic local AppSync server from a manifest: loads every bundled resolver once,
// builds the executable schema, and serves GraphQL over HTTP plus the real-time WebSocket protocol.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Manifest } from '../../manifest/src/index';
import { authenticate, type AuthConfig } from './auth/authenticate';
import type { AuthContext } from './auth/auth-context';
import { authRules } from './auth/directives';
import type { DataSource } from './datasources/data-source';
import { createDocumentCache } from './graphql/document-cache';
import { buildExecutableSchema } from './graphql/executable-schema';
import { createOperationExecutor, type PublishedMutation } from './graphql/execute-operation';
import { createResolverRunner, type LoadedResolver } from './graphql/resolver-runner';
import { createSubscriptionStarter } from './graphql/subscription-start';
import { createHttpHandler } from './http/handler';
import type { HttpResponse } from './http/http-types';
import { createNodeServer } from './http/node-adapter';
import { createPubSub } from './realtime/pubsub';
import { attachRealtime } from './realtime/server';
import { loadResolverCode } from './runtime';

export interface LocalAppSyncConfig {
  manifest: Manifest;
  /** One adapter per data-source name the manifest declares. */
  dataSources: Record<string, DataSource>;
  auth: AuthConfig;
  env?: Record<string, string>;
  graphqlPath?: string;
  pages?: Record<string, () => Promise<HttpResponse> | HttpResponse>;
  log?: (line: string) => void;
}

export interface LocalAppSync {
  server: Server;
  listen(port: number, host?: string): Promise<{ port: number; graphqlUrl: string; realtimeUrl: string }>;
  close(): Promise<void>;
}

interface RealtimeAuth {
  auth: AuthContext;
  headers: Record<string, string>;
}

function loadResolvers(manifest: Manifest): LoadedResolver[] {
  return manifest.resolvers.map((spec) =>
    spec.kind === 'UNIT'
      ? { spec, code: loadResolverCode(spec.code.code, spec.code.bundleFile) }
      : {
          spec,
          code: loadResolverCode(spec.code.code, spec.code.bundleFile),
          functions: spec.functions.map((fn) => ({ dataSource: fn.dataSource, code: loadResolverCode(fn.code.code, fn.code.bundleFile) })),
        },
  );
}

function lowerCaseKeys(header: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(header).map(([name, value]) => [name.toLowerCase(), String(value)]));
}

export function createLocalAppSync(config: LocalAppSyncConfig): LocalAppSync {
  const log = config.log ?? (() => {});
  const graphqlPath = config.graphqlPath ?? '/graphql';
  const resolvers = loadResolvers(config.manifest);
  const run = createResolverRunner({ dataSources: config.dataSources, env: config.env ?? {} });
  const schema = buildExecutableSchema({ sdl: config.manifest.localSchemaSdl, defaultMode: config.auth.defaultMode, resolvers, run });
  const loadDocument = createDocumentCache(schema);
  const pubsub = createPubSub<PublishedMutation>();

  const executeOperation = createOperationExecutor({ schema, loadDocument, publish: (topic, event) => pubsub.publish(topic, event) });
  const startSubscription = createSubscriptionStarter({
    schema,
    rules: authRules(schema, config.auth.defaultMode),
    resolvers: new Map(resolvers.map((resolver) => [`${resolver.spec.typeName}.${resolver.spec.fieldName}`, resolver])),
    loadDocument,
    listen: (topic, listener) => pubsub.subscribe(topic, listener),
    run,
  });

  const handler = createHttpHandler({
    graphqlPath,
    authenticate: (request) => authenticate(request.headers, config.auth, request.remoteAddress),
    execute: executeOperation,
    pages: config.pages,
  });
  const server = createNodeServer(handler, log);
  const realtime = attachRealtime<RealtimeAuth>(server, {
    paths: [`${graphqlPath}/realtime`],
    log,
    hooks: {
      async authenticate(header, request) {
        const headers = lowerCaseKeys(header);
        return { auth: await authenticate(headers, config.auth, request.sourceIp), headers };
      },
      startSubscription: ({ query, variables, operationName, auth, send }) =>
        startSubscription({ query, variables, operationName, auth: auth.auth, headers: auth.headers, send }),
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
    async close() {
      await realtime.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
