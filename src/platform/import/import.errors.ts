// Errors that stop an import before or between rows (a rejected row is not an error: it is
// reported with its line, see rejections.ts). Codes are stable; messages in both languages.
import { AppError } from '../errors.js';

export interface HeaderProblems {
  missing: string[];
  unknown: string[];
  duplicate: string[];
}

export const importErrors = {
  header: (problems: HeaderProblems) => {
    const parts = [
      problems.missing.length ? `missing ${problems.missing.join(', ')}` : '',
      problems.unknown.length ? `unknown ${problems.unknown.join(', ')}` : '',
      problems.duplicate.length ? `repeated ${problems.duplicate.join(', ')}` : '',
    ].filter(Boolean);
    const partsVi = [
      problems.missing.length ? `thiếu cột ${problems.missing.join(', ')}` : '',
      problems.unknown.length ? `cột không xác định ${problems.unknown.join(', ')}` : '',
      problems.duplicate.length ? `cột lặp lại ${problems.duplicate.join(', ')}` : '',
    ].filter(Boolean);
    return new AppError({
      code: 'IMPORT_HEADER_INVALID',
      status: 400,
      message: `The header row (line 1) does not match: ${parts.join('; ')}`,
      messageVi: `Dòng tiêu đề (dòng 1) không đúng: ${partsVi.join('; ')}`,
      details: problems,
    });
  },
  empty: () =>
    new AppError({
      code: 'IMPORT_FILE_EMPTY',
      status: 400,
      message: 'The file has no header row',
      messageVi: 'Tệp không có dòng tiêu đề',
    }),
  utf16: () =>
    new AppError({
      code: 'IMPORT_ENCODING_UTF16',
      status: 400,
      message:
        'The file is UTF-16 (Excel "Unicode Text"); save it as "CSV UTF-8 (Comma delimited)"',
      messageVi:
        'Tệp được mã hóa UTF-16 (Excel "Unicode Text"); hãy lưu lại dạng "CSV UTF-8 (Comma delimited)"',
    }),
  notUtf8: (line: number, byte: number) =>
    new AppError({
      code: 'IMPORT_ENCODING_NOT_UTF8',
      status: 400,
      message: `The file is not UTF-8: invalid bytes on line ${line} (byte ${byte}); it may be Windows-1258 or TCVN3. Save it as "CSV UTF-8"`,
      messageVi: `Tệp không phải UTF-8: byte không hợp lệ ở dòng ${line} (byte thứ ${byte}); có thể là Windows-1258 hoặc TCVN3. Hãy lưu lại dạng "CSV UTF-8"`,
      details: { line, byte },
    }),
  notXlsx: () =>
    new AppError({
      code: 'IMPORT_XLSX_INVALID',
      status: 400,
      message: 'The file is not an Excel workbook (.xlsx)',
      messageVi: 'Tệp không phải sổ tính Excel (.xlsx)',
    }),
  csvSyntax: (line: number, reason: string) =>
    new AppError({
      code: 'IMPORT_CSV_SYNTAX',
      status: 400,
      message: `The CSV cannot be read at line ${line}: ${reason}`,
      messageVi: `Không đọc được tệp CSV ở dòng ${line}: ${reason}`,
      details: { line },
    }),
  tooLarge: (limitBytes: number) =>
    new AppError({
      code: 'IMPORT_FILE_TOO_LARGE',
      status: 413,
      message: `The file is larger than ${limitBytes} bytes`,
      messageVi: `Tệp lớn hơn ${limitBytes} byte`,
    }),
  nothingToResume: () =>
    new AppError({
      code: 'IMPORT_NOTHING_TO_RESUME',
      status: 409,
      message: 'No unfinished batch import of this file to resume',
      messageVi: 'Không có lần nhập theo lô nào của tệp này đang dở để tiếp tục',
    }),
  jobNotFound: () =>
    new AppError({
      code: 'IMPORT_JOB_NOT_FOUND',
      status: 404,
      message: 'Import not found',
      messageVi: 'Không tìm thấy lần nhập dữ liệu',
    }),
};
