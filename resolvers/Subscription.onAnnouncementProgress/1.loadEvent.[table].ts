// Loads the event and checks the subscriber may follow its announcement (see lib/managed-event).
export { request, response } from '../lib/managed-event';
