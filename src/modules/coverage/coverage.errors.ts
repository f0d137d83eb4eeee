// Errors of the coverage module (stable COVERAGE_… codes, English and Vietnamese).
import { AppError } from '../../platform/errors.js';

/** One thing wrong with a request, said in both languages. */
export interface Problem {
  field: string;
  en: string;
  vi: string;
}

export interface LineError {
  line: number;
  field: string;
  message: string;
  messageVi: string;
}

export const coverageErrors = {
  invalid: (problems: Problem[]) =>
    new AppError({
      code: 'COVERAGE_TARGET_INVALID',
      status: 400,
      message: problems.map((p) => `${p.field}: ${p.en}`).join('; '),
      messageVi: problems.map((p) => `${p.field}: ${p.vi}`).join('; '),
      details: problems.map((p) => ({ field: p.field, problem: p.en, problemVi: p.vi })),
    }),
  unknownLocality: (code: string, year: number) =>
    new AppError({
      code: 'COVERAGE_LOCALITY_UNKNOWN',
      status: 422,
      message: `No locality has the code ${code} in ${year} (on 1 January or 31 December)`,
      messageVi: `Không có địa phương mang mã ${code} trong năm ${year} (ngày 01/01 hoặc 31/12)`,
      details: { localityCode: code, year },
    }),
  duplicate: (code: string, scheme: string, year: number, group: string | null) =>
    new AppError({
      code: 'COVERAGE_TARGET_DUPLICATE',
      status: 409,
      message: `${code} already has a ${scheme} target for ${year}${group ? ` (group ${group})` : ''}: edit it instead`,
      messageVi: `${code} đã có chỉ tiêu ${scheme} năm ${year}${group ? ` (nhóm ${group})` : ''}: hãy sửa chỉ tiêu đó`,
      details: { localityCode: code, scheme, year, groupCode: group },
    }),
  groupTaken: (id: number, group: string | null) =>
    new AppError({
      code: 'COVERAGE_TARGET_DUPLICATE',
      status: 409,
      message: `Target ${id}'s locality already has a target of this scheme and year for group ${group ?? '(none)'}`,
      messageVi: `Địa phương của chỉ tiêu ${id} đã có chỉ tiêu cùng loại, cùng năm cho nhóm ${group ?? '(không nhóm)'}`,
    }),
  notFound: (id: number) =>
    new AppError({
      code: 'COVERAGE_TARGET_NOT_FOUND',
      status: 404,
      message: `There is no coverage target ${id}`,
      messageVi: `Không có chỉ tiêu bao phủ số ${id}`,
    }),
  startRequired: () =>
    new AppError({
      code: 'COVERAGE_PLAN_START_REQUIRED',
      status: 422,
      message:
        "A rate target's plan needs startValue: the locality's rate at the start of the year",
      messageVi: 'Kế hoạch của chỉ tiêu tỷ lệ cần startValue: tỷ lệ bao phủ của địa phương đầu năm',
    }),
  importInvalid: (errors: LineError[]) =>
    new AppError({
      code: 'COVERAGE_IMPORT_INVALID',
      status: 400,
      message: `The file has ${errors.length} invalid line(s); nothing was imported`,
      messageVi: `Tệp có ${errors.length} dòng không hợp lệ; không chỉ tiêu nào được nhập`,
      details: { errors: errors.slice(0, 100) },
    }),
};
