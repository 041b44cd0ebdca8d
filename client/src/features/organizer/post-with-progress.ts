// Uploads a file straight to S3 with a presigned POST (form fields first, the file last, as S3 requires),
// reporting upload progress. XMLHttpRequest, because fetch() has no upload progress events.

export interface PostGrant {
  url: string;
  fields: Record<string, string>;
}

export interface Progress {
  loaded: number;
  total: number;
}

/** A failed upload with S3's own code when it sent one (EntityTooLarge, AccessDenied …). */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** The parts of XMLHttpRequest used here, so tests can pass a fake. */
export type XhrLike = Pick<XMLHttpRequest, 'open' | 'send' | 'abort' | 'status' | 'responseText' | 'upload' | 'onload' | 'onerror' | 'onabort'>;

function s3Error(status: number, body: string): UploadError {
  const code = /<Code>([^<]*)<\/Code>/.exec(body)?.[1] ?? null;
  const detail = /<Message>([^<]*)<\/Message>/.exec(body)?.[1] ?? null;
  if (code === 'EntityTooLarge' || code === 'EntityTooSmall') {
    return new UploadError('The file is not within the allowed size (1 B to 10 MB).', code);
  }
  if (detail && /expired/i.test(detail)) return new UploadError('The upload permission expired. Try again.', code);
  if (code === 'AccessDenied') return new UploadError(`Storage refused the upload${detail ? `: ${detail}` : '.'}`, code);
  return new UploadError(`Storage answered ${status}${detail ? `: ${detail}` : ''}.`, code);
}

export function postWithProgress(
  grant: PostGrant,
  file: Blob,
  onProgress: (progress: Progress) => void,
  signal?: AbortSignal,
  createXhr: () => XhrLike = () => new XMLHttpRequest(),
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = createXhr();
    const form = new FormData();
    for (const [name, value] of Object.entries(grant.fields)) form.append(name, value);
    form.append('file', file);
    xhr.open('POST', grant.url);
    xhr.upload.onprogress = (event) => {
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress({ loaded: file.size, total: file.size });
        resolve();
      } else {
        reject(s3Error(xhr.status, xhr.responseText ?? ''));
      }
    };
    xhr.onerror = () => reject(new UploadError('The upload could not reach storage. Check your connection and try again.', null));
    xhr.onabort = () => reject(new UploadError('The upload was cancelled.', 'Aborted'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
