import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliTestBed } from '../../../../tests/helpers/cli.js';
import { demoPlaces } from '../../../demo-places.js';
import { registerImportCommands } from './import.cli.js';
import { systemActor } from '../../../platform/auth-context.js';
import { fileDigest } from '../../../platform/import/spool.js';
import { nationalIdFor, personsCsv } from './import.fixtures.js';
import { openImportJob, runImportJob } from './import.service.js';

const { run, db } = cliTestBed(registerImportCommands);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ansinh-import-cli-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const count = async (table: 'person' | 'person_residence' | 'household') =>
  Number(
    (
      await db()
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('ansinh import persons', () => {
  it('imports a file, then changes nothing when it runs again', async () => {
    const commune = (await demoPlaces(db())).communesFromHaiDuong[0]!.code;
    const file = write('p.csv', personsCsv([1, 2, 3].map((n) => ({ n: 900 + n, commune }))));
    const before = await count('person');
    const first = await run('import', 'persons', file);
    expect(first).toContain('thêm/inserted 3');
    expect(await count('person')).toBe(before + 3);
    const again = await run('import', 'persons', file);
    expect(again).toContain('thêm/inserted 0');
    expect(again).toContain('không đổi/unchanged 3');
    expect(await count('person')).toBe(before + 3);
  });
});

describe('ansinh import: all or nothing, batches and resume', () => {
  it('writes nothing when a row is rejected, and prints every rejection', async () => {
    const commune = (await demoPlaces(db())).communesFromHaiDuong[0]!.code;
    const csv = personsCsv([
      { n: 921, commune },
      { n: 922, commune },
      { n: 921, commune },
      { n: 923, commune: 'ABCDE' },
    ]);
    const before = await count('person');
    const out = await run('import', 'persons', write('bad.csv', csv));
    expect(out).toContain('KHÔNG GHI GÌ / NOTHING WRITTEN');
    expect(out).toContain(
      'dòng/line 4  national_id  DUPLICATE_IN_FILE: trùng national_id với dòng 2 / the same national_id as line 2',
    );
    expect(out).toContain('dòng/line 5  commune_code  COMMUNE_UNKNOWN');
    expect(process.exitCode).toBe(1);
    expect(await count('person')).toBe(before);
  });

  it('commits batch by batch and resumes after the last committed line', async () => {
    const commune = (await demoPlaces(db())).communesFromHaiDuong[0]!.code;
    const file = write(
      'batch.csv',
      personsCsv([931, 932, 933, 934, 935].map((n) => ({ n, commune }))),
    );
    const digest = await fileDigest(file);
    const actor = systemActor('cli:test');
    const opened = await openImportJob(db(), actor, {
      kind: 'persons',
      format: 'csv',
      batchSize: 2,
      resume: false,
      ...digest,
    });
    // a crash after the first batch (lines 2–3) has committed
    const crash = (p: { lastLine: number }) => {
      if (p.lastLine > 0) throw new Error('power cut');
    };
    await expect(
      runImportJob(db(), actor, opened, fs.createReadStream(file), crash),
    ).rejects.toThrow('power cut');
    const stopped = await db()
      .selectFrom('import_job')
      .selectAll()
      .where('id', '=', opened.job.id)
      .executeTakeFirstOrThrow();
    expect(stopped).toMatchObject({ status: 'failed', last_line: 3, rows_inserted: 2 });
    const before = await count('person');
    const out = await run('import', 'persons', file, '--batch-size', '2', '--resume');
    expect(out).toContain(`import #${opened.job.id} persons: done`);
    expect(out).toContain('thêm/inserted 5');
    expect(await count('person')).toBe(before + 3);
  });

  it('catches a key repeated across batches (earlier batches are already committed)', async () => {
    const commune = (await demoPlaces(db())).communesFromHaiDuong[0]!.code;
    const row = (n: number) =>
      `${nationalIdFor(n, '1990-05-06', 'male')},3190000951,Lê Văn ${n},1990-05-06,male,${commune}`;
    const csv = [
      'national_id,si_number,full_name,birth_date,sex,commune_code',
      row(951),
      row(952),
      row(951),
    ].join('\n');
    const out = await run('import', 'persons', write('cross.csv', csv), '--batch-size', '1');
    expect(out).toContain('thêm/inserted 1');
    expect(out).toContain('dòng/line 3  si_number  SI_NUMBER_TAKEN');
    expect(out).toContain('dòng/line 4  national_id  DUPLICATE_IN_FILE');
  });

  it('refuses --resume when no batch import of the file stopped half-way', async () => {
    const out = await run('import', 'persons', write('new.csv', personsCsv([])), '--resume');
    expect(out).toContain('Không có lần nhập theo lô nào của tệp này đang dở');
    expect(process.exitCode).toBe(1);
  });
});

describe('ansinh import households, employers and coverage', () => {
  it('links persons to households and refuses overlapping coverage, in the file and the database', async () => {
    const commune = (await demoPlaces(db())).communesFromHaiDuong[1]!.code;
    const households = await run(
      'import',
      'households',
      write('h.csv', `ma_ho,ma_xa,dia_chi\nHP0000941,${commune},Thôn 1\n`),
    );
    expect(households).toContain('thêm/inserted 1');
    const employers = await run(
      'import',
      'employers',
      write(
        'e.csv',
        `tax_code,name,sector,commune_code,reported_employees\n0800000941,Công ty Nhập,C,${commune},12\n`,
      ),
    );
    expect(employers).toContain('thêm/inserted 1');
    const updated = await run(
      'import',
      'employers',
      write(
        'e2.csv',
        `tax_code,name,sector,commune_code,reported_employees\n0800000941,Công ty Nhập,C,${commune},15\n`,
      ),
    );
    expect(updated).toContain('cập nhật/updated 1');
    const id = nationalIdFor(941, '1990-05-06', 'male');
    const persons = await run(
      'import',
      'persons',
      write(
        'hp.csv',
        `national_id,full_name,birth_date,sex,commune_code,household_code,household_relation\n${id},Lê Văn Hộ,1990-05-06,Nam,${commune},HP0000941,Chủ hộ\n`,
      ),
    );
    expect(persons).toContain('thêm/inserted 1');
    const header = 'national_id,scheme,group_code,payer,employer_tax_code,valid_from,valid_to';
    const first = await run(
      'import',
      'coverage',
      write('c1.csv', `${header}\n${id},hi,DN,employer,0800000941,2026-01-01,2027-01-01\n`),
    );
    expect(first).toContain('thêm/inserted 1');
    const second = await run(
      'import',
      'coverage',
      write(
        'c2.csv',
        [
          header,
          `${id},hi,DN,employer,0800000941,2026-01-01,2027-01-01`,
          `${id},hi,GD,household,,2026-06-01,`,
          `${id},si_voluntary,GD,self,,2026-01-01,2026-06-01`,
          `${id},si_voluntary,GD,self,,2026-03-01,`,
        ].join('\n'),
      ),
    );
    expect(second).toContain(
      'dòng/line 3  valid_from  COVERAGE_OVERLAP: trùng thời gian với giai đoạn đã ghi nhận 2026-01-01–2027-01-01',
    );
    expect(second).toContain('dòng/line 5  valid_from  COVERAGE_OVERLAP_IN_FILE');
    expect(second).toContain('KHÔNG GHI GÌ');
  });
});
