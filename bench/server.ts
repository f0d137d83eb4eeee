// The benchmarks' server: `ansinh serve` in a child process (as in production), awaited until
// /ready, and a demo user's session headers from the real sign-in route.
import { spawn, type ChildProcess } from 'node:child_process';
import { DEMO_PASSWORD } from '../src/modules/auth/index.js';

export async function startServer(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  // BENCH_SERVER_FLAGS: extra node flags for the server, e.g. '--cpu-prof --cpu-prof-dir=/tmp/p'
  const flags = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', 'src/main.ts', 'serve'], {
    env,
    stdio: 'inherit',
    detached: true,
  });
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not become ready');
}

/** Session cookie, CSRF token and JSON content type of a demo user. */
export async function sessionHeaders(port: number, username: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username}: ${res.status}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('ansinh_csrf='))!.split('=')[1]!;
  return { cookie: cookies.join('; '), 'x-csrf-token': csrf, 'content-type': 'application/json' };
}
