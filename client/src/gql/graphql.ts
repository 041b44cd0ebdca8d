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

/** Progress of the email announcement of one event (owner and admins). */
export type Announcement = {
  __typename?: 'Announcement';
  /** When the announcement was created. */
  createdAt: Scalars['AWSDateTime']['output'];
  /** The announced event. */
  eventId: Scalars['ID']['output'];
  /** Recipients that failed permanently. */
  failed: Scalars['Int']['output'];
  /** Mails sent. */
  sent: Scalars['Int']['output'];
  /** Where it stands. */
  status: AnnouncementStatus;
  /** Recipients matched so far (final once COMPLETED). */
  total: Scalars['Int']['output'];
  /** When it last changed. */
  updatedAt: Scalars['AWSDateTime']['output'];
};

/** Progress reported by the announcement fan-out (internal, IAM only). */
export type AnnouncementProgressInput = {
  /** The announced event. */
  eventId: Scalars['ID']['input'];
  /** Recipients that failed permanently. */
  failed: Scalars['Int']['input'];
  /** Mails sent. */
  sent: Scalars['Int']['input'];
  /** Where it stands. */
  status: AnnouncementStatus;
  /** Recipients matched so far. */
  total: Scalars['Int']['input'];
};

/** Answer to a sign-up; deliberately the same whether or not the address was already known. */
export type AnnouncementSignup = {
  __typename?: 'AnnouncementSignup';
  /** Always true when the request was well-formed. */
  accepted: Scalars['Boolean']['output'];
  /** What happens next, for display. */
  message: Scalars['String']['output'];
};

/** Where the email announcement of a published event stands. */
export type AnnouncementStatus =
  /** Every recipient was handled. */
  | 'COMPLETED'
  /** Created on publish, not started yet. */
  | 'QUEUED'
  /** Mails are going out. */
  | 'SENDING';

/** An email address on the announcement list. */
export type AnnouncementSubscriber = {
  __typename?: 'AnnouncementSubscriber';
  /** The address. */
  email: Scalars['AWSEmail']['output'];
  /** Current state. */
  status: SubscriberStatus;
  /** Categories/tags of interest; empty means everything. */
  topics: Array<Scalars['String']['output']>;
};

/** Fields of a new draft event. An event needs a venue, an online URL, or both. */
export type CreateEventInput = {
  /** Maximum confirmed attendees, at least 1; omit for unlimited. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Category, 1 to 50 characters (lower-cased). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Longer description, at most 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When the event ends; must be after `startsAt`. */
  endsAt?: InputMaybe<Scalars['AWSDateTime']['input']>;
  /** Link to join online (http or https). */
  onlineUrl?: InputMaybe<Scalars['AWSURL']['input']>;
  /** When the event starts. */
  startsAt: Scalars['AWSDateTime']['input'];
  /** Up to 10 tags, each 1 to 30 characters (lower-cased, duplicates removed). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** IANA time zone of the event, e.g. America/New_York. */
  timeZone: Scalars['String']['input'];
  /** Short title, 1 to 200 characters. */
  title: Scalars['String']['input'];
  /** Where it happens in person. */
  venue?: InputMaybe<VenueInput>;
};

/** An event that an organizer created. */
export type Event = {
  __typename?: 'Event';
  /** Seats and waitlist. */
  availability: SeatAvailability;
  /** Why the event was cancelled, as told to registrants. */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  /** When the event was cancelled, if it was. */
  cancelledAt?: Maybe<Scalars['AWSDateTime']['output']>;
  /** Category used for listing filters and announcement topics, e.g. music or tech. */
  category?: Maybe<Scalars['String']['output']>;
  /** When the event was created. */
  createdAt: Scalars['AWSDateTime']['output'];
  /** Longer description (plain text), at most 5,000 characters. */
  description?: Maybe<Scalars['String']['output']>;
  /** When the event ends, if known (ISO-8601, returned in UTC). */
  endsAt?: Maybe<Scalars['AWSDateTime']['output']>;
  /** Opaque unique id. */
  id: Scalars['ID']['output'];
  /** Cover image, once one was uploaded and attached. */
  image?: Maybe<EventImage>;
  /** Link to join online, if the event is (also) online. */
  onlineUrl?: Maybe<Scalars['AWSURL']['output']>;
  /** Cognito `sub` of the organizer who created the event. */
  organizerId: Scalars['ID']['output'];
  /** The start time before the latest change of a published event's start, so notices can say what changed. */
  previousStartsAt?: Maybe<Scalars['AWSDateTime']['output']>;
  /** When the event was published, if it was. */
  publishedAt?: Maybe<Scalars['AWSDateTime']['output']>;
  /** When the event starts (ISO-8601, returned in UTC). */
  startsAt: Scalars['AWSDateTime']['output'];
  /** Where the event is in its lifecycle. */
  status: EventStatus;
  /** Up to 10 free-form tags (lower-case). */
  tags: Array<Scalars['String']['output']>;
  /** IANA time zone the event takes place in, e.g. Europe/Berlin. Show local times in this zone. */
  timeZone: Scalars['String']['output'];
  /** Short title shown in lists, 1 to 200 characters. */
  title: Scalars['String']['output'];
  /** When the event was last changed. */
  updatedAt: Scalars['AWSDateTime']['output'];
  /** Where it happens in person, if anywhere. */
  venue?: Maybe<Venue>;
  /** Increases on every change; pass it as `expectedVersion` to `updateEvent`. */
  version: Scalars['Int']['output'];
};

/** One page of events. Pass `nextToken` back to get the next page; null means no more pages. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** Events on this page. */
  items: Array<Event>;
  /** Opaque token for the next page, or null at the end. */
  nextToken?: Maybe<Scalars['String']['output']>;
};

/** Narrows `listEvents`. All conditions must hold. */
export type EventFilter = {
  /** Only events of this category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Only events starting at or after this instant (default: now). */
  from?: InputMaybe<Scalars['AWSDateTime']['input']>;
  /** Only events carrying this tag. */
  tag?: InputMaybe<Scalars['String']['input']>;
  /** Only events starting before this instant. */
  to?: InputMaybe<Scalars['AWSDateTime']['input']>;
};

/** The cover image of an event. */
export type EventImage = {
  __typename?: 'EventImage';
  /** Text alternative for screen readers; required. */
  alt: Scalars['String']['output'];
  /** Object key in the images bucket (events/<eventId>/…). */
  key: Scalars['String']['output'];
  /** Public URL of the image (CDN on AWS, the S3 stand-in locally). */
  url: Scalars['AWSURL']['output'];
};

/**
 * Lifecycle of an event: organizers create drafts, publish them (which announces them), and may
 * cancel published events. Drafts can be deleted; published and cancelled events stay for the record.
 */
export type EventStatus =
  /** Was published, then called off. */
  | 'CANCELLED'
  /** Visible only to its organizer and admins. */
  | 'DRAFT'
  /** Listed publicly and announced to subscribers. */
  | 'PUBLISHED';

/** A presigned S3 POST for uploading one cover image straight from the browser. */
export type ImageUpload = {
  __typename?: 'ImageUpload';
  /** When the presigned POST stops being accepted. */
  expiresAt: Scalars['AWSDateTime']['output'];
  /** Form fields to send before the file, as a JSON object (policy, signature, key …). */
  fields: Scalars['AWSJSON']['output'];
  /** The object key the image will have; pass it to setEventImage after the upload. */
  key: Scalars['String']['output'];
  /** Where to POST the multipart form. */
  url: Scalars['AWSURL']['output'];
};

/** Write operations. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Call off a published event (owner or admin); registrants are notified. */
  cancelEvent: Event;
  /** Give up a seat or waitlist place; the first person waiting is promoted in the same step. */
  cancelRegistration: Registration;
  /** Confirm a sign-up with the token from the confirmation mail. Each token works once. */
  confirmSubscription: AnnouncementSubscriber;
  /** Create a draft event owned by the caller. */
  createEvent: Event;
  /** Start a cover-image upload for an event (owner or admin): a presigned POST for one JPEG, PNG, WebP or GIF of 1 B to 10 MB, valid 5 minutes. */
  createEventImageUpload: ImageUpload;
  /** Delete a draft (owner or admin). Published events cannot be deleted; cancel them instead. */
  deleteEvent: Event;
  /** Publish a draft (owner or admin): it becomes listed, is pushed to `onEventPublished` and announced by email once. */
  publishEvent: Event;
  /** Take a seat, or a place on the waitlist when the event is full. Registering again returns the existing registration. */
  registerForEvent: Registration;
  /** Internal: the announcement fan-out reports progress (AWS IAM only). */
  reportAnnouncementProgress: Announcement;
  /** Attach an uploaded image (owner or admin). The object is verified (place, type, size) and deleted if it does not conform. */
  setEventImage: Event;
  /** Sign an address up for announcements (double opt-in: a confirmation link is mailed). */
  subscribeToAnnouncements: AnnouncementSignup;
  /** Stop announcements with the token from any announcement mail. Repeating it is harmless. */
  unsubscribe: AnnouncementSubscriber;
  /** Change an event (owner or admin). Fails with ConflictError unless `expectedVersion` is the current version. */
  updateEvent: Event;
};


/** Write operations. */
export type MutationCancelEventArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Write operations. */
export type MutationCancelRegistrationArgs = {
  eventId: Scalars['ID']['input'];
};


/** Write operations. */
export type MutationConfirmSubscriptionArgs = {
  token: Scalars['String']['input'];
};


/** Write operations. */
export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


/** Write operations. */
export type MutationCreateEventImageUploadArgs = {
  contentLength: Scalars['Int']['input'];
  contentType: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
};


/** Write operations. */
export type MutationDeleteEventArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. */
export type MutationPublishEventArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. */
export type MutationRegisterForEventArgs = {
  eventId: Scalars['ID']['input'];
};


/** Write operations. */
export type MutationReportAnnouncementProgressArgs = {
  input: AnnouncementProgressInput;
};


/** Write operations. */
export type MutationSetEventImageArgs = {
  alt: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
};


/** Write operations. */
export type MutationSubscribeToAnnouncementsArgs = {
  email: Scalars['AWSEmail']['input'];
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** Write operations. */
export type MutationUnsubscribeArgs = {
  token: Scalars['String']['input'];
};


/** Write operations. */
export type MutationUpdateEventArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
};

/** Read operations. */
export type Query = {
  __typename?: 'Query';
  /** Progress of an event's email announcement (its organizer and admins); null before publishing. */
  announcement?: Maybe<Announcement>;
  /** Registrations of one event (its organizer and admins). */
  eventRegistrations: RegistrationConnection;
  /** One event by id. Published and cancelled events are public; drafts are visible to their organizer and admins only. */
  getEvent?: Maybe<Event>;
  /** Published events from `filter.from` (default now) on, ordered by start time. */
  listEvents: EventConnection;
  /** The caller's own events in every status, newest first (organizers and admins). */
  myEvents: EventConnection;
  /** The caller's registration for one event in any status, or null if they never registered. */
  myRegistration?: Maybe<Registration>;
  /** The caller's registrations, soonest event first. */
  myRegistrations: RegistrationConnection;
};


/** Read operations. */
export type QueryAnnouncementArgs = {
  eventId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryEventRegistrationsArgs = {
  eventId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. */
export type QueryGetEventArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryListEventsArgs = {
  filter?: InputMaybe<EventFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. */
export type QueryMyEventsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. */
export type QueryMyRegistrationArgs = {
  eventId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryMyRegistrationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};

/** A person's registration for an event. */
export type Registration = {
  __typename?: 'Registration';
  /** Seats of the event right after this change (what `onRegistrationChanged` subscribers usually select). */
  availability: SeatAvailability;
  /** The event (not available in subscription payloads). */
  event?: Maybe<Event>;
  /** The event registered for. */
  eventId: Scalars['ID']['output'];
  /** When the person first registered. */
  registeredAt: Scalars['AWSDateTime']['output'];
  /** Current status. */
  status: RegistrationStatus;
  /** When the status last changed. */
  updatedAt: Scalars['AWSDateTime']['output'];
  /** Cognito `sub` of the registrant (signed-in callers only). */
  userId: Scalars['ID']['output'];
  /** 1-based place on the waitlist while WAITLISTED (counted up to 1,000), else null. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

/** One page of registrations. */
export type RegistrationConnection = {
  __typename?: 'RegistrationConnection';
  /** Registrations on this page. */
  items: Array<Registration>;
  /** Opaque token for the next page, or null at the end. */
  nextToken?: Maybe<Scalars['String']['output']>;
};

/** Where a person stands for an event. */
export type RegistrationStatus =
  /** Gave up the seat or the place on the waitlist. */
  | 'CANCELLED'
  /** Has a seat. */
  | 'CONFIRMED'
  /** Waiting for a seat; promoted automatically, in order, when one frees up. */
  | 'WAITLISTED';

/** Seats of an event right now. Counts change only inside transactions, so they are exact. */
export type SeatAvailability = {
  __typename?: 'SeatAvailability';
  /** Confirmed attendees. */
  attendeeCount: Scalars['Int']['output'];
  /** Maximum number of confirmed attendees; null means unlimited. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Seats still free; null when capacity is unlimited. */
  seatsLeft?: Maybe<Scalars['Int']['output']>;
  /** People waiting for a seat, in arrival order. */
  waitlistCount: Scalars['Int']['output'];
};

/** State of an email address on the announcement list. */
export type SubscriberStatus =
  /** Receives announcements. */
  | 'CONFIRMED'
  /** Signed up, waiting for the confirmation link to be used. */
  | 'PENDING'
  /** Opted out. */
  | 'UNSUBSCRIBED';

/** Live updates over the AppSync real-time WebSocket protocol. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Announcement progress of one event (its organizer and admins). */
  onAnnouncementProgress?: Maybe<Announcement>;
  /** Changes to one published event (edits and cancellation). Select `id` in the mutation for delivery. */
  onEventChanged?: Maybe<Event>;
  /** Events as they are published, optionally only one category. */
  onEventPublished?: Maybe<Event>;
  /** Seat and waitlist changes of one event. The mutation must select `eventId`. */
  onRegistrationChanged?: Maybe<Registration>;
};


/** Live updates over the AppSync real-time WebSocket protocol. */
export type SubscriptionOnAnnouncementProgressArgs = {
  eventId: Scalars['ID']['input'];
};


/** Live updates over the AppSync real-time WebSocket protocol. */
export type SubscriptionOnEventChangedArgs = {
  id: Scalars['ID']['input'];
};


/** Live updates over the AppSync real-time WebSocket protocol. */
export type SubscriptionOnEventPublishedArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
};


/** Live updates over the AppSync real-time WebSocket protocol. */
export type SubscriptionOnRegistrationChangedArgs = {
  eventId: Scalars['ID']['input'];
};

/** Changes to an event. Omitted fields stay as they are; null clears an optional field. */
export type UpdateEventInput = {
  /** Maximum confirmed attendees; cannot go below the current number of attendees. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Category, 1 to 50 characters. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Longer description, at most 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When the event ends; must be after the start. */
  endsAt?: InputMaybe<Scalars['AWSDateTime']['input']>;
  /** Link to join online. */
  onlineUrl?: InputMaybe<Scalars['AWSURL']['input']>;
  /** When the event starts. */
  startsAt?: InputMaybe<Scalars['AWSDateTime']['input']>;
  /** Up to 10 tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** IANA time zone of the event. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** Short title, 1 to 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it happens in person. */
  venue?: InputMaybe<VenueInput>;
};

/** A physical place where an event happens. */
export type Venue = {
  __typename?: 'Venue';
  /** Street address. */
  address?: Maybe<Scalars['String']['output']>;
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Country name or ISO code. */
  country?: Maybe<Scalars['String']['output']>;
  /** Name of the place, e.g. a hall or a café. */
  name: Scalars['String']['output'];
};

/** A venue as given by the organizer. */
export type VenueInput = {
  /** Street address, at most 200 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** City, at most 100 characters. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Country, at most 100 characters. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Name of the place, 1 to 200 characters. */
  name: Scalars['String']['input'];
};

export type SubscribeToAnnouncementsMutationVariables = Exact<{
  email: Scalars['AWSEmail']['input'];
  topics?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type SubscribeToAnnouncementsMutation = { __typename?: 'Mutation', subscribeToAnnouncements: { __typename?: 'AnnouncementSignup', accepted: boolean, message: string } };

export type ConfirmSubscriptionMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ConfirmSubscriptionMutation = { __typename?: 'Mutation', confirmSubscription: { __typename?: 'AnnouncementSubscriber', email: string, topics: Array<string>, status: SubscriberStatus } };

export type UnsubscribeMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type UnsubscribeMutation = { __typename?: 'Mutation', unsubscribe: { __typename?: 'AnnouncementSubscriber', email: string, topics: Array<string>, status: SubscriberStatus } };

export type GetEventQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GetEventQuery = { __typename?: 'Query', getEvent?: { __typename?: 'Event', id: string, title: string, description?: string | null, startsAt: string, endsAt?: string | null, timeZone: string, onlineUrl?: string | null, category?: string | null, tags: Array<string>, status: EventStatus, organizerId: string, createdAt: string, updatedAt: string, publishedAt?: string | null, cancelledAt?: string | null, cancellationReason?: string | null, previousStartsAt?: string | null, version: number, image?: { __typename?: 'EventImage', key: string, url: string, alt: string } | null, venue?: { __typename?: 'Venue', name: string, address?: string | null, city?: string | null, country?: string | null } | null, availability: { __typename?: 'SeatAvailability', capacity?: number | null, attendeeCount: number, waitlistCount: number, seatsLeft?: number | null } } | null };

export type ListEventsQueryVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListEventsQuery = { __typename?: 'Query', listEvents: { __typename?: 'EventConnection', nextToken?: string | null, items: Array<{ __typename?: 'Event', id: string, title: string, description?: string | null, startsAt: string, endsAt?: string | null, timeZone: string, onlineUrl?: string | null, category?: string | null, tags: Array<string>, status: EventStatus, organizerId: string, createdAt: string, updatedAt: string, publishedAt?: string | null, cancelledAt?: string | null, cancellationReason?: string | null, previousStartsAt?: string | null, version: number, image?: { __typename?: 'EventImage', key: string, url: string, alt: string } | null, venue?: { __typename?: 'Venue', name: string, address?: string | null, city?: string | null, country?: string | null } | null, availability: { __typename?: 'SeatAvailability', capacity?: number | null, attendeeCount: number, waitlistCount: number, seatsLeft?: number | null } }> } };

export type OnEventPublishedSubscriptionVariables = Exact<{
  category?: InputMaybe<Scalars['String']['input']>;
}>;


export type OnEventPublishedSubscription = { __typename?: 'Subscription', onEventPublished?: { __typename?: 'Event', id: string } | null };

export type OnEventChangedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OnEventChangedSubscription = { __typename?: 'Subscription', onEventChanged?: { __typename?: 'Event', id: string } | null };

export type RegistrationChangeFragment = { __typename?: 'Registration', eventId: string, status: RegistrationStatus, waitlistPosition?: number | null, registeredAt: string, updatedAt: string, availability: { __typename?: 'SeatAvailability', capacity?: number | null, attendeeCount: number, waitlistCount: number, seatsLeft?: number | null } };

export type RegisterForEventMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type RegisterForEventMutation = { __typename?: 'Mutation', registerForEvent: { __typename?: 'Registration', eventId: string, status: RegistrationStatus, waitlistPosition?: number | null, registeredAt: string, updatedAt: string, availability: { __typename?: 'SeatAvailability', capacity?: number | null, attendeeCount: number, waitlistCount: number, seatsLeft?: number | null } } };

export type CancelRegistrationMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type CancelRegistrationMutation = { __typename?: 'Mutation', cancelRegistration: { __typename?: 'Registration', eventId: string, status: RegistrationStatus, waitlistPosition?: number | null, registeredAt: string, updatedAt: string, availability: { __typename?: 'SeatAvailability', capacity?: number | null, attendeeCount: number, waitlistCount: number, seatsLeft?: number | null } } };

export type MyRegistrationsQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyRegistrationsQuery = { __typename?: 'Query', myRegistrations: { __typename?: 'RegistrationConnection', nextToken?: string | null, items: Array<{ __typename?: 'Registration', eventId: string, status: RegistrationStatus, waitlistPosition?: number | null, registeredAt: string, updatedAt: string, event?: { __typename?: 'Event', id: string, title: string, startsAt: string, timeZone: string, status: EventStatus } | null }> } };

export type MyRegistrationQueryVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type MyRegistrationQuery = { __typename?: 'Query', myRegistration?: { __typename?: 'Registration', eventId: string, status: RegistrationStatus, waitlistPosition?: number | null } | null };

export type OnRegistrationChangedSubscriptionVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type OnRegistrationChangedSubscription = { __typename?: 'Subscription', onRegistrationChanged?: { __typename?: 'Registration', eventId: string, availability: { __typename?: 'SeatAvailability', capacity?: number | null, attendeeCount: number, waitlistCount: number, seatsLeft?: number | null } } | null };

export type AnnouncementQueryVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type AnnouncementQuery = { __typename?: 'Query', announcement?: { __typename?: 'Announcement', eventId: string, status: AnnouncementStatus, total: number, sent: number, failed: number, updatedAt: string } | null };

export type OnAnnouncementProgressSubscriptionVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type OnAnnouncementProgressSubscription = { __typename?: 'Subscription', onAnnouncementProgress?: { __typename?: 'Announcement', eventId: string, status: AnnouncementStatus, total: number, sent: number, failed: number, updatedAt: string } | null };

export type MyEventsQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyEventsQuery = { __typename?: 'Query', myEvents: { __typename?: 'EventConnection', nextToken?: string | null, items: Array<{ __typename?: 'Event', id: string, title: string, description?: string | null, startsAt: string, endsAt?: string | null, timeZone: string, onlineUrl?: string | null, category?: string | null, tags: Array<string>, status: EventStatus, organizerId: string, createdAt: string, updatedAt: string, publishedAt?: string | null, cancelledAt?: string | null, cancellationReason?: string | null, previousStartsAt?: string | null, version: number, image?: { __typename?: 'EventImage', key: string, url: string, alt: string } | null, venue?: { __typename?: 'Venue', name: string, address?: string | null, city?: string | null, country?: string | null } | null, availability: { __typename?: 'SeatAvailability', capacity?: number | null, attendeeCount: number, waitlistCount: number, seatsLeft?: number | null } }> } };

export type EventForEditingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventForEditingQuery = { __typename?: 'Query', getEvent?: { __typename?: 'Event', id: string, title: string, description?: string | null, startsAt: string, endsAt?: string | null, timeZone: string, onlineUrl?: string | null, category?: string | null, tags: Array<string>, status: EventStatus, organizerId: string, createdAt: string, updatedAt: string, publishedAt?: string | null, cancelledAt?: string | null, cancellationReason?: string | null, previousStartsAt?: string | null, version: number, image?: { __typename?: 'EventImage', key: string, url: string, alt: string } | null, venue?: { __typename?: 'Venue', name: string, address?: string | null, city?: string | null, country?: string | null } | null, availability: { __typename?: 'SeatAvailability', capacity?: number | null, attendeeCount: number, waitlistCount: number, seatsLeft?: number | null } } | null };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'Event', id: string, title: string, description?: string | null, startsAt: string, endsAt?: string | null, timeZone: string, onlineUrl?: string | null, category?: string | null, tags: Array<string>, status: EventStatus, organizerId: string, createdAt: string, updatedAt: string, publishedAt?: string | null, cancelledAt?: string | null, cancellationReason?: string | null, previousStartsAt?: string | null, version: number, image?: { __typename?: 'EventImage', key: string, url: string, alt: string } | null, venue?: { __typename?: 'Venue', name: string, address?: string | null, city?: string | null, country?: string | null } | null, availability: { __typename?: 'SeatAvailability', capacity?: number | null, attendeeCount: number, waitlistCount: number, seatsLeft?: number | null } } };

export type UpdateEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
  expectedVersion: Scalars['Int']['input'];
}>;


export type UpdateEventMutation = { __typename?: 'Mutation', updateEvent: { __typename?: 'Event', id: string, title: string, description?: string | null, startsAt: string, endsAt?: string | null, timeZone: string, onlineUrl?: string | null, category?: string | null, tags: Array<string>, status: EventStatus, organizerId: string, createdAt: string, updatedAt: string, publishedAt?: string | null, cancelledAt?: string | null, cancellationReason?: string | null, previousStartsAt?: string | null, version: number, image?: { __typename?: 'EventImage', key: string, url: string, alt: string } | null, venue?: { __typename?: 'Venue', name: string, address?: string | null, city?: string | null, country?: string | null } | null, availability: { __typename?: 'SeatAvailability', capacity?: number | null, attendeeCount: number, waitlistCount: number, seatsLeft?: number | null } } };

export type PublishEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishEventMutation = { __typename?: 'Mutation', publishEvent: { __typename?: 'Event', id: string, title: string, description?: string | null, startsAt: string, endsAt?: string | null, timeZone: string, onlineUrl?: string | null, category?: string | null, tags: Array<string>, status: EventStatus, organizerId: string, createdAt: string, updatedAt: string, publishedAt?: string | null, cancelledAt?: string | null, cancellationReason?: string | null, previousStartsAt?: string | null, version: number, image?: { __typename?: 'EventImage', key: string, url: string, alt: string } | null, venue?: { __typename?: 'Venue', name: string, address?: string | null, city?: string | null, country?: string | null } | null, availability: { __typename?: 'SeatAvailability', capacity?: number | null, attendeeCount: number, waitlistCount: number, seatsLeft?: number | null } } };

export type CancelEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelEventMutation = { __typename?: 'Mutation', cancelEvent: { __typename?: 'Event', id: string, title: string, description?: string | null, startsAt: string, endsAt?: string | null, timeZone: string, onlineUrl?: string | null, category?: string | null, tags: Array<string>, status: EventStatus, organizerId: string, createdAt: string, updatedAt: string, publishedAt?: string | null, cancelledAt?: string | null, cancellationReason?: string | null, previousStartsAt?: string | null, version: number, image?: { __typename?: 'EventImage', key: string, url: string, alt: string } | null, venue?: { __typename?: 'Venue', name: string, address?: string | null, city?: string | null, country?: string | null } | null, availability: { __typename?: 'SeatAvailability', capacity?: number | null, attendeeCount: number, waitlistCount: number, seatsLeft?: number | null } } };

export type DeleteEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteEventMutation = { __typename?: 'Mutation', deleteEvent: { __typename?: 'Event', id: string } };

export type CreateEventImageUploadMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  contentType: Scalars['String']['input'];
  contentLength: Scalars['Int']['input'];
}>;


export type CreateEventImageUploadMutation = { __typename?: 'Mutation', createEventImageUpload: { __typename?: 'ImageUpload', url: string, fields: string, key: string, expiresAt: string } };

export type SetEventImageMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  alt: Scalars['String']['input'];
}>;


export type SetEventImageMutation = { __typename?: 'Mutation', setEventImage: { __typename?: 'Event', id: string, title: string, description?: string | null, startsAt: string, endsAt?: string | null, timeZone: string, onlineUrl?: string | null, category?: string | null, tags: Array<string>, status: EventStatus, organizerId: string, createdAt: string, updatedAt: string, publishedAt?: string | null, cancelledAt?: string | null, cancellationReason?: string | null, previousStartsAt?: string | null, version: number, image?: { __typename?: 'EventImage', key: string, url: string, alt: string } | null, venue?: { __typename?: 'Venue', name: string, address?: string | null, city?: string | null, country?: string | null } | null, availability: { __typename?: 'SeatAvailability', capacity?: number | null, attendeeCount: number, waitlistCount: number, seatsLeft?: number | null } } };

export type EventDetailsFragment = { __typename?: 'Event', id: string, title: string, description?: string | null, startsAt: string, endsAt?: string | null, timeZone: string, onlineUrl?: string | null, category?: string | null, tags: Array<string>, status: EventStatus, organizerId: string, createdAt: string, updatedAt: string, publishedAt?: string | null, cancelledAt?: string | null, cancellationReason?: string | null, previousStartsAt?: string | null, version: number, image?: { __typename?: 'EventImage', key: string, url: string, alt: string } | null, venue?: { __typename?: 'Venue', name: string, address?: string | null, city?: string | null, country?: string | null } | null, availability: { __typename?: 'SeatAvailability', capacity?: number | null, attendeeCount: number, waitlistCount: number, seatsLeft?: number | null } };

export const RegistrationChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}}]}}]} as unknown as DocumentNode<RegistrationChangeFragment, unknown>;
export const EventDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EventDetailsFragment, unknown>;
export const SubscribeToAnnouncementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscribeToAnnouncements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AWSEmail"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeToAnnouncements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"topics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SubscribeToAnnouncementsMutation, SubscribeToAnnouncementsMutationVariables>;
export const ConfirmSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConfirmSubscriptionMutation, ConfirmSubscriptionMutationVariables>;
export const UnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const GetEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<GetEventQuery, GetEventQueryVariables>;
export const ListEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nextToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"nextToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nextToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextToken"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ListEventsQuery, ListEventsQueryVariables>;
export const OnEventPublishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OnEventPublished"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onEventPublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OnEventPublishedSubscription, OnEventPublishedSubscriptionVariables>;
export const OnEventChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OnEventChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onEventChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OnEventChangedSubscription, OnEventChangedSubscriptionVariables>;
export const RegisterForEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}}]}}]} as unknown as DocumentNode<RegisterForEventMutation, RegisterForEventMutationVariables>;
export const CancelRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}}]}}]} as unknown as DocumentNode<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const MyRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nextToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"nextToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nextToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextToken"}}]}}]}}]} as unknown as DocumentNode<MyRegistrationsQuery, MyRegistrationsQueryVariables>;
export const MyRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<MyRegistrationQuery, MyRegistrationQueryVariables>;
export const OnRegistrationChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OnRegistrationChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onRegistrationChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}}]}}]}}]} as unknown as DocumentNode<OnRegistrationChangedSubscription, OnRegistrationChangedSubscriptionVariables>;
export const AnnouncementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Announcement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<AnnouncementQuery, AnnouncementQueryVariables>;
export const OnAnnouncementProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OnAnnouncementProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onAnnouncementProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<OnAnnouncementProgressSubscription, OnAnnouncementProgressSubscriptionVariables>;
export const MyEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nextToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"nextToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nextToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextToken"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MyEventsQuery, MyEventsQueryVariables>;
export const EventForEditingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventForEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EventForEditingQuery, EventForEditingQueryVariables>;
export const CreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const PublishEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PublishEventMutation, PublishEventMutationVariables>;
export const CancelEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CancelEventMutation, CancelEventMutationVariables>;
export const DeleteEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteEventMutation, DeleteEventMutationVariables>;
export const CreateEventImageUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEventImageUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentLength"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEventImageUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentType"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentLength"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentLength"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateEventImageUploadMutation, CreateEventImageUploadMutationVariables>;
export const SetEventImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEventImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEventImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"alt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetEventImageMutation, SetEventImageMutationVariables>;