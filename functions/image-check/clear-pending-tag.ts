// Keeps an accepted upload: removes the pending-upload tag, so the images bucket's lifecycle rule (which expires
// tagged objects after a day) leaves the image the event now refers to alone.
import { DeleteObjectTaggingCommand, type S3Client } from '@aws-sdk/client-s3';

export type ClearPendingTagInput = { s3: S3Client; bucket: string; key: string };

/**
 * DeleteObjectTagging rather than a read-modify-write of the tag set: the upload's POST policy allows exactly one tag
 * (the pending one), so this removes just that, in one call, with one permission, and a retry finds nothing to remove.
 */
export async function clearPendingTag({ s3, bucket, key }: ClearPendingTagInput): Promise<void> {
  await s3.send(new DeleteObjectTaggingCommand({ Bucket: bucket, Key: key }));
}
