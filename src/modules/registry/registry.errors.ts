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
  unknownStatus: (code: string) =>
    new AppError({
      code: 'REGISTRY_UNKNOWN_STATUS',
      status: 400,
      message: `${code} is not a known status`,
      messageVi: `${code} không phải loại đối tượng/tình trạng đã khai báo`,
    }),
  statusOverlap: (code: string) =>
    new AppError({
      code: 'REGISTRY_STATUS_OVERLAP',
      status: 409,
      message: `The person already has status ${code} for part of this period`,
      messageVi: `Người này đã có tình trạng ${code} trong một phần khoảng thời gian này`,
    }),
  badPeriod: () =>
    new AppError({
      code: 'REGISTRY_BAD_PERIOD',
      status: 400,
      message: 'The period must end after it starts, and start after the current one',
      messageVi: 'Ngày kết thúc phải sau ngày bắt đầu, và ngày bắt đầu phải sau thời kỳ hiện tại',
    }),
  sameResidence: () =>
    new AppError({
      code: 'REGISTRY_SAME_RESIDENCE',
      status: 400,
      message: 'The person already lives in this commune',
      messageVi: 'Người này đang cư trú tại xã này',
    }),
  duplicateTaxCode: () =>
    new AppError({
      code: 'REGISTRY_DUPLICATE_TAX_CODE',
      status: 409,
      message: 'An employer with this tax code is already registered',
      messageVi: 'Mã số thuế này đã có trong danh sách đơn vị',
    }),
  duplicateHousehold: () =>
    new AppError({
      code: 'REGISTRY_DUPLICATE_HOUSEHOLD',
      status: 409,
      message: 'A household with this number is already registered',
      messageVi: 'Mã hộ gia đình này đã có',
    }),
  householdNotFound: () =>
    new AppError({
      code: 'REGISTRY_HOUSEHOLD_NOT_FOUND',
      status: 404,
      message: 'Household not found (or outside your area)',
      messageVi: 'Không tìm thấy hộ gia đình (hoặc ngoài địa bàn của bạn)',
    }),
  householdHasHead: () =>
    new AppError({
      code: 'REGISTRY_HOUSEHOLD_HAS_HEAD',
      status: 409,
      message: 'The household already has a head',
      messageVi: 'Hộ gia đình đã có chủ hộ',
    }),
};
