/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ListEvents($limit: Int, $nextToken: String) {\n    listEvents(limit: $limit, nextToken: $nextToken) {\n      items {\n        id\n        title\n        description\n        startsAt\n        timeZone\n        status\n        publishedAt\n      }\n      nextToken\n    }\n  }\n": typeof types.ListEventsDocument,
    "\n  subscription OnEventPublished {\n    onEventPublished {\n      id\n      title\n      description\n      startsAt\n      timeZone\n      status\n      publishedAt\n    }\n  }\n": typeof types.OnEventPublishedDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      title\n      description\n      startsAt\n      timeZone\n      status\n      createdAt\n      publishedAt\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      id\n      title\n      description\n      startsAt\n      timeZone\n      status\n      createdAt\n      publishedAt\n    }\n  }\n": typeof types.PublishEventDocument,
};
const documents: Documents = {
    "\n  query ListEvents($limit: Int, $nextToken: String) {\n    listEvents(limit: $limit, nextToken: $nextToken) {\n      items {\n        id\n        title\n        description\n        startsAt\n        timeZone\n        status\n        publishedAt\n      }\n      nextToken\n    }\n  }\n": types.ListEventsDocument,
    "\n  subscription OnEventPublished {\n    onEventPublished {\n      id\n      title\n      description\n      startsAt\n      timeZone\n      status\n      publishedAt\n    }\n  }\n": types.OnEventPublishedDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      title\n      description\n      startsAt\n      timeZone\n      status\n      createdAt\n      publishedAt\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      id\n      title\n      description\n      startsAt\n      timeZone\n      status\n      createdAt\n      publishedAt\n    }\n  }\n": types.PublishEventDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListEvents($limit: Int, $nextToken: String) {\n    listEvents(limit: $limit, nextToken: $nextToken) {\n      items {\n        id\n        title\n        description\n        startsAt\n        timeZone\n        status\n        publishedAt\n      }\n      nextToken\n    }\n  }\n"): (typeof documents)["\n  query ListEvents($limit: Int, $nextToken: String) {\n    listEvents(limit: $limit, nextToken: $nextToken) {\n      items {\n        id\n        title\n        description\n        startsAt\n        timeZone\n        status\n        publishedAt\n      }\n      nextToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnEventPublished {\n    onEventPublished {\n      id\n      title\n      description\n      startsAt\n      timeZone\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  subscription OnEventPublished {\n    onEventPublished {\n      id\n      title\n      description\n      startsAt\n      timeZone\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      title\n      description\n      startsAt\n      timeZone\n      status\n      createdAt\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      title\n      description\n      startsAt\n      timeZone\n      status\n      createdAt\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      id\n      title\n      description\n      startsAt\n      timeZone\n      status\n      createdAt\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      id\n      title\n      description\n      startsAt\n      timeZone\n      status\n      createdAt\n      publishedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;