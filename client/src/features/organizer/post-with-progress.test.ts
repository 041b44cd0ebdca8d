import { describe, expect, it } from 'vitest';
import { postWithProgress, UploadError } from './post-with-progress';
import type { Progress, XhrLike } from './post-with-progress';

/** A scripted XMLHttpRequest: records what was sent, then plays the given outcome. */
function fakeXhr(outcome: { status?: number; body?: string; network?: boolean; progress?: [number, number][] }) {
  const sent: { method?: string; url?: string; form?: FormData } = {};
  const xhr = {
    status: 0,
    responseText: '',
    upload: { onprogress: null as ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null },
    onload: null as (() => void) | null,
    onerror: null as (() => void) | null,
    onabort: null as (() => void) | null,
    open(method: string, url: string) {
      sent.method = method;
      sent.url = url;
    },
    send(form: FormData) {
      sent.form = form;
      queueMicrotask(() => {
        for (const [loaded, total] of outcome.progress ?? []) xhr.upload.onprogress?.({ loaded, total, lengthComputable: true });
        if (outcome.network) return xhr.onerror?.();
        xhr.status = outcome.status ?? 204;
        xhr.responseText = outcome.body ?? '';
        xhr.onload?.();
      });
    },
    abort() {
      xhr.onabort?.();
    },
  };
  return { sent, create: () => xhr as unknown as XhrLike };
}

const grant = { url: 'http://127.0.0.1:9000/herald-images', fields: { key: 'events/e1/a.png', 'Content-Type': 'image/png', Policy: 'p' } };
const file = new Blob([new Uint8Array(1000)], { type: 'image/png' });

describe('postWithProgress', () => {
  it('posts the fields in order with the file last, and reports progress up to the whole file', async () => {
    // Prepare
    const xhr = fakeXhr({ status: 204, progress: [[400, 1200], [1200, 1200]] });
    const seen: Progress[] = [];
    // Act
    await postWithProgress(grant, file, (p) => seen.push(p), undefined, xhr.create);
    // Assess
    expect(xhr.sent.method).toBe('POST');
    expect(xhr.sent.url).toBe(grant.url);
    expect([...xhr.sent.form!.keys()]).toEqual(['key', 'Content-Type', 'Policy', 'file']);
    expect(seen).toEqual([{ loaded: 400, total: 1200 }, { loaded: 1200, total: 1200 }, { loaded: 1000, total: 1000 }]);
  });

  it.each([
    ['too large', { status: 400, body: '<Error><Code>EntityTooLarge</Code><Message>Your proposed upload exceeds the maximum allowed size</Message></Error>' }, /allowed size/, 'EntityTooLarge'],
    ['expired', { status: 403, body: '<Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Policy expired.</Message></Error>' }, /expired/, 'AccessDenied'],
    ['refused', { status: 403, body: '<Error><Code>AccessDenied</Code><Message>Policy Condition failed</Message></Error>' }, /refused the upload: Policy Condition failed/, 'AccessDenied'],
    ['other status', { status: 500, body: 'oops' }, /Storage answered 500/, null],
    ['network', { network: true }, /could not reach storage/, null],
  ])('rejects with a readable UploadError: %s', async (_case, outcome, message, code) => {
    // Prepare
    const xhr = fakeXhr(outcome);
    // Act
    const failure = postWithProgress(grant, file, () => undefined, undefined, xhr.create);
    // Assess
    await expect(failure).rejects.toThrow(message);
    await expect(failure).rejects.toMatchObject({ code });
    await expect(failure).rejects.toBeInstanceOf(UploadError);
  });

  it('aborts when the signal fires', async () => {
    // Prepare
    const xhr = fakeXhr({ status: 204 });
    const controller = new AbortController();
    // Act
    const upload = postWithProgress(grant, file, () => undefined, controller.signal, xhr.create);
    controller.abort();
    // Assess
    await expect(upload).rejects.toMatchObject({ code: 'Aborted' });
  });
});
