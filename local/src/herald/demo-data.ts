// Herald's demo users and seed events for the local stack (first start only). Passwords are for
// local use only: the local Cognito stand-in's signing key is public anyway.

export interface DemoUser {
  username: string;
  password: string;
  email: string;
  groups: string[];
}

export const demoUsers: DemoUser[] = [
  { username: 'organizer', password: 'Organizer#2026', email: 'organizer@herald.local', groups: ['organizers'] },
  { username: 'attendee', password: 'Attendee#2026', email: 'attendee@herald.local', groups: [] },
  { username: 'admin', password: 'Admin#2026', email: 'admin@herald.local', groups: ['admins'] },
];

export interface SeedEvent {
  title: string;
  description: string;
  /** Days from the first start. */
  inDays: number;
  hour: number;
  timeZone: string;
  publish: boolean;
}

export const seedEvents: SeedEvent[] = [
  { title: 'Open Source Saturday', description: 'Hack on open source projects together; bring a laptop.', inDays: 3, hour: 9, timeZone: 'Europe/Berlin', publish: true },
  { title: 'Serverless Meetup: AppSync in practice', description: 'Talks on GraphQL, resolvers and realtime at scale.', inDays: 10, hour: 17, timeZone: 'America/New_York', publish: true },
  { title: 'Community Picnic', description: 'Food, games and good company in the park.', inDays: 24, hour: 11, timeZone: 'Europe/Lisbon', publish: true },
  { title: 'Design Systems Workshop (draft)', description: 'Still being planned.', inDays: 40, hour: 14, timeZone: 'Asia/Tokyo', publish: false },
];
