// Registration items as the API returns them; availability travels with mutation results so
// onRegistrationChanged subscribers can show live seat counts.
import type { SeatAvailability } from './event-view';

export interface RegistrationItem {
  eventId: string;
  userId: string;
  status: string;
  registeredAt: string;
  updatedAt: string;
  startsAt: string;
  gsi1sk?: string | null;
  availability?: SeatAvailability;
  [attribute: string]: unknown;
}

export function withAvailability(item: RegistrationItem, availability: SeatAvailability): RegistrationItem {
  return { ...item, availability };
}
