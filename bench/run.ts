// `npm run bench`: runs every benchmark in turn.
await import('./geo.bench.js');
await import('./auth.bench.js');
await import('./generate.bench.js');
await import('./import.bench.js');
await import('./card-check.bench.js');
await import('./simulate.bench.js');
await import('./coverage.bench.js');
