// `npm start` on a fresh clone: build the web app once if it has not been built yet.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

if (!fs.existsSync(new URL('../web/dist/index.html', import.meta.url))) {
  console.log('Building the web app (first start only)…');
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
