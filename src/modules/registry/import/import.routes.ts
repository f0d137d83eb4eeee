// POST /registry/imports (the file as the raw body: text/csv or .xlsx) spools the upload,
// opens a job and answers 202 at once; the import runs in the background. GET the job for its
// progress, and its rejections as CSV. Mounted by registryRoutes.
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../../db-schema.js';
import type { Actor } from '../../../platform/auth-context.js';
import { AppError } from '../../../platform/errors.js';
import type { FileFormat } from '../../../platform/import/readers.js';
import { actorOf } from '../../../platform/http/context.js';
import { CivilDate, errorResponses } from '../../../platform/http/schemas.js';
import { spool } from '../../../platform/import/spool.js';
import { IMPORT_KINDS, type ImportKindName } from './import.kinds.js';
import { ImportJobSchema, presentJob } from './import.presenter.js';
import {
  checkImportHeader,
  importJob,
  importRejections,
  openImportJob,
  runImportJob,
} from './import.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** large registers (a province's persons) run to a few hundred MB */
export const IMPORT_LIMIT_BYTES = 2 * 1024 ** 3;
const tags = ['registry'];
const Id = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 }) });

const contentTypeError = () =>
  new AppError({
    code: 'IMPORT_CONTENT_TYPE',
    status: 415,
    message: `Send the file as the body with Content-Type text/csv or ${XLSX}`,
    messageVi: `Hãy gửi tệp trong thân yêu cầu với Content-Type text/csv hoặc ${XLSX}`,
  });

interface Query {
  kind: ImportKindName;
  format: FileFormat;
  batchSize?: number | undefined;
  resume?: boolean | undefined;
  at?: string | undefined;
}

/** Spools the upload, checks its header, opens the job; the file is removed on refusal. */
async function accept(db: Db, actor: Actor, q: Query, body: Readable) {
  const upload = await spool(body, IMPORT_LIMIT_BYTES);
  try {
    await checkImportHeader(q.kind, fs.createReadStream(upload.file), q.format);
    const opened = await openImportJob(db, actor, {
      kind: q.kind,
      format: q.format,
      batchSize: q.batchSize ?? null,
      resume: q.resume ?? false,
      at: q.at,
      sha256: upload.sha256,
      bytes: upload.bytes,
    });
    return { opened, file: upload.file };
  } catch (error) {
    fs.rmSync(upload.file, { force: true });
    throw error;
  }
}

export function importRoutes(db: Db): FastifyPluginAsyncTypebox {
  return async (app) => {
    // in this plugin only: the file reaches the handler as a stream, never whole in memory
    app.removeContentTypeParser('text/csv');
    app.addContentTypeParser(['text/csv', XLSX], (_request, payload, done) => done(null, payload));
    const running = new Set<Promise<unknown>>();
    app.addHook('onClose', async () => void (await Promise.allSettled([...running])));

    app.post(
      '/imports',
      {
        config: { permission: 'registry.write' },
        bodyLimit: IMPORT_LIMIT_BYTES,
        schema: {
          tags,
          summary: 'Import persons, households, employers or coverage from a CSV or XLSX body',
          querystring: Type.Object({
            kind: Type.Union(IMPORT_KINDS.map((k) => Type.Literal(k))),
            batchSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
            resume: Type.Optional(Type.Boolean()),
            at: Type.Optional(CivilDate),
          }),
          response: { 202: ImportJobSchema, ...errorResponses(400, 401, 403, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const body = request.body as Readable | undefined;
        if (!body || typeof body.pipe !== 'function') throw contentTypeError();
        const format = request.headers['content-type']?.startsWith(XLSX) ? 'xlsx' : 'csv';
        const actor = actorOf(request);
        const { opened, file } = await accept(db, actor, { ...request.query, format }, body);
        // the outcome is in the job row; logs name the job, never its rows
        const task = runImportJob(db, actor, opened, fs.createReadStream(file))
          .catch((error: unknown) =>
            request.log.warn(
              { job: opened.job.id, code: (error as AppError).code },
              'import stopped',
            ),
          )
          .finally(() => {
            fs.rmSync(file, { force: true });
            running.delete(task);
          });
        running.add(task);
        return reply.status(202).send(presentJob(opened.job));
      },
    );

    app.get(
      '/imports/:id',
      {
        config: { permission: 'registry.write' },
        schema: {
          tags,
          summary: 'An import: status, progress and counts',
          params: Id,
          response: { 200: ImportJobSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => presentJob(await importJob(db, actorOf(request), request.params.id)),
    );

    app.get(
      '/imports/:id/rejections.csv',
      {
        config: { permission: 'registry.write' },
        schema: {
          tags,
          summary: 'Rejected rows of an import: line, field, reason (vi, en)',
          params: Id,
        },
      },
      async (request, reply) => {
        const csv = await importRejections(db, actorOf(request), request.params.id);
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="import-${request.params.id}-loi.csv"`,
          )
          .send(csv);
      },
    );
  };
}
