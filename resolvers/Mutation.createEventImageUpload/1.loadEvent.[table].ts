// Loads the event and checks the caller may change it (see lib/managed-event).
export { request, response } from '../lib/managed-event';
