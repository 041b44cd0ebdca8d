// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventView } from '../../lib/event-details';
import { ImageUpload } from './image-upload';
import type { Progress } from './post-with-progress';

const api = vi.hoisted(() => ({
  createImageUpload: vi.fn(),
  setEventImage: vi.fn(),
  post: null as null | { onProgress(p: Progress): void; resolve(): void; reject(e: unknown): void },
}));

vi.mock('./api/image', () => ({ createImageUpload: api.createImageUpload, setEventImage: api.setEventImage }));
vi.mock('./post-with-progress', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./post-with-progress')>();
  return {
    ...actual,
    postWithProgress: (_grant: unknown, _file: unknown, onProgress: (p: Progress) => void, signal: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        api.post = { onProgress, resolve, reject };
        signal.addEventListener('abort', () => reject(new actual.UploadError('The upload was cancelled.', 'Aborted')), { once: true });
      }),
  };
});

const draft = { id: 'e1', title: 'Meetup', image: null } as unknown as EventView;

beforeAll(() => {
  // jsdom has no object URLs; the preview only needs a string.
  URL.createObjectURL = () => 'blob:preview';
  URL.revokeObjectURL = () => undefined;
});
beforeEach(() => {
  api.createImageUpload.mockReset().mockResolvedValue({ url: 'http://s3/herald-images', fields: { key: 'events/e1/x.png' }, key: 'events/e1/x.png', expiresAt: '' });
  api.setEventImage.mockReset();
});
afterEach(cleanup);

function choose(name: string, type: string, size: number) {
  const file = new File([new Uint8Array(size)], name, { type });
  fireEvent.change(screen.getByLabelText('Image file'), { target: { files: [file] } });
  return file;
}

describe('ImageUpload', () => {
  it('requires an image and alt text before asking for an upload', async () => {
    // Prepare
    render(<ImageUpload event={draft} onChanged={() => undefined} />);
    choose('notes.txt', 'text/plain', 10);
    // Act
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Upload image' })));
    // Assess
    expect(screen.getByText('Choose a JPEG, PNG, WebP or GIF image.')).toBeTruthy();
    expect(screen.getByText('Describe the image for people who cannot see it.')).toBeTruthy();
    expect(api.createImageUpload).not.toHaveBeenCalled();
  });

  it('uploads with a live progress bar, then attaches the key with the alt text', async () => {
    // Prepare
    const onChanged = vi.fn();
    const attached = { ...draft, image: { key: 'events/e1/x.png', url: 'http://s3/x.png', alt: 'Stage lights' } };
    api.setEventImage.mockResolvedValue(attached);
    render(<ImageUpload event={draft} onChanged={onChanged} />);
    const file = choose('cover.png', 'image/png', 2048);
    fireEvent.change(screen.getByLabelText('Alt text'), { target: { value: '  Stage lights ' } });
    // Act
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Upload image' })));
    await act(async () => api.post!.onProgress({ loaded: 1024, total: 2048 }));
    // Assess
    expect(api.createImageUpload).toHaveBeenCalledWith('e1', file);
    const bar = screen.getByRole('progressbar', { name: 'Upload progress' }) as HTMLProgressElement;
    expect(bar.value).toBe(50);
    expect(screen.getByRole('status').textContent).toBe('Uploading… 50% (1 KB of 2 KB)');
    await act(async () => api.post!.resolve());
    expect(api.setEventImage).toHaveBeenCalledWith('e1', 'events/e1/x.png', 'Stage lights');
    expect(onChanged).toHaveBeenCalledWith(attached);
    expect(screen.getByRole('status').textContent).toBe('Cover image saved.');
  });

  it('reports a refused upload and lets the organizer try again', async () => {
    // Prepare
    const { UploadError } = await import('./post-with-progress');
    render(<ImageUpload event={draft} onChanged={() => undefined} />);
    choose('cover.png', 'image/png', 2048);
    fireEvent.change(screen.getByLabelText('Alt text'), { target: { value: 'Stage' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Upload image' })));
    // Act
    await act(async () => api.post!.reject(new UploadError('The upload permission expired. Try again.', 'AccessDenied')));
    // Assess
    expect(screen.getByRole('alert').textContent).toBe('Upload failed: The upload permission expired. Try again.');
    expect(screen.getByRole('button', { name: 'Upload image' }).hasAttribute('disabled')).toBe(false);
    expect(api.setEventImage).not.toHaveBeenCalled();
  });

  it.each([
    ['is cancelled', 'the file input', () => fireEvent.click(screen.getByRole('button', { name: 'Cancel upload' })), () => screen.getByLabelText('Image file')],
    ['finishes', 'the status line', () => api.post!.resolve(), () => screen.getByRole('status')],
  ])('when the upload %s while "Cancel upload" has focus, focus moves to %s', async (_case, _target, end, expected) => {
    // Prepare
    api.setEventImage.mockReturnValue(new Promise(() => undefined));
    render(<ImageUpload event={draft} onChanged={() => undefined} />);
    choose('cover.png', 'image/png', 2048);
    fireEvent.change(screen.getByLabelText('Alt text'), { target: { value: 'Stage' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Upload image' })));
    screen.getByRole('button', { name: 'Cancel upload' }).focus();
    // Act
    await act(async () => end());
    // Assess
    expect(screen.queryByRole('button', { name: 'Cancel upload' })).toBeNull();
    expect(document.activeElement).toBe(expected());
  });

  it('changes only the alt text of an attached image', async () => {
    // Prepare
    const withImage = { ...draft, image: { key: 'events/e1/old.png', url: 'http://s3/old.png', alt: 'Old' } } as EventView;
    api.setEventImage.mockResolvedValue(withImage);
    render(<ImageUpload event={withImage} onChanged={() => undefined} />);
    expect(screen.getByRole('img', { name: 'Old' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Alt text'), { target: { value: 'Better words' } });
    // Act
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save alt text' })));
    // Assess
    expect(api.createImageUpload).not.toHaveBeenCalled();
    expect(api.setEventImage).toHaveBeenCalledWith('e1', 'events/e1/old.png', 'Better words');
  });
});
