// Every error code the geo module returns, in one place.
import { viDate } from '../../platform/dates.js';
import { AppError } from '../../platform/errors.js';

export interface Validity {
  name: string;
  level: string;
  validFrom: string;
  validTo: string | null;
}

export const geoErrors = {
  codeMalformed: (code: string) =>
    new AppError({
      code: 'GEO_CODE_MALFORMED',
      status: 400,
      message: `"${code}" is not a unit code: use VN, 2 digits (province), 3 (district) or 5 (commune)`,
      messageVi: `"${code}" không phải mã đơn vị: dùng VN, 2 chữ số (tỉnh), 3 (huyện) hoặc 5 (xã)`,
    }),
  unitNotFound: (code: string) =>
    new AppError({
      code: 'GEO_UNIT_NOT_FOUND',
      status: 404,
      message: `No administrative unit has code ${code}`,
      messageVi: `Không có đơn vị hành chính nào mang mã ${code}`,
    }),
  unitNotValidAt: (code: string, at: string, versions: Validity[]) =>
    new AppError({
      code: 'GEO_UNIT_NOT_VALID_AT',
      status: 404,
      message: `Code ${code} names no unit on ${at}; see details for the dates it was valid`,
      messageVi: `Mã ${code} không ứng với đơn vị nào vào ngày ${viDate(at)}; xem chi tiết các thời kỳ hiệu lực`,
      details: { versions },
    }),
  dateOutOfRange: (at: string) =>
    new AppError({
      code: 'GEO_DATE_OUT_OF_RANGE',
      status: 400,
      message: `Date ${at} is outside the period the geography covers (from 1976-07-02)`,
      messageVi: `Ngày ${viDate(at)} nằm ngoài thời kỳ có dữ liệu địa giới (từ 02/07/1976)`,
    }),
  sharesInvalid: (reason: string, reasonVi: string) =>
    new AppError({
      code: 'GEO_SHARES_INVALID',
      status: 422,
      message: `Successor shares are not valid: ${reason}`,
      messageVi: `Tỷ lệ phân bổ cho đơn vị kế thừa không hợp lệ: ${reasonVi}`,
    }),
  successorInvalid: (code: string, reason: string, reasonVi: string) =>
    new AppError({
      code: 'GEO_SUCCESSOR_INVALID',
      status: 422,
      message: `Unit ${code} cannot be a successor: ${reason}`,
      messageVi: `Đơn vị ${code} không thể là đơn vị kế thừa: ${reasonVi}`,
    }),
  notSuperseded: (code: string) =>
    new AppError({
      code: 'GEO_UNIT_NOT_SUPERSEDED',
      status: 422,
      message: `Unit ${code} is still valid, so it has no successors to set`,
      messageVi: `Đơn vị ${code} vẫn còn hiệu lực nên không có đơn vị kế thừa`,
    }),
  agencyNotFound: (code: string, at?: string) =>
    new AppError({
      code: 'GEO_AGENCY_NOT_FOUND',
      status: 404,
      message: at ? `No VSS agency ${code} on ${at}` : `No VSS agency ${code}`,
      messageVi: at
        ? `Không có cơ quan BHXH ${code} vào ngày ${viDate(at)}`
        : `Không có cơ quan BHXH ${code}`,
    }),
  noAgencyOnRecord: (code: string, at: string) =>
    new AppError({
      code: 'GEO_NO_AGENCY_ON_RECORD',
      status: 404,
      message: `No VSS agency is on record for unit ${code} on ${at}`,
      messageVi: `Chưa có cơ quan BHXH nào được ghi nhận quản lý đơn vị ${code} vào ngày ${viDate(at)}`,
    }),
  conflict: (what: string, whatVi: string) =>
    new AppError({
      code: 'GEO_CONFLICT',
      status: 409,
      message: `${what} overlaps an existing record for the same period`,
      messageVi: `${whatVi} trùng thời kỳ với một bản ghi đã có`,
    }),
  jurisdictionNotFound: (id: number) =>
    new AppError({
      code: 'GEO_JURISDICTION_NOT_FOUND',
      status: 404,
      message: `No jurisdiction has id ${id}`,
      messageVi: `Không có thẩm quyền quản lý mang mã số ${id}`,
    }),
  jurisdictionsOutlive: (code: string) =>
    new AppError({
      code: 'GEO_JURISDICTIONS_OUTLIVE_AGENCY',
      status: 422,
      message: `Agency ${code} has jurisdictions running past that date: end them first`,
      messageVi: `Cơ quan ${code} còn thẩm quyền quản lý kéo dài quá ngày đó: hãy kết thúc chúng trước`,
    }),
  periodInvalid: () =>
    new AppError({
      code: 'GEO_PERIOD_INVALID',
      status: 400,
      message: 'validTo must be after validFrom (validTo is the first day no longer valid)',
      messageVi: 'validTo phải sau validFrom (validTo là ngày đầu tiên hết hiệu lực)',
    }),
  periodOutside: (what: string, whatVi: string) =>
    new AppError({
      code: 'GEO_PERIOD_OUTSIDE',
      status: 422,
      message: `The period runs past the end of ${what}`,
      messageVi: `Thời kỳ vượt quá ngày chấm dứt của ${whatVi}`,
    }),
  importInvalid: (errors: { line: number; message: string; messageVi: string }[]) =>
    new AppError({
      code: 'GEO_IMPORT_INVALID',
      status: 400,
      message: `The file has ${errors.length} invalid line(s); nothing was imported`,
      messageVi: `Tệp có ${errors.length} dòng không hợp lệ; không dữ liệu nào được nhập`,
      details: { errors: errors.slice(0, 100) },
    }),
};
