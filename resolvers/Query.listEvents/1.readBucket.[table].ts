// Reads (part of) one month bucket into the page (see lib/bucket-page).
export { request, response } from '../lib/bucket-page';
