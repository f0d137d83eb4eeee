// Report routes under /api/v1/reports: POST /coverage checks the request, records the run in
// the audit trail and answers 202 with the run at once; the report is made in the background.
// GET the run for its progress (the web page asks every second), then its XLSX and PDF.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses } from '../../platform/http/schemas.js';
import { ReportJobs } from './report.jobs.js';
import { GeographySchema, presentJob, ReportJobSchema, SchemeSchema } from './report.presenter.js';
import { generateReport, prepareReport, reportFileName } from './report.service.js';

const tags = ['reports'];
const BASE = '/api/v1/reports/coverage';
const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Body = Type.Object(
  {
    locality: Type.String({
      minLength: 1,
      maxLength: 10,
      description: "'VN', province or commune code",
    }),
    period: Type.String({
      maxLength: 20,
      description: "the month 'YYYY-MM'",
      examples: ['2025-11'],
    }),
    schemes: Type.Optional(
      Type.Array(SchemeSchema, { maxItems: 5, description: 'all when absent' }),
    ),
    geography: Type.Optional(GeographySchema),
  },
  { additionalProperties: false },
);

const ownerOf = (actor: Actor) => (actor.userId !== null ? `user:${actor.userId}` : actor.actor);

export function reportRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    const jobs = new ReportJobs({ keepMs: 3600_000, maxRunning: 2 });
    jobs.onInternalError = (err) => app.log.error({ err }, 'a report run failed');
    app.addHook('onClose', () => jobs.settle());

    app.post(
      '/coverage',
      {
        config: { permission: 'coverage.read' },
        schema: {
          tags,
          summary: 'Make the monthly steering-committee coverage report (XLSX and PDF); audited',
          body: Body,
          response: { 202: ReportJobSchema, ...errorResponses(400, 401, 403, 422, 503) },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        jobs.checkCapacity();
        const prepared = await prepareReport(db, actor, request.body);
        const job = jobs.start(ownerOf(actor), prepared, (onProgress) =>
          generateReport(db, prepared, onProgress),
        );
        return reply.status(202).send(presentJob(job, BASE));
      },
    );

    app.get(
      '/coverage/:id',
      {
        config: { permission: 'coverage.read' },
        schema: {
          tags,
          summary: 'A report run: its progress, and its files once done',
          params: Id,
          response: { 200: ReportJobSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => presentJob(jobs.get(ownerOf(actorOf(request)), request.params.id), BASE),
    );

    for (const format of ['xlsx', 'pdf'] as const) {
      app.get(
        `/coverage/:id/${format}`,
        {
          config: { permission: 'coverage.read' },
          schema: {
            tags,
            summary: `The ${format.toUpperCase()} file of a finished report run`,
            params: Id,
            response: errorResponses(400, 401, 403, 404, 409),
          },
        },
        async (request, reply) => {
          const { job, file } = jobs.file(ownerOf(actorOf(request)), request.params.id, format);
          const name = `${reportFileName(job.prepared)}.${format}`;
          return reply
            .type(TYPES[format])
            .header('content-disposition', `attachment; filename="${name}"`)
            .send(file);
        },
      );
    }
  };
}
