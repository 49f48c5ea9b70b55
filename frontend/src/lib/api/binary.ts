import { ApiError, toProblem } from '../problem';
import { accessToken } from './client';

/** A query parameter's value: a list repeats the parameter (`stage=MET&stage=WON`). */
export type QueryValue = string | number | boolean | readonly string[] | undefined;

/** A query string of the defined values only: `{ q: 'a', page: undefined }` → `?q=a`. */
export function toQueryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) for (const item of value as readonly string[]) search.append(key, item);
    else if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * GET of a binary answer (a file, an image) with the signed-in user's token, as a Blob.
 * Throws {@link ApiError} on anything but 2xx, like {@link call}.
 */
export async function fetchBinary(path: string, init: { signal?: AbortSignal } = {}): Promise<{ blob: Blob; response: Response }> {
  const token = await accessToken();
  const response = await fetch(path, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    signal: init.signal,
  });
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    throw new ApiError(response.status, toProblem(body));
  }
  return { blob: await response.blob(), response };
}

/**
 * The file name of a Content-Disposition header: `filename*=UTF-8''…` (RFC 5987, percent-
 * encoded) wins over a plain `filename="…"`; undefined when neither is usable.
 */
export function fileNameFromContentDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      const name = decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
      if (name) return sanitizeFileName(name);
    } catch {
      // a broken escape: fall back to the plain parameter
    }
  }
  const plain = /(?:^|;)\s*filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header);
  const value = plain?.[2] ?? plain?.[1];
  if (!value) return undefined;
  const name = value.trim().replace(/\\(.)/g, '$1');
  return name ? sanitizeFileName(name) : undefined;
}

/** No folders in a name the browser saves to. */
function sanitizeFileName(name: string): string {
  return name.replace(/[/\\]/g, '_');
}

/** Saves a Blob as a file through a temporary object URL and link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads an API file with the user's token and saves it under the server's file name. */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  const { blob, response } = await fetchBinary(path);
  const name = fileNameFromContentDisposition(response.headers.get('Content-Disposition')) ?? fallbackName;
  saveBlob(blob, name);
  return name;
}

/**
 * PUT of a raw file (a photo) with the user's token, its own Content-Type and If-Match;
 * resolves to the JSON answer and its response. Throws {@link ApiError} otherwise.
 */
export async function putBinary<T>(path: string, file: Blob, etag: string): Promise<{ data: T; response: Response }> {
  const token = await accessToken();
  const headers: Record<string, string> = {
    'Content-Type': file.type || 'application/octet-stream',
    'If-Match': etag,
  };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { method: 'PUT', headers, body: file });
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok || body === undefined) throw new ApiError(response.status, toProblem(body));
  return { data: body as T, response };
}
