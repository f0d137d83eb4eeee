// The JSON shape of a report run: what was asked, how far it is, and where its files are.
import { Type, type Static } from 'typebox';
import type { ReportJob } from './report.jobs.js';

/** the schemes of schemes.ts, spelled out so the type keeps its literals */
export const SchemeSchema = Type.Union([
  Type.Literal('HI'),
  Type.Literal('SI'),
  Type.Literal('SI_COMPULSORY'),
  Type.Literal('SI_VOLUNTARY'),
  Type.Literal('UI'),
]);
export const GeographySchema = Type.Union([Type.Literal('as-is'), Type.Literal('as-was')]);

export const ReportJobSchema = Type.Object(
  {
    id: Type.String(),
    status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
    locality: Type.Object({
      code: Type.String(),
      name: Type.Union([Type.String(), Type.Null()], { description: 'known once it is done' }),
    }),
    period: Type.String({ description: "'YYYY-MM'" }),
    at: Type.String({ description: 'the date the figures are read at' }),
    schemes: Type.Array(SchemeSchema),
    geography: GeographySchema,
    progress: Type.Object({
      done: Type.Integer(),
      total: Type.Integer(),
      step: Type.String(),
      label: Type.String({ description: 'the step in Vietnamese' }),
    }),
    error: Type.Union([
      Type.Object({ code: Type.String(), message: Type.String(), messageVi: Type.String() }),
      Type.Null(),
    ]),
    files: Type.Union([Type.Object({ xlsx: Type.String(), pdf: Type.String() }), Type.Null()]),
    createdAt: Type.String(),
    finishedAt: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'ReportJob', description: 'A run of the steering-committee coverage report' },
);
export type ReportJobJson = Static<typeof ReportJobSchema>;

export function presentJob(job: ReportJob, base: string): ReportJobJson {
  const p = job.prepared;
  return {
    id: job.id,
    status: job.status,
    locality: { code: p.locality, name: job.localityName },
    period: p.period.month,
    at: p.period.at,
    schemes: p.schemes,
    geography: p.geography,
    progress: job.progress,
    error: job.error,
    files: job.files ? { xlsx: `${base}/${job.id}/xlsx`, pdf: `${base}/${job.id}/pdf` } : null,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
