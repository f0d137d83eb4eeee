// Every error code the generator returns, in one place.
import { AppError } from '../platform/errors.js';

export const generateErrors = {
  unknownProvince: (code: string, at: string) =>
    new AppError({
      code: 'GENERATE_UNKNOWN_PROVINCE',
      status: 404,
      message: `No province has code "${code}" on ${at}`,
      messageVi: `Không có tỉnh/thành phố nào mang mã "${code}" vào ngày ${at}`,
    }),
  noCommunes: (code: string, at: string) =>
    new AppError({
      code: 'GENERATE_NO_COMMUNES',
      status: 422,
      message: `Province ${code} has no communes on ${at}`,
      messageVi: `Tỉnh/thành phố ${code} không có xã/phường nào vào ngày ${at}`,
    }),
  alreadyGenerated: (code: string, households: number) =>
    new AppError({
      code: 'GENERATE_ALREADY_DONE',
      status: 409,
      message: `Province ${code} already has generated data (${households} households); use --append to add more`,
      messageVi: `Tỉnh/thành phố ${code} đã có dữ liệu sinh tự động (${households} hộ); dùng --append để sinh thêm`,
      details: { households },
    }),
  badCount: (what: string, value: number) =>
    new AppError({
      code: 'GENERATE_BAD_COUNT',
      status: 400,
      message: `${what} must be a positive integer, got ${value}`,
      messageVi: `${what} phải là số nguyên dương, không phải ${value}`,
    }),
};
