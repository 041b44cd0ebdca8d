// The cover-image upload rules shared by upload-url (what the presigned POST allows) and image-check (what is
// accepted afterwards): allowed types with their extension and magic bytes, size range, key layout.

export const IMAGE_TYPES = {
  'image/jpeg': { ext: 'jpg', magic: (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  'image/png': { ext: 'png', magic: (b: Uint8Array) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v) },
  'image/webp': { ext: 'webp', magic: (b: Uint8Array) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  'image/gif': { ext: 'gif', magic: (b: Uint8Array) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a' },
} as const;

export type ImageType = keyof typeof IMAGE_TYPES;

export const MIN_IMAGE_BYTES = 1;
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Bytes read from the start of an object to check its magic number. */
export const MAGIC_BYTES = 12;

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

export function isImageType(value: string): value is ImageType {
  return Object.hasOwn(IMAGE_TYPES, value);
}

/**
 * Tag of an upload no event has taken yet: the images bucket's lifecycle rule expires objects still carrying it after
 * a day (cdk/lib/constructs/image-store.ts imports it from here). upload-url's POST policy pins it on every upload;
 * image-check removes it when the event takes the image.
 */
export const PENDING_UPLOAD_TAG = { key: 'herald-upload', value: 'pending' } as const;

/** Event ids are AppSync autoIds (UUIDs); anything else could escape the key prefix. */
export const EVENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const imagePrefix = (eventId: string) => `events/${eventId}/`;

export const imageKey = (eventId: string, id: string, type: ImageType) => `${imagePrefix(eventId)}${id}.${IMAGE_TYPES[type].ext}`;

/** Exactly the keys imageKey() produces for this event: `events/<eventId>/<uuid>.<ext>`. */
export function isImageKeyOf(eventId: string, key: string): boolean {
  const match = /^events\/([^/]+)\/[0-9a-f-]{36}\.([a-z]+)$/.exec(key);
  return match !== null && match[1] === eventId && Object.values(IMAGE_TYPES).some((t) => t.ext === match[2]);
}
