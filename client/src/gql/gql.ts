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
    "\n  mutation SubscribeToAnnouncements($email: AWSEmail!, $topics: [String!]) {\n    subscribeToAnnouncements(email: $email, topics: $topics) {\n      accepted\n      message\n    }\n  }\n": typeof types.SubscribeToAnnouncementsDocument,
    "\n  mutation ConfirmSubscription($token: String!) {\n    confirmSubscription(token: $token) {\n      email\n      topics\n      status\n    }\n  }\n": typeof types.ConfirmSubscriptionDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      email\n      topics\n      status\n    }\n  }\n": typeof types.UnsubscribeDocument,
    "\n  query GetEvent($id: ID!) {\n    getEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n": typeof types.GetEventDocument,
    "\n  query ListEvents($filter: EventFilter, $limit: Int, $nextToken: String) {\n    listEvents(filter: $filter, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...EventDetails\n      }\n      nextToken\n    }\n  }\n": typeof types.ListEventsDocument,
    "\n  subscription OnEventPublished($category: String) {\n    onEventPublished(category: $category) {\n      id\n    }\n  }\n": typeof types.OnEventPublishedDocument,
    "\n  subscription OnEventChanged($id: ID!) {\n    onEventChanged(id: $id) {\n      id\n    }\n  }\n": typeof types.OnEventChangedDocument,
    "\n  fragment RegistrationChange on Registration {\n    eventId\n    status\n    waitlistPosition\n    registeredAt\n    updatedAt\n    availability {\n      capacity\n      attendeeCount\n      waitlistCount\n      seatsLeft\n    }\n  }\n": typeof types.RegistrationChangeFragmentDoc,
    "\n  mutation RegisterForEvent($eventId: ID!) {\n    registerForEvent(eventId: $eventId) {\n      ...RegistrationChange\n    }\n  }\n": typeof types.RegisterForEventDocument,
    "\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      ...RegistrationChange\n    }\n  }\n": typeof types.CancelRegistrationDocument,
    "\n  query MyRegistrations($limit: Int, $nextToken: String) {\n    myRegistrations(limit: $limit, nextToken: $nextToken) {\n      items {\n        eventId\n        status\n        waitlistPosition\n        registeredAt\n        updatedAt\n        event {\n          id\n          title\n          startsAt\n          timeZone\n          status\n        }\n      }\n      nextToken\n    }\n  }\n": typeof types.MyRegistrationsDocument,
    "\n  query MyRegistration($eventId: ID!) {\n    myRegistration(eventId: $eventId) {\n      eventId\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.MyRegistrationDocument,
    "\n  subscription OnRegistrationChanged($eventId: ID!) {\n    onRegistrationChanged(eventId: $eventId) {\n      eventId\n      availability {\n        capacity\n        attendeeCount\n        waitlistCount\n        seatsLeft\n      }\n    }\n  }\n": typeof types.OnRegistrationChangedDocument,
    "\n  query Announcement($eventId: ID!) {\n    announcement(eventId: $eventId) {\n      eventId\n      status\n      total\n      sent\n      failed\n      updatedAt\n    }\n  }\n": typeof types.AnnouncementDocument,
    "\n  subscription OnAnnouncementProgress($eventId: ID!) {\n    onAnnouncementProgress(eventId: $eventId) {\n      eventId\n      status\n      total\n      sent\n      failed\n      updatedAt\n    }\n  }\n": typeof types.OnAnnouncementProgressDocument,
    "\n  query MyEvents($limit: Int, $nextToken: String) {\n    myEvents(limit: $limit, nextToken: $nextToken) {\n      items {\n        ...EventDetails\n      }\n      nextToken\n    }\n  }\n": typeof types.MyEventsDocument,
    "\n  query EventForEditing($id: ID!) {\n    getEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n": typeof types.EventForEditingDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventDetails\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!, $expectedVersion: Int!) {\n    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...EventDetails\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n": typeof types.PublishEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...EventDetails\n    }\n  }\n": typeof types.CancelEventDocument,
    "\n  mutation DeleteEvent($id: ID!) {\n    deleteEvent(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteEventDocument,
    "\n  mutation CreateEventImageUpload($eventId: ID!, $contentType: String!, $contentLength: Int!) {\n    createEventImageUpload(eventId: $eventId, contentType: $contentType, contentLength: $contentLength) {\n      url\n      fields\n      key\n      expiresAt\n    }\n  }\n": typeof types.CreateEventImageUploadDocument,
    "\n  mutation SetEventImage($eventId: ID!, $key: String!, $alt: String!) {\n    setEventImage(eventId: $eventId, key: $key, alt: $alt) {\n      ...EventDetails\n    }\n  }\n": typeof types.SetEventImageDocument,
    "\n  fragment EventDetails on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    timeZone\n    image {\n      key\n      url\n      alt\n    }\n    venue {\n      name\n      address\n      city\n      country\n    }\n    onlineUrl\n    category\n    tags\n    availability {\n      capacity\n      attendeeCount\n      waitlistCount\n      seatsLeft\n    }\n    status\n    organizerId\n    createdAt\n    updatedAt\n    publishedAt\n    cancelledAt\n    cancellationReason\n    previousStartsAt\n    version\n  }\n": typeof types.EventDetailsFragmentDoc,
};
const documents: Documents = {
    "\n  mutation SubscribeToAnnouncements($email: AWSEmail!, $topics: [String!]) {\n    subscribeToAnnouncements(email: $email, topics: $topics) {\n      accepted\n      message\n    }\n  }\n": types.SubscribeToAnnouncementsDocument,
    "\n  mutation ConfirmSubscription($token: String!) {\n    confirmSubscription(token: $token) {\n      email\n      topics\n      status\n    }\n  }\n": types.ConfirmSubscriptionDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      email\n      topics\n      status\n    }\n  }\n": types.UnsubscribeDocument,
    "\n  query GetEvent($id: ID!) {\n    getEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n": types.GetEventDocument,
    "\n  query ListEvents($filter: EventFilter, $limit: Int, $nextToken: String) {\n    listEvents(filter: $filter, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...EventDetails\n      }\n      nextToken\n    }\n  }\n": types.ListEventsDocument,
    "\n  subscription OnEventPublished($category: String) {\n    onEventPublished(category: $category) {\n      id\n    }\n  }\n": types.OnEventPublishedDocument,
    "\n  subscription OnEventChanged($id: ID!) {\n    onEventChanged(id: $id) {\n      id\n    }\n  }\n": types.OnEventChangedDocument,
    "\n  fragment RegistrationChange on Registration {\n    eventId\n    status\n    waitlistPosition\n    registeredAt\n    updatedAt\n    availability {\n      capacity\n      attendeeCount\n      waitlistCount\n      seatsLeft\n    }\n  }\n": types.RegistrationChangeFragmentDoc,
    "\n  mutation RegisterForEvent($eventId: ID!) {\n    registerForEvent(eventId: $eventId) {\n      ...RegistrationChange\n    }\n  }\n": types.RegisterForEventDocument,
    "\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      ...RegistrationChange\n    }\n  }\n": types.CancelRegistrationDocument,
    "\n  query MyRegistrations($limit: Int, $nextToken: String) {\n    myRegistrations(limit: $limit, nextToken: $nextToken) {\n      items {\n        eventId\n        status\n        waitlistPosition\n        registeredAt\n        updatedAt\n        event {\n          id\n          title\n          startsAt\n          timeZone\n          status\n        }\n      }\n      nextToken\n    }\n  }\n": types.MyRegistrationsDocument,
    "\n  query MyRegistration($eventId: ID!) {\n    myRegistration(eventId: $eventId) {\n      eventId\n      status\n      waitlistPosition\n    }\n  }\n": types.MyRegistrationDocument,
    "\n  subscription OnRegistrationChanged($eventId: ID!) {\n    onRegistrationChanged(eventId: $eventId) {\n      eventId\n      availability {\n        capacity\n        attendeeCount\n        waitlistCount\n        seatsLeft\n      }\n    }\n  }\n": types.OnRegistrationChangedDocument,
    "\n  query Announcement($eventId: ID!) {\n    announcement(eventId: $eventId) {\n      eventId\n      status\n      total\n      sent\n      failed\n      updatedAt\n    }\n  }\n": types.AnnouncementDocument,
    "\n  subscription OnAnnouncementProgress($eventId: ID!) {\n    onAnnouncementProgress(eventId: $eventId) {\n      eventId\n      status\n      total\n      sent\n      failed\n      updatedAt\n    }\n  }\n": types.OnAnnouncementProgressDocument,
    "\n  query MyEvents($limit: Int, $nextToken: String) {\n    myEvents(limit: $limit, nextToken: $nextToken) {\n      items {\n        ...EventDetails\n      }\n      nextToken\n    }\n  }\n": types.MyEventsDocument,
    "\n  query EventForEditing($id: ID!) {\n    getEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n": types.EventForEditingDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventDetails\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!, $expectedVersion: Int!) {\n    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...EventDetails\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n": types.PublishEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...EventDetails\n    }\n  }\n": types.CancelEventDocument,
    "\n  mutation DeleteEvent($id: ID!) {\n    deleteEvent(id: $id) {\n      id\n    }\n  }\n": types.DeleteEventDocument,
    "\n  mutation CreateEventImageUpload($eventId: ID!, $contentType: String!, $contentLength: Int!) {\n    createEventImageUpload(eventId: $eventId, contentType: $contentType, contentLength: $contentLength) {\n      url\n      fields\n      key\n      expiresAt\n    }\n  }\n": types.CreateEventImageUploadDocument,
    "\n  mutation SetEventImage($eventId: ID!, $key: String!, $alt: String!) {\n    setEventImage(eventId: $eventId, key: $key, alt: $alt) {\n      ...EventDetails\n    }\n  }\n": types.SetEventImageDocument,
    "\n  fragment EventDetails on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    timeZone\n    image {\n      key\n      url\n      alt\n    }\n    venue {\n      name\n      address\n      city\n      country\n    }\n    onlineUrl\n    category\n    tags\n    availability {\n      capacity\n      attendeeCount\n      waitlistCount\n      seatsLeft\n    }\n    status\n    organizerId\n    createdAt\n    updatedAt\n    publishedAt\n    cancelledAt\n    cancellationReason\n    previousStartsAt\n    version\n  }\n": types.EventDetailsFragmentDoc,
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
export function graphql(source: "\n  mutation SubscribeToAnnouncements($email: AWSEmail!, $topics: [String!]) {\n    subscribeToAnnouncements(email: $email, topics: $topics) {\n      accepted\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation SubscribeToAnnouncements($email: AWSEmail!, $topics: [String!]) {\n    subscribeToAnnouncements(email: $email, topics: $topics) {\n      accepted\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSubscription($token: String!) {\n    confirmSubscription(token: $token) {\n      email\n      topics\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSubscription($token: String!) {\n    confirmSubscription(token: $token) {\n      email\n      topics\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      email\n      topics\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      email\n      topics\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetEvent($id: ID!) {\n    getEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  query GetEvent($id: ID!) {\n    getEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListEvents($filter: EventFilter, $limit: Int, $nextToken: String) {\n    listEvents(filter: $filter, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...EventDetails\n      }\n      nextToken\n    }\n  }\n"): (typeof documents)["\n  query ListEvents($filter: EventFilter, $limit: Int, $nextToken: String) {\n    listEvents(filter: $filter, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...EventDetails\n      }\n      nextToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnEventPublished($category: String) {\n    onEventPublished(category: $category) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription OnEventPublished($category: String) {\n    onEventPublished(category: $category) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnEventChanged($id: ID!) {\n    onEventChanged(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription OnEventChanged($id: ID!) {\n    onEventChanged(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationChange on Registration {\n    eventId\n    status\n    waitlistPosition\n    registeredAt\n    updatedAt\n    availability {\n      capacity\n      attendeeCount\n      waitlistCount\n      seatsLeft\n    }\n  }\n"): (typeof documents)["\n  fragment RegistrationChange on Registration {\n    eventId\n    status\n    waitlistPosition\n    registeredAt\n    updatedAt\n    availability {\n      capacity\n      attendeeCount\n      waitlistCount\n      seatsLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForEvent($eventId: ID!) {\n    registerForEvent(eventId: $eventId) {\n      ...RegistrationChange\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForEvent($eventId: ID!) {\n    registerForEvent(eventId: $eventId) {\n      ...RegistrationChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      ...RegistrationChange\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      ...RegistrationChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRegistrations($limit: Int, $nextToken: String) {\n    myRegistrations(limit: $limit, nextToken: $nextToken) {\n      items {\n        eventId\n        status\n        waitlistPosition\n        registeredAt\n        updatedAt\n        event {\n          id\n          title\n          startsAt\n          timeZone\n          status\n        }\n      }\n      nextToken\n    }\n  }\n"): (typeof documents)["\n  query MyRegistrations($limit: Int, $nextToken: String) {\n    myRegistrations(limit: $limit, nextToken: $nextToken) {\n      items {\n        eventId\n        status\n        waitlistPosition\n        registeredAt\n        updatedAt\n        event {\n          id\n          title\n          startsAt\n          timeZone\n          status\n        }\n      }\n      nextToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRegistration($eventId: ID!) {\n    myRegistration(eventId: $eventId) {\n      eventId\n      status\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  query MyRegistration($eventId: ID!) {\n    myRegistration(eventId: $eventId) {\n      eventId\n      status\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnRegistrationChanged($eventId: ID!) {\n    onRegistrationChanged(eventId: $eventId) {\n      eventId\n      availability {\n        capacity\n        attendeeCount\n        waitlistCount\n        seatsLeft\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OnRegistrationChanged($eventId: ID!) {\n    onRegistrationChanged(eventId: $eventId) {\n      eventId\n      availability {\n        capacity\n        attendeeCount\n        waitlistCount\n        seatsLeft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Announcement($eventId: ID!) {\n    announcement(eventId: $eventId) {\n      eventId\n      status\n      total\n      sent\n      failed\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query Announcement($eventId: ID!) {\n    announcement(eventId: $eventId) {\n      eventId\n      status\n      total\n      sent\n      failed\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnAnnouncementProgress($eventId: ID!) {\n    onAnnouncementProgress(eventId: $eventId) {\n      eventId\n      status\n      total\n      sent\n      failed\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  subscription OnAnnouncementProgress($eventId: ID!) {\n    onAnnouncementProgress(eventId: $eventId) {\n      eventId\n      status\n      total\n      sent\n      failed\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEvents($limit: Int, $nextToken: String) {\n    myEvents(limit: $limit, nextToken: $nextToken) {\n      items {\n        ...EventDetails\n      }\n      nextToken\n    }\n  }\n"): (typeof documents)["\n  query MyEvents($limit: Int, $nextToken: String) {\n    myEvents(limit: $limit, nextToken: $nextToken) {\n      items {\n        ...EventDetails\n      }\n      nextToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventForEditing($id: ID!) {\n    getEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  query EventForEditing($id: ID!) {\n    getEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!, $expectedVersion: Int!) {\n    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!, $expectedVersion: Int!) {\n    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEvent($id: ID!) {\n    deleteEvent(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteEvent($id: ID!) {\n    deleteEvent(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEventImageUpload($eventId: ID!, $contentType: String!, $contentLength: Int!) {\n    createEventImageUpload(eventId: $eventId, contentType: $contentType, contentLength: $contentLength) {\n      url\n      fields\n      key\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEventImageUpload($eventId: ID!, $contentType: String!, $contentLength: Int!) {\n    createEventImageUpload(eventId: $eventId, contentType: $contentType, contentLength: $contentLength) {\n      url\n      fields\n      key\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEventImage($eventId: ID!, $key: String!, $alt: String!) {\n    setEventImage(eventId: $eventId, key: $key, alt: $alt) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SetEventImage($eventId: ID!, $key: String!, $alt: String!) {\n    setEventImage(eventId: $eventId, key: $key, alt: $alt) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventDetails on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    timeZone\n    image {\n      key\n      url\n      alt\n    }\n    venue {\n      name\n      address\n      city\n      country\n    }\n    onlineUrl\n    category\n    tags\n    availability {\n      capacity\n      attendeeCount\n      waitlistCount\n      seatsLeft\n    }\n    status\n    organizerId\n    createdAt\n    updatedAt\n    publishedAt\n    cancelledAt\n    cancellationReason\n    previousStartsAt\n    version\n  }\n"): (typeof documents)["\n  fragment EventDetails on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    timeZone\n    image {\n      key\n      url\n      alt\n    }\n    venue {\n      name\n      address\n      city\n      country\n    }\n    onlineUrl\n    category\n    tags\n    availability {\n      capacity\n      attendeeCount\n      waitlistCount\n      seatsLeft\n    }\n    status\n    organizerId\n    createdAt\n    updatedAt\n    publishedAt\n    cancelledAt\n    cancellationReason\n    previousStartsAt\n    version\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;