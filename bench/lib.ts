// Benchmark helpers: run a case several times, keep the median (the machine is noisy), and
// report every figure as a ratio to a baseline measured in the same run, with peak memory.
import fs from 'node:fs';

export async function median(runs: number, fn: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export interface Row {
  case: string;
  baseline: string;
  medianMs: number;
  baselineMs: number;
  ratio: number;
}

export function report(name: string, rows: Row[], extra: Record<string, unknown>): void {
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const result = {
    name,
    date: new Date().toISOString(),
    node: process.version,
    peakRssMb,
    ...extra,
    rows,
  };
  fs.mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  fs.writeFileSync(
    new URL(`./results/${name}.json`, import.meta.url),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  console.table(
    rows.map((r) => ({
      ...r,
      medianMs: r.medianMs.toFixed(1),
      baselineMs: r.baselineMs.toFixed(1),
      ratio: r.ratio.toFixed(2),
    })),
  );
  console.log(`peak RSS ${peakRssMb} MB; written to bench/results/${name}.json`);
}
