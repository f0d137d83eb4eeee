// Errors of the enrolment module.
import { AppError } from '../../platform/errors.js';

export const enrolmentErrors = {
  unknownGroup: (code: string, at: string) =>
    new AppError({
      code: 'ENROLMENT_UNKNOWN_GROUP',
      status: 400,
      message: `${code} is not a participant group code valid on ${at}`,
      messageVi: `${code} không phải mã đối tượng có hiệu lực ngày ${at}`,
    }),
  overlap: (scheme: string) =>
    new AppError({
      code: 'ENROLMENT_OVERLAP',
      status: 409,
      message: `The person already has a ${scheme} period overlapping these dates`,
      messageVi: `Người này đã có thời gian tham gia ${scheme} trùng với khoảng thời gian này`,
    }),
  employerRequired: () =>
    new AppError({
      code: 'ENROLMENT_EMPLOYER_REQUIRED',
      status: 400,
      message: 'An employer (tax code) is required exactly when the payer is the employer',
      messageVi: 'Phải ghi mã số thuế đơn vị khi (và chỉ khi) đơn vị sử dụng lao động đóng',
    }),
  employerNotFound: () =>
    new AppError({
      code: 'ENROLMENT_EMPLOYER_NOT_FOUND',
      status: 404,
      message: 'No employer has this tax code',
      messageVi: 'Không có đơn vị nào có mã số thuế này',
    }),
  periodNotFound: () =>
    new AppError({
      code: 'ENROLMENT_PERIOD_NOT_FOUND',
      status: 404,
      message: 'Coverage period not found (or outside your area)',
      messageVi: 'Không tìm thấy thời gian tham gia (hoặc ngoài địa bàn của bạn)',
    }),
  badEnd: () =>
    new AppError({
      code: 'ENROLMENT_BAD_END',
      status: 400,
      message: 'The end date must be after the start and not after the current end',
      messageVi: 'Ngày kết thúc phải sau ngày bắt đầu và không sau ngày kết thúc hiện tại',
    }),
  noSiNumber: () =>
    new AppError({
      code: 'ENROLMENT_NO_SI_NUMBER',
      status: 400,
      message: 'The person has no social insurance number yet: record it before issuing a card',
      messageVi: 'Người này chưa có mã số BHXH: cần cấp mã số trước khi cấp thẻ',
    }),
  noHealthCover: (at: string) =>
    new AppError({
      code: 'ENROLMENT_NO_HEALTH_COVER',
      status: 400,
      message: `The person has no health-insurance period on ${at}`,
      messageVi: `Người này không có thời gian tham gia BHYT vào ngày ${at}`,
    }),
  facilityNotFound: (code: string) =>
    new AppError({
      code: 'ENROLMENT_FACILITY_NOT_FOUND',
      status: 404,
      message: `No active primary-care facility has code ${code}`,
      messageVi: `Không có cơ sở KCB ban đầu nào đang hoạt động có mã ${code}`,
    }),
  cardNotFound: () =>
    new AppError({
      code: 'ENROLMENT_CARD_NOT_FOUND',
      status: 404,
      message: 'Card not found (or outside your area)',
      messageVi: 'Không tìm thấy thẻ BHYT (hoặc ngoài địa bàn của bạn)',
    }),
  cardOverlap: () =>
    new AppError({
      code: 'ENROLMENT_CARD_OVERLAP',
      status: 409,
      message: 'The person already holds a valid card for part of this period',
      messageVi: 'Người này đã có thẻ còn giá trị trong một phần khoảng thời gian này',
    }),
  cardRevoked: () =>
    new AppError({
      code: 'ENROLMENT_CARD_REVOKED',
      status: 409,
      message: 'The card is revoked',
      messageVi: 'Thẻ đã bị thu hồi',
    }),
};
