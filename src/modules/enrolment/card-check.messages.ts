// What each card-check result code says, in Vietnamese and English (VSS lookup wording).
import type { ResultCode } from './card-check.rules.js';

export const RESULT_MESSAGES: Record<ResultCode, { vi: string; en: string }> = {
  '000': { vi: 'Thông tin thẻ BHYT chính xác, thẻ còn giá trị sử dụng', en: 'Card valid' },
  '003': {
    vi: 'Thẻ cũ hết giá trị sử dụng, đã được cấp thẻ mới',
    en: 'Old card no longer valid; a new card was issued',
  },
  '004': {
    vi: 'Thẻ cũ còn giá trị sử dụng, đã được cấp thẻ mới',
    en: 'Old card still valid; a new card was issued',
  },
  '010': {
    vi: 'Thẻ BHYT hết giá trị sử dụng (hoặc chưa đến hạn)',
    en: 'Card expired (or not yet valid)',
  },
  '050': { vi: 'Không có thông tin thẻ BHYT', en: 'No card found' },
  '051': { vi: 'Mã thẻ BHYT không đúng', en: 'Wrong card number' },
  '052': {
    vi: 'Mã tỉnh cấp thẻ BHYT (ký tự thứ 4, 5) không đúng',
    en: 'Wrong province code (characters 4–5)',
  },
  '053': {
    vi: 'Mã quyền lợi thẻ BHYT (ký tự thứ 3) không đúng',
    en: 'Wrong benefit digit (character 3)',
  },
  '060': { vi: 'Thẻ BHYT sai họ tên', en: 'Name does not match the card' },
  '070': { vi: 'Thẻ BHYT sai ngày sinh', en: 'Date of birth does not match the card' },
  '110': { vi: 'Thẻ BHYT đã bị thu hồi', en: 'Card revoked' },
  '205': { vi: 'Lỗi sai định dạng tham số', en: 'Parameter format error' },
};
