// Thin fetch wrapper for the JSON API. Every failure becomes an ApiError carrying the server's
// error envelope (code, English and Vietnamese message, request id) so views can show it.

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

export async function apiGet<T>(path: string, params?: QueryParams, signal?: AbortSignal) {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, params), {
      headers: { accept: 'application/json' },
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
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}
