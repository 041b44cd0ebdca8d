// Herald's demo users, announcement subscribers and seed events for the local stack (first start only).
// Passwords are for local use only: the local Cognito stand-in's signing key is public anyway.
import type { Rgb } from './demo-images';

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
  /** Local start hour and length, in the event's time zone's day (stored as UTC). */
  hour: number;
  hours: number;
  timeZone: string;
  venue?: { name: string; address?: string; city: string; country: string };
  onlineUrl?: string;
  category: string;
  tags: string[];
  capacity?: number;
  publish: boolean;
  /** Cover image: a gradient between two colours, with its text alternative. */
  cover?: { from: Rgb; to: Rgb; alt: string };
}

export const seedEvents: SeedEvent[] = [
  {
    title: 'Open Source Saturday',
    description: 'Hack on open source projects together; bring a laptop.',
    inDays: 3, hour: 9, hours: 6, timeZone: 'Europe/Berlin',
    venue: { name: 'c-base', address: 'Rungestraße 20', city: 'Berlin', country: 'DE' },
    category: 'tech', tags: ['open-source', 'hacking'], capacity: 40, publish: true,
    cover: { from: [24, 62, 140], to: [64, 170, 150], alt: 'Blue-to-teal banner for Open Source Saturday' },
  },
  {
    title: 'Serverless Meetup: AppSync in practice',
    description: 'Talks on GraphQL, resolvers and realtime at scale.',
    inDays: 10, hour: 17, hours: 3, timeZone: 'America/New_York',
    venue: { name: 'Civic Hall', city: 'New York', country: 'US' },
    onlineUrl: 'https://meet.example.com/serverless-appsync',
    category: 'tech', tags: ['graphql', 'aws', 'serverless'], capacity: 2, publish: true,
    cover: { from: [35, 47, 62], to: [255, 153, 0], alt: 'Dark-to-orange banner for the Serverless Meetup' },
  },
  {
    title: 'Community Picnic',
    description: 'Food, games and good company in the park.',
    inDays: 24, hour: 11, hours: 4, timeZone: 'Europe/Lisbon',
    venue: { name: 'Jardim da Estrela', city: 'Lisbon', country: 'PT' },
    category: 'community', tags: ['outdoors', 'family'], publish: true,
    cover: { from: [90, 160, 60], to: [250, 220, 90], alt: 'Green-to-sunny-yellow banner for the Community Picnic' },
  },
  {
    title: 'Design Systems Workshop (draft)',
    description: 'Still being planned.',
    inDays: 40, hour: 14, hours: 2, timeZone: 'Asia/Tokyo',
    onlineUrl: 'https://meet.example.com/design-systems',
    category: 'design', tags: ['workshop'], capacity: 25, publish: false,
  },
];

export interface SeedSubscriber {
  email: string;
  /** Categories/tags of interest; empty means every announcement. */
  topics: string[];
  /** False leaves the sign-up pending (double opt-in not completed): it is never mailed announcements. */
  confirm: boolean;
}

export const seedSubscribers: SeedSubscriber[] = [
  { email: 'ada@herald.local', topics: ['tech'], confirm: true },
  { email: 'grace@herald.local', topics: [], confirm: true },
  { email: 'sam@herald.local', topics: ['community'], confirm: true },
  { email: 'pending@herald.local', topics: [], confirm: false },
];
