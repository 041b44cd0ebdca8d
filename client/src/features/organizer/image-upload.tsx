// The cover image: pick a file (previewed locally), describe it, upload it straight to storage through a
// presigned POST with a progress bar, then attach it with its alt text. The alt text of an attached image
// can be changed on its own. The progress area keeps its height, so the form never jumps.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { EventView } from '../../lib/event-details';
import { describeGraphqlError } from '../../lib/graphql-errors';
import { PendingButton } from '../../lib/pending-button';
import { createImageUpload, setEventImage } from './api/image';
import { postWithProgress, UploadError } from './post-with-progress';
import type { Progress } from './post-with-progress';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const ALT_MAX = 300;

type Phase = 'idle' | 'requesting' | 'uploading' | 'attaching' | 'done' | 'failed';

export interface ImageUploadProps {
  event: EventView;
  onChanged(event: EventView): void;
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a chosen file cannot be used, or null. */
export function fileProblem(file: { type: string; size: number } | null): string | null {
  if (!file) return 'Choose an image file.';
  if (!IMAGE_TYPES.includes(file.type)) return 'Choose a JPEG, PNG, WebP or GIF image.';
  if (file.size < 1) return 'This file is empty.';
  if (file.size > MAX_IMAGE_BYTES) return `This file is ${sizeText(file.size)}; the limit is 10 MB.`;
  return null;
}

export function ImageUpload({ event, onChanged }: ImageUploadProps) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [alt, setAlt] = useState(event.image?.alt ?? '');
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState<Progress>({ loaded: 0, total: 0 });
  const [errors, setErrors] = useState<{ file?: string; alt?: string; form?: string }>({});
  const abort = useRef<AbortController | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const altRef = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const wasUploading = useRef(false);
  const busy = phase === 'requesting' || phase === 'uploading' || phase === 'attaching';

  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);
  useEffect(() => {
    const left = wasUploading.current && phase !== 'uploading';
    wasUploading.current = phase === 'uploading';
    // "Cancel upload" has just gone; if it held focus, the browser dropped it to <body>. The file input is
    // enabled again after a cancel or failure; while the image is being attached, the status line says why.
    const active = document.activeElement;
    if (!left || (active && active !== document.body)) return;
    (fileRef.current && !fileRef.current.disabled ? fileRef.current : statusRef.current)?.focus();
  }, [phase]);

  function choose(chosen: File | null) {
    setFile(chosen);
    setPhase('idle');
    setErrors(chosen ? { file: fileProblem(chosen) ?? undefined } : {});
  }

  async function attach(key: string, text: string) {
    setPhase('attaching');
    const updated = await setEventImage(event.id, key, text);
    onChanged(updated);
    setPhase('done');
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const text = alt.trim();
    const altError = !text ? 'Describe the image for people who cannot see it.' : text.length > ALT_MAX ? `Use at most ${ALT_MAX} characters.` : undefined;
    const onlyAlt = !file && event.image;
    const fileError = onlyAlt ? undefined : (fileProblem(file) ?? undefined);
    setErrors({ file: fileError, alt: altError });
    if (fileError || altError) {
      (fileError ? fileRef : altRef).current?.focus();
      return;
    }
    try {
      if (onlyAlt) {
        await attach(event.image!.key, text);
        return;
      }
      setPhase('requesting');
      setProgress({ loaded: 0, total: file!.size });
      const grant = await createImageUpload(event.id, file!);
      setPhase('uploading');
      abort.current = new AbortController();
      await postWithProgress(grant, file!, setProgress, abort.current.signal);
      await attach(grant.key, text);
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
    } catch (caught) {
      setPhase('failed');
      if (caught instanceof UploadError) {
        setErrors({ form: caught.message });
      } else {
        const described = describeGraphqlError(caught);
        const fieldError = described.fieldErrors.contentType ?? described.fieldErrors.contentLength ?? described.fieldErrors.key;
        setErrors({ file: fieldError, alt: described.fieldErrors.alt, form: described.message });
      }
    } finally {
      abort.current = null;
    }
  }

  const percent = progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  const phaseText: Record<Phase, string> = {
    idle: '',
    requesting: 'Preparing the upload…',
    uploading: `Uploading… ${percent}% (${sizeText(progress.loaded)} of ${sizeText(progress.total)})`,
    attaching: 'Checking and attaching the image…',
    done: 'Cover image saved.',
    failed: '',
  };
  const shown = preview ?? event.image?.url ?? null;

  return (
    <form className="card form image-upload" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Cover image</h2>
      <div className="cover-preview">
        {shown ? (
          <img src={shown} alt={preview ? 'Preview of the chosen file' : (event.image?.alt ?? '')} width={480} height={270} />
        ) : (
          <p className="muted">No cover image yet.</p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{event.image ? 'Replace the image' : 'Image file'}</label>
        <input
          ref={fileRef}
          id={`${id}-file`}
          type="file"
          accept={IMAGE_TYPES.join(',')}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
          disabled={busy}
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={[`${id}-file-hint`, errors.file ? `${id}-file-error` : ''].filter(Boolean).join(' ')}
        />
        <p id={`${id}-file-hint`} className="hint">
          JPEG, PNG, WebP or GIF, up to 10 MB. Wide images (16:9) look best.
        </p>
        {errors.file && (
          <p id={`${id}-file-error`} className="field-error">
            {errors.file}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-alt`}>Alt text</label>
        <input
          ref={altRef}
          id={`${id}-alt`}
          value={alt}
          maxLength={ALT_MAX}
          onChange={(e) => setAlt(e.target.value)}
          disabled={busy}
          aria-invalid={errors.alt ? true : undefined}
          aria-describedby={[`${id}-alt-hint`, errors.alt ? `${id}-alt-error` : ''].filter(Boolean).join(' ')}
        />
        <p id={`${id}-alt-hint`} className="hint">
          What the image shows, for people using screen readers (up to {ALT_MAX} characters).
        </p>
        {errors.alt && (
          <p id={`${id}-alt-error`} className="field-error">
            {errors.alt}
          </p>
        )}
      </div>
      <div className="upload-progress">
        <progress
          id={`${id}-progress`}
          max={100}
          value={phase === 'uploading' ? percent : phase === 'attaching' || phase === 'done' ? 100 : 0}
          aria-label="Upload progress"
          // Invisible rather than removed, so the form keeps its height.
          className={phase === 'idle' || phase === 'failed' ? 'invisible' : undefined}
        />
        <p role="status" className="status-line" ref={statusRef} tabIndex={-1}>
          {phaseText[phase]}
        </p>
      </div>
      {errors.form && (
        <p role="alert" className="error">
          Upload failed: {errors.form}
        </p>
      )}
      <div className="actions">
        <PendingButton type="submit" pending={busy}>
          {file || !event.image ? 'Upload image' : 'Save alt text'}
        </PendingButton>
        {phase === 'uploading' && (
          <button type="button" className="secondary" onClick={() => abort.current?.abort()}>
            Cancel upload
          </button>
        )}
      </div>
    </form>
  );
}
