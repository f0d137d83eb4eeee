// The body of POST /target-imports: the file's bytes, CSV or XLSX by its content type. Anything
// else is refused with the registry import's code (IMPORT_CONTENT_TYPE, 415).
import { AppError } from '../../platform/errors.js';
import { importErrors } from '../../platform/import/import.errors.js';
import type { FileFormat } from '../../platform/import/readers.js';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** a target file is a few hundred rows; 5 MB leaves room for a formatted workbook */
export const IMPORT_BYTES = 5_000_000;

const contentTypeError = () =>
  new AppError({
    code: 'IMPORT_CONTENT_TYPE',
    status: 415,
    message: `Send the file as the body with Content-Type text/csv or ${XLSX}`,
    messageVi: `Hãy gửi tệp trong thân yêu cầu với Content-Type text/csv hoặc ${XLSX}`,
  });

export function fileOf(
  contentType: string | undefined,
  body: unknown,
): { data: Buffer; format: FileFormat } {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const format = type === XLSX ? 'xlsx' : type === 'text/csv' ? 'csv' : null;
  if (!format) throw contentTypeError();
  if (!Buffer.isBuffer(body) || body.length === 0) throw importErrors.empty();
  return { data: body, format };
}
