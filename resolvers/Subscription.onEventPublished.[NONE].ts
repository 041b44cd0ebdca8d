// Deliveries are publishEvent results, filtered by the optional category argument.
export { request, response } from './lib/no-payload';
