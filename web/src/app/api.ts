// Thin fetch wrapper for the JSON API. Every failure becomes an ApiError carrying the server's
// error envelope (code, English and Vietnamese message, request id) so views can show it.
// The session lives in an HttpOnly cookie the browser sends by itself (same origin); changes
// also carry the CSRF token the server put in the readable `ansinh_csrf` cookie.

export interface ErrorEnvelope {
  code: string;
  message: string;
  messageVi: string;
  details: unknown;
  requestId: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly envelope: ErrorEnvelope;

  constructor(status: number, envelope: ErrorEnvelope) {
    super(envelope.message);
    this.name = 'ApiError';
    this.status = status;
    this.envelope = envelope;
  }
}

export type QueryParams = Record<string, string | number | null | undefined>;

/** True for the "no or expired session" answer, which sends the user to the sign-in page. */
export function isAuthRequired(error: unknown): boolean {
  return (
    error instanceof ApiError && error.status === 401 && error.envelope.code === 'AUTH_REQUIRED'
  );
}

// Whoever owns the session (the sign-in guard) listens here, so that a session expiring under
// any request, including ones made outside react-query, leads back to the sign-in page.
const authRequiredListeners = new Set<() => void>();

export function onAuthRequired(listener: () => void): () => void {
  authRequiredListeners.add(listener);
  return () => {
    authRequiredListeners.delete(listener);
  };
}

function isEnvelope(value: unknown): value is ErrorEnvelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorEnvelope).code === 'string' &&
    typeof (value as ErrorEnvelope).message === 'string'
  );
}

export function buildUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** The CSRF token the server set at sign-in (the cookie is readable by design). */
export function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'ansinh_csrf') return decodeURIComponent(value.join('='));
  }
  return null;
}

async function failure(response: Response): Promise<ApiError> {
  const requestId = response.headers.get('x-request-id') ?? '';
  const body: unknown = await response.json().catch(() => null);
  if (isEnvelope(body)) {
    return new ApiError(response.status, {
      ...body,
      messageVi: body.messageVi || body.message,
      requestId: body.requestId || requestId,
    });
  }
  return new ApiError(response.status, {
    code: `HTTP_${response.status}`,
    message: `The server answered ${response.status} ${response.statusText}`.trim(),
    messageVi: `Máy chủ trả về lỗi ${response.status}`,
    details: null,
    requestId,
  });
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  /** a body sent as it is (an uploaded file) with its content type, instead of JSON */
  raw?: { data: Blob; type: string };
  signal?: AbortSignal | undefined;
  accept?: string;
}

async function request(method: Method, url: string, options: RequestOptions = {}) {
  const { body, raw, signal, accept = 'application/json' } = options;
  const headers: Record<string, string> = { accept };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (raw) headers['content-type'] = raw.type;
  const csrf = method === 'GET' ? null : csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(raw ? { body: raw.data } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, {
      code: 'NETWORK_ERROR',
      message: 'The server cannot be reached. Check the connection and try again.',
      messageVi: 'Không kết nối được máy chủ. Vui lòng kiểm tra kết nối và thử lại.',
      details: null,
      requestId: '',
    });
  }
  if (response.ok) return response;
  const error = await failure(response);
  if (isAuthRequired(error)) authRequiredListeners.forEach((listener) => listener());
  throw error;
}

/** The JSON body, or undefined for 204 No Content. */
async function bodyOf<T>(response: Response): Promise<T> {
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export async function apiGet<T>(path: string, params?: QueryParams, signal?: AbortSignal) {
  return bodyOf<T>(await request('GET', buildUrl(path, params), { signal }));
}

export async function apiPost<T = void>(path: string, body?: unknown): Promise<T> {
  return bodyOf<T>(await request('POST', path, { body }));
}

/** Sends a file as the raw request body (`content-type` = its type), answered with JSON. */
export async function apiUpload<T>(path: string, params: QueryParams, data: Blob, type: string) {
  return bodyOf<T>(await request('POST', buildUrl(path, params), { raw: { data, type } }));
}

/**
 * The beginning of a text answer (a CSV report shown in the page rather than saved): reading
 * stops after `maxLines` line breaks, so a report of a million lines is not loaded whole.
 */
export async function apiTextHead(path: string, maxLines: number, signal?: AbortSignal) {
  const response = await request('GET', path, { signal, accept: 'text/*' });
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    const chunk = decoder.decode(value, { stream: true });
    text += chunk;
    lines += chunk.split('\n').length - 1;
    if (lines > maxLines) {
      await reader.cancel();
      // drop the last, possibly incomplete, line
      return text.slice(0, text.lastIndexOf('\n') + 1);
    }
  }
}

export async function apiPatch<T>(path: string, body: unknown): Promise<T> {
  return bodyOf<T>(await request('PATCH', path, { body }));
}

export async function apiDelete(path: string): Promise<void> {
  await request('DELETE', path);
}

/** Saves a file answer under the server's file name (or the fallback). */
async function saveAnswer(response: Response, fallbackName: string) {
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // the click only starts the download: release the object URL once the browser has read it
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads a file answer (CSV export) through fetch rather than a plain link, so an error
 * (expired session, missing permission) is shown as an ApiError instead of saved as the file.
 */
export async function apiDownload(path: string, params: QueryParams, fallbackName: string) {
  await saveAnswer(await request('GET', buildUrl(path, params), { accept: '*/*' }), fallbackName);
}

/** The same for a file answered to a POST with a JSON body (e.g. a simulation workbook). */
export async function apiDownloadPost(path: string, body: unknown, fallbackName: string) {
  await saveAnswer(await request('POST', path, { body, accept: '*/*' }), fallbackName);
}
