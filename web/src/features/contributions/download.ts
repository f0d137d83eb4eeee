// Saves the file a POST answers with (the simulation workbook). The shared client downloads
// GET answers only; this does the same for a POST with a JSON body, turning a failure into
// the same ApiError so the page shows the server's message instead of saving it as the file.
import { ApiError, csrfToken, type ErrorEnvelope } from '../../app/api';

async function errorOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as Partial<ErrorEnvelope> | null;
  const requestId = body?.requestId || response.headers.get('x-request-id') || '';
  if (body && typeof body.code === 'string' && typeof body.message === 'string') {
    return new ApiError(response.status, {
      code: body.code,
      message: body.message,
      messageVi: body.messageVi || body.message,
      details: body.details ?? null,
      requestId,
    });
  }
  return new ApiError(response.status, {
    code: `HTTP_${response.status}`,
    message: `The server answered ${response.status}`,
    messageVi: `Máy chủ trả về lỗi ${response.status}`,
    details: null,
    requestId,
  });
}

export async function downloadPost(path: string, body: unknown, fallbackName: string) {
  const headers: Record<string, string> = { accept: '*/*', 'content-type': 'application/json' };
  const csrf = csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  const response = await fetch(path, {
    method: 'POST',
    headers,
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await errorOf(response);
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
