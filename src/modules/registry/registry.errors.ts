// Errors of the registry module.
import { AppError } from '../../platform/errors.js';
import type { FieldProblem } from './national-id.js';

export const registryErrors = {
  personNotFound: () =>
    new AppError({
      code: 'REGISTRY_PERSON_NOT_FOUND',
      status: 404,
      message: 'Person not found (or outside your area)',
      messageVi: 'Không tìm thấy người tham gia (hoặc ngoài địa bàn của bạn)',
    }),
  duplicateNationalId: () =>
    new AppError({
      code: 'REGISTRY_DUPLICATE_NATIONAL_ID',
      status: 409,
      message: 'A person with this national ID is already registered',
      messageVi: 'Số định danh cá nhân này đã có trong cơ sở dữ liệu',
    }),
  wholeIdRequired: () =>
    new AppError({
      code: 'REGISTRY_WHOLE_ID_REQUIRED',
      status: 400,
      message: 'Search by the whole 12-digit national ID (you see identifiers masked)',
      messageVi: 'Vui lòng tìm theo đủ 12 chữ số định danh cá nhân (bạn chỉ được xem số đã che)',
    }),
  communeRequired: () =>
    new AppError({
      code: 'REGISTRY_COMMUNE_REQUIRED',
      status: 400,
      message: 'The residence must be a commune-level unit valid today',
      messageVi: 'Nơi cư trú phải là đơn vị hành chính cấp xã đang có hiệu lực',
    }),
  invalidField: (problem: FieldProblem) =>
    new AppError({
      code: 'REGISTRY_INVALID_FIELD',
      status: 400,
      message: `${problem.field}: ${problem.message}`,
      messageVi: `${problem.field}: ${problem.messageVi}`,
      details: [problem],
    }),
  duplicateSiNumber: () =>
    new AppError({
      code: 'REGISTRY_DUPLICATE_SI_NUMBER',
      status: 409,
      message: 'Another person has this social insurance number',
      messageVi: 'Mã số BHXH này đã được cấp cho người khác',
    }),
  employerNotFound: () =>
    new AppError({
      code: 'REGISTRY_EMPLOYER_NOT_FOUND',
      status: 404,
      message: 'Employer not found (or outside your area)',
      messageVi: 'Không tìm thấy đơn vị sử dụng lao động (hoặc ngoài địa bàn của bạn)',
    }),
};
