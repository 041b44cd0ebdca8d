export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
