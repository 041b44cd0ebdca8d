// Loads the mailed token and checks its purpose and expiry (see lib/mailed-token).
export { request, response } from '../lib/mailed-token';
