// Raw request on the data source in the file name (syncConfigs in start-versioned-api.ts pick the conflict handler).
export { request, response } from '../raw-request';
