// `ansinh policy simulate …`: simulate a stored policy (--policy <id>) or a draft in a JSON file
// (--draft, the fields of POST /policies), optionally against a second one (--compare), and
// print a summary in Vietnamese formats; --xlsx writes the workbook too; --json prints the result.
import fs from 'node:fs';
import os from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { Value } from 'typebox/value';
import type { Db } from '../../db-schema.js';
import { systemActor } from '../../platform/auth-context.js';
import { isCivilDate, viDate } from '../../platform/dates.js';
import { commonErrors } from '../../platform/errors.js';
import { NewPolicyBody, policyInput } from './policies.routes.js';
import { compare, simulate, type PolicyRef, type SimulationResult } from './simulation.service.js';
import { simulationWorkbook } from './simulation.xlsx.js';

type WithDb = <T>(run: (db: Db) => Promise<T>) => Promise<T>;

interface Options {
  province: string;
  policy?: string;
  draft?: string;
  compare?: string;
  at: string;
  takeUp: number;
  xlsx?: string;
  json?: boolean;
}

function civilDate(value: string): string {
  if (!isCivilDate(value))
    throw new InvalidArgumentError('expected a date YYYY-MM-DD / cần ngày dạng YYYY-MM-DD');
  return value;
}

function takeUp(value: string): number {
  const n = Number(value);
  if (!(value.trim() !== '' && n >= 0 && n <= 1))
    throw new InvalidArgumentError('expected a number from 0 to 1 / cần số từ 0 đến 1');
  return n;
}

/** A stored policy id, or a JSON file holding a draft. */
export function refFrom(arg: string): PolicyRef {
  if (/^\d+$/.test(arg)) return { policyId: Number(arg) };
  const draft: unknown = JSON.parse(fs.readFileSync(arg, 'utf8'));
  if (!Value.Check(NewPolicyBody, draft))
    throw commonErrors.validation(
      [...Value.Errors(NewPolicyBody, draft)].map((e) => `${e.instancePath} ${e.message}`),
    );
  return { policy: policyInput(draft) };
}

const vnd = (n: number) => `${new Intl.NumberFormat('vi-VN').format(n)} ₫`;
const num = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
const pct = (r: number) =>
  `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(r * 100)}%`;

export function summary(r: SimulationResult, title: string): string[] {
  return [
    `${title} — tỉnh ${r.provinceCode}, ngày ${viDate(r.at)}, tỷ lệ tham gia giả định ${pct(r.takeUp)}`,
    `  Dân số trong sổ:               ${num(r.population)} (có thẻ ${num(r.covered)}, bao phủ ${pct(r.coverageRateBefore)})`,
    `  Đối tượng được hỗ trợ:         ${num(r.eligible)} (đã có thẻ ${num(r.eligibleCovered)}, chưa có thẻ ${num(r.eligibleUncovered)})`,
    `  Dự kiến tham gia mới:          ${num(r.expectedJoiners)} → bao phủ ${pct(r.coverageRateAfter)}`,
    `  Chi ngân sách địa phương/năm:  ${vnd(r.localCostPerYear)}`,
    `  Chi ngân sách trung ương/năm:  ${vnd(r.stateCostPerYear)}`,
    `  Phí BHYT một người/năm:        ${vnd(r.premiumPerYear)}`,
  ];
}

async function simulateCommand(db: Db, o: Options) {
  const actor = systemActor(`cli:${os.userInfo().username}`);
  const chosen = [o.policy, o.draft].filter((x) => x !== undefined);
  if (chosen.length !== 1)
    throw new InvalidArgumentError('give --policy <id> or --draft <file.json> / cần một phương án');
  const ref = o.policy ? { policyId: Number(o.policy) } : refFrom(o.draft!);
  const request = { provinceCode: o.province, at: o.at, takeUp: o.takeUp };
  if (o.compare) {
    const c = await compare(db, actor, { a: ref, b: refFrom(o.compare) }, request);
    if (o.json) console.log(JSON.stringify(c, null, 2));
    else {
      for (const line of [...summary(c.a, 'Phương án A'), ...summary(c.b, 'Phương án B')])
        console.log(line);
      console.log(
        `Chênh lệch chi NS địa phương/năm (B − A): ${vnd(c.difference.localCostPerYear)}`,
      );
    }
    if (o.xlsx) fs.writeFileSync(o.xlsx, await simulationWorkbook([c.a, c.b], c.difference));
  } else {
    const r = await simulate(db, actor, ref, request);
    if (o.json) console.log(JSON.stringify(r, null, 2));
    else for (const line of summary(r, 'Mô phỏng')) console.log(line);
    if (o.xlsx) fs.writeFileSync(o.xlsx, await simulationWorkbook([r]));
  }
  if (o.xlsx) console.log(`Đã ghi / written: ${o.xlsx}`);
}

export function registerPolicyCommands(program: Command, withDb: WithDb): void {
  const policy = program.command('policy').description('provincial support policies');
  policy
    .command('simulate')
    .description('simulate a support policy over a province (aggregates only)')
    .requiredOption('--province <code>', 'province code (2 digits)')
    .option('--policy <id>', 'a stored policy id')
    .option('--draft <file.json>', 'a draft policy in a JSON file (the fields of POST /policies)')
    .option('--compare <id|file.json>', 'a second policy to compare with')
    .requiredOption('--at <date>', 'reference date YYYY-MM-DD', civilDate)
    .requiredOption('--take-up <0..1>', 'share of the uncovered eligible who join', takeUp)
    .option('--xlsx <out.xlsx>', 'also write the result as an XLSX workbook')
    .option('--json', 'print JSON')
    .action((o: Options) => withDb((db) => simulateCommand(db, o)));
}
