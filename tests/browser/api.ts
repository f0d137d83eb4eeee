// Set-up through the API from a signed-in browser page: requests share the page's session
// cookie and send the CSRF token the server put in the readable `ansinh_csrf` cookie.
import type { Page } from 'playwright-core';

export async function apiAs(page: Page) {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((c) => c.name === 'ansinh_csrf')?.value ?? '';
  const call = async <T>(method: 'GET' | 'POST', path: string, data?: object): Promise<T> => {
    const response = await page.request.fetch(`/api/v1${path}`, {
      method,
      headers: { 'x-csrf-token': decodeURIComponent(csrf) },
      ...(data ? { data } : {}),
    });
    if (!response.ok()) {
      throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    }
    return (await response.json()) as T;
  };
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, data: object) => call<T>('POST', path, data),
  };
}
