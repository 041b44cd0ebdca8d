// Deliveries are the listed mutations' results, filtered by the subscription's arguments.
export { request, response } from './lib/no-payload';
