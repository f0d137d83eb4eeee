// `ansinh geo …`: look a code up at a date, map an old unit to today's units, import
// denominators. Output is plain text for people; --json for scripts.
import fs from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import type { Db } from '../../db-schema.js';
import { addDays, isCivilDate, todayInVietnam, viDate } from '../../platform/dates.js';
import { importDenominatorCsv } from './denominators.service.js';
import { presentShare, presentUnit } from './geo.presenter.js';
import { resolveUnit, unitAncestry } from './geo.service.js';
import { successorsOf } from './succession.service.js';

type WithDb = <T>(run: (db: Db) => Promise<T>) => Promise<T>;

const fmtDate = (d: string | null) => (d ? viDate(d) : '…');

function civilDate(value: string): string {
  if (!isCivilDate(value)) {
    throw new InvalidArgumentError('expected a date YYYY-MM-DD / cần ngày dạng YYYY-MM-DD');
  }
  return value;
}

export function registerGeoCommands(program: Command, withDb: WithDb): void {
  const geo = program.command('geo').description('administrative units and their succession');

  geo
    .command('show <code>')
    .description('the unit a code names at a date, with its parents')
    .option('--at <date>', 'date YYYY-MM-DD', civilDate, todayInVietnam())
    .option('--json', 'print JSON')
    .action((code: string, opts: { at: string; json?: boolean }) =>
      withDb(async (db) => {
        const unit = await resolveUnit(db, code, opts.at);
        const [, ...ancestors] = await unitAncestry(db, unit);
        if (opts.json) {
          console.log(
            JSON.stringify(
              {
                unit: presentUnit(unit, ancestors[0]),
                ancestors: ancestors.map((a) => presentUnit(a)),
              },
              null,
              2,
            ),
          );
          return;
        }
        console.log(`${unit.code}  ${unit.name}  (${unit.level})`);
        console.log(
          `  hiệu lực / valid: ${fmtDate(unit.valid_from)} – ${unit.valid_to ? fmtDate(addDays(unit.valid_to, -1)) : 'nay / now'}`,
        );
        for (const a of ancestors) console.log(`  thuộc / in: ${a.code}  ${a.name}`);
        if (unit.legal_ref) console.log(`  căn cứ / legal basis: ${unit.legal_ref}`);
      }),
    );

  geo
    .command('map <oldCode>')
    .description("map an old unit to today's unit(s) with shares")
    .option('--at <date>', 'date the old code is read at', civilDate, '2025-06-30')
    .option('--to <date>', 'target date', civilDate, todayInVietnam())
    .option('--json', 'print JSON')
    .action((code: string, opts: { at: string; to: string; json?: boolean }) =>
      withDb(async (db) => {
        const r = await successorsOf(db, code, opts.at, opts.to);
        const items = r.items.map((i) => presentShare(i.unit, i.shareNano, i.edge));
        if (opts.json) {
          console.log(JSON.stringify({ unit: presentUnit(r.unit), to: r.to, items }, null, 2));
          return;
        }
        console.log(`${r.unit.code}  ${r.unit.name}  → ${fmtDate(r.to)}`);
        if (items.length === 0) console.log('  (no successor on record / chưa có đơn vị kế thừa)');
        for (const i of items)
          console.log(`  ${i.share}  ${i.unit.code}  ${i.unit.name}  [${i.method ?? ''}]`);
      }),
    );

  geo
    .command('import-denominators <file>')
    .description(
      'import a CSV of denominators (code,year,kind,value,source[,status,synthetic,note,valid_on])',
    )
    .action((file: string) =>
      withDb(async (db) => {
        const result = await importDenominatorCsv(
          db,
          { actor: 'cli', requestId: null },
          fs.readFileSync(file, 'utf8'),
        );
        console.log(
          `imported ${result.rows} rows (${result.inserted} new, ${result.updated} updated)`,
        );
      }),
    );
}
