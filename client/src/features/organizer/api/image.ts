// Cover images: ask the API for a presigned S3 POST, then attach the uploaded object with its alt text.
import { graphql } from '../../../gql';
import type { EventView } from '../../../lib/event-details';
import { request } from '../../../lib/graphql-client';

export const CreateEventImageUploadDocument = graphql(`
  mutation CreateEventImageUpload($eventId: ID!, $contentType: String!, $contentLength: Int!) {
    createEventImageUpload(eventId: $eventId, contentType: $contentType, contentLength: $contentLength) {
      url
      fields
      key
      expiresAt
    }
  }
`);

export const SetEventImageDocument = graphql(`
  mutation SetEventImage($eventId: ID!, $key: String!, $alt: String!) {
    setEventImage(eventId: $eventId, key: $key, alt: $alt) {
      ...EventDetails
    }
  }
`);

export interface UploadGrant {
  url: string;
  /** Form fields to send before the file, in order. */
  fields: Record<string, string>;
  key: string;
  expiresAt: string;
}

/** AWSJSON arrives as a JSON string (AppSync serializes it); tolerate an object too. */
export function parseFields(fields: unknown): Record<string, string> {
  const value: unknown = typeof fields === 'string' ? JSON.parse(fields) : fields;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('The upload grant has no form fields.');
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, String(field)]));
}

export async function createImageUpload(eventId: string, file: { type: string; size: number }): Promise<UploadGrant> {
  const grant = (await request(CreateEventImageUploadDocument, { eventId, contentType: file.type, contentLength: file.size }, 'userPool'))
    .createEventImageUpload;
  return { url: grant.url, fields: parseFields(grant.fields), key: grant.key, expiresAt: grant.expiresAt };
}

export async function setEventImage(eventId: string, key: string, alt: string): Promise<EventView> {
  return (await request(SetEventImageDocument, { eventId, key, alt }, 'userPool')).setEventImage;
}
