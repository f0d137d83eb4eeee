#!/usr/bin/env node
// `ansinh` on the PATH (npm link / npx ansinh): runs the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
