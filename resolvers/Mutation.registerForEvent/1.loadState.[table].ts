// Reads the event and the caller's registration together (see lib/registration-state).
export { request, response } from '../lib/registration-state';
