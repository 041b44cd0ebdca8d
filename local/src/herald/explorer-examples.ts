// The operations the explorer opens with, one tab each, written for integrators: what each needs (auth) and
// how the pieces fit (publish → subscription). explorer-examples.test.ts keeps them valid against the schema.
import type { ExampleOperation } from '../http/explorer/explorer-config';

export const explorerExamples: ExampleOperation[] = [
  {
    query: `# Published events from now on, soonest first. Public: works with "API key" (or any user).
# Pass nextToken from one page to get the next.
query ListEvents($limit: Int, $nextToken: String) {
  listEvents(limit: $limit, nextToken: $nextToken) {
    items {
      id
      title
      startsAt
      timeZone
      category
      venue { name city }
    }
    nextToken
  }
}
`,
    variables: { limit: 10 },
  },
  {
    query: `# One event by id (copy an id from ListEvents). Drafts are visible to their organizer and admins only.
query GetEvent($id: ID!) {
  getEvent(id: $id) {
    id
    title
    description
    status
    startsAt
    endsAt
    timeZone
    venue { name address city country }
    onlineUrl
    category
    tags
    organizerId
    publishedAt
    version
  }
}
`,
    variables: { id: 'paste-an-event-id' },
  },
  {
    query: `# Creates a DRAFT owned by the caller. Pick "Cognito user: organizer" (or admin) in Auth above:
# createEvent needs the organizers or admins group. Then publish it with PublishEvent.
mutation CreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    id
    title
    status
    startsAt
    timeZone
  }
}
`,
    variables: {
      input: {
        title: 'GraphQL office hours',
        description: 'Bring your schema questions.',
        startsAt: '2030-05-04T16:00:00Z',
        endsAt: '2030-05-04T18:00:00Z',
        timeZone: 'Europe/Berlin',
        venue: { name: 'Herald HQ', city: 'Berlin', country: 'DE' },
        category: 'tech',
        tags: ['graphql'],
        capacity: 30,
      },
    },
  },
  {
    query: `# Publishes a draft (its organizer or an admin): it is listed, pushed to onEventPublished
# subscribers and announced by email. Use the id CreateEvent returned, as "organizer".
# Subscribers receive the fields selected here, so select what they ask for.
mutation PublishEvent($id: ID!) {
  publishEvent(id: $id) {
    id
    title
    status
    publishedAt
  }
}
`,
    variables: { id: 'paste-the-draft-id' },
  },
  {
    query: `# Runs until you stop it: each event published (PublishEvent, in another tab) appears below.
# Works with "API key". Only fields the publishing mutation selected are delivered.
subscription OnEventPublished {
  onEventPublished {
    id
    title
    status
    publishedAt
  }
}
`,
  },
];
