/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  AWSDate: { input: string; output: string; }
  AWSDateTime: { input: string; output: string; }
  AWSEmail: { input: string; output: string; }
  AWSIPAddress: { input: string; output: string; }
  AWSJSON: { input: string; output: string; }
  AWSPhone: { input: string; output: string; }
  AWSTime: { input: string; output: string; }
  AWSTimestamp: { input: number; output: number; }
  AWSURL: { input: string; output: string; }
};

/** Fields of a new draft event. */
export type CreateEventInput = {
  /** Longer description, at most 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When the event starts. */
  startsAt: Scalars['AWSDateTime']['input'];
  /** IANA time zone of the event, e.g. America/New_York. */
  timeZone: Scalars['String']['input'];
  /** Short title, 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** An event that an organizer created. */
export type Event = {
  __typename?: 'Event';
  /** When the event was created. */
  createdAt: Scalars['AWSDateTime']['output'];
  /** Longer description (plain text). */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque unique id. */
  id: Scalars['ID']['output'];
  /** Cognito `sub` of the organizer who created the event. */
  organizerId: Scalars['ID']['output'];
  /** When the event was published, if it was. */
  publishedAt?: Maybe<Scalars['AWSDateTime']['output']>;
  /** When the event starts (ISO-8601 with offset, stored in UTC). */
  startsAt: Scalars['AWSDateTime']['output'];
  /** Where the event is in its lifecycle. */
  status: EventStatus;
  /** IANA time zone the event takes place in, e.g. Europe/Berlin. */
  timeZone: Scalars['String']['output'];
  /** Short title shown in lists, at most 200 characters. */
  title: Scalars['String']['output'];
};

/** One page of events. Pass `nextToken` back to get the next page; null means no more pages. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** Events on this page (a page may be shorter than `limit`). */
  items: Array<Event>;
  /** Opaque token for the next page, or null at the end. */
  nextToken?: Maybe<Scalars['String']['output']>;
};

/**
 * Lifecycle of an event: organizers create drafts, publish them (which announces them), and may
 * cancel published events.
 */
export type EventStatus =
  /** Was published, then called off. */
  | 'CANCELLED'
  /** Visible only to its organizer and admins. */
  | 'DRAFT'
  /** Listed publicly and announced to subscribers. */
  | 'PUBLISHED';

/** Write operations. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Create a draft event owned by the caller (groups organizers and admins). */
  createEvent: Event;
  /** Publish a draft: it becomes listed and is pushed to `onEventPublished` subscribers. Owner or admin. */
  publishEvent: Event;
};


/** Write operations. */
export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


/** Write operations. */
export type MutationPublishEventArgs = {
  id: Scalars['ID']['input'];
};

/** Read operations. */
export type Query = {
  __typename?: 'Query';
  /** One event by id. Published events are public; drafts are visible to their organizer and admins only. */
  getEvent?: Maybe<Event>;
  /** Published upcoming events ordered by start time. */
  listEvents: EventConnection;
};


/** Read operations. */
export type QueryGetEventArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryListEventsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};

/** Live updates over the AppSync real-time WebSocket protocol. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Every event as it is published. */
  onEventPublished?: Maybe<Event>;
};

export type ListEventsQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListEventsQuery = { __typename?: 'Query', listEvents: { __typename?: 'EventConnection', nextToken?: string | null, items: Array<{ __typename?: 'Event', id: string, title: string, description?: string | null, startsAt: string, timeZone: string, status: EventStatus, publishedAt?: string | null }> } };

export type OnEventPublishedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnEventPublishedSubscription = { __typename?: 'Subscription', onEventPublished?: { __typename?: 'Event', id: string, title: string, description?: string | null, startsAt: string, timeZone: string, status: EventStatus, publishedAt?: string | null } | null };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'Event', id: string, title: string, description?: string | null, startsAt: string, timeZone: string, status: EventStatus, createdAt: string, publishedAt?: string | null } };

export type PublishEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishEventMutation = { __typename?: 'Mutation', publishEvent: { __typename?: 'Event', id: string, title: string, description?: string | null, startsAt: string, timeZone: string, status: EventStatus, createdAt: string, publishedAt?: string | null } };


export const ListEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nextToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"nextToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nextToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextToken"}}]}}]}}]} as unknown as DocumentNode<ListEventsQuery, ListEventsQueryVariables>;
export const OnEventPublishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OnEventPublished"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onEventPublished"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<OnEventPublishedSubscription, OnEventPublishedSubscriptionVariables>;
export const CreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const PublishEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishEventMutation, PublishEventMutationVariables>;