// Loads the event and checks the caller may see its announcement (see lib/managed-event).
export { request, response } from '../lib/managed-event';
