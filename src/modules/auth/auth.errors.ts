// Errors of sign-in, sessions, tokens and user administration. Sign-in failures never say
// whether the username exists or the account is locked.
import { AppError } from '../../platform/errors.js';

export const authErrors = {
  required: () =>
    new AppError({
      code: 'AUTH_REQUIRED',
      status: 401,
      message: 'Sign in to continue (no session, or it has expired)',
      messageVi: 'Vui lòng đăng nhập (chưa đăng nhập hoặc phiên làm việc đã hết hạn)',
    }),
  loginFailed: () =>
    new AppError({
      code: 'AUTH_LOGIN_FAILED',
      status: 401,
      message:
        'Wrong username or password, or the account is temporarily locked after repeated failures',
      messageVi:
        'Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đang tạm khóa do đăng nhập sai nhiều lần',
    }),
  tokenInvalid: (auditDetails: Record<string, unknown>) =>
    new AppError({
      code: 'AUTH_TOKEN_INVALID',
      status: 401,
      auditDetails,
      message: 'The API token is malformed, unknown, expired or revoked',
      messageVi: 'Mã truy cập API không hợp lệ, không tồn tại, đã hết hạn hoặc đã bị thu hồi',
    }),
  csrf: () =>
    new AppError({
      code: 'AUTH_CSRF',
      status: 403,
      message: 'Missing or wrong X-CSRF-Token header; reload the page and try again',
      messageVi: 'Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token); vui lòng tải lại trang',
    }),
  passwordChangeRequired: () =>
    new AppError({
      code: 'AUTH_PASSWORD_CHANGE_REQUIRED',
      status: 403,
      message: 'Change your password before doing anything else',
      messageVi: 'Vui lòng đổi mật khẩu trước khi tiếp tục',
    }),
  currentPasswordWrong: () =>
    new AppError({
      code: 'AUTH_CURRENT_PASSWORD_WRONG',
      status: 400,
      message: 'The current password is wrong (repeated mistakes lock the account and sign it out)',
      messageVi: 'Mật khẩu hiện tại không đúng (nhập sai nhiều lần sẽ khóa tài khoản và đăng xuất)',
    }),
  accountLocked: () =>
    new AppError({
      code: 'AUTH_ACCOUNT_LOCKED',
      status: 403,
      message: 'Your account is temporarily locked after repeated wrong passwords; try later',
      messageVi: 'Tài khoản đang tạm khóa do nhập sai mật khẩu nhiều lần; vui lòng thử lại sau',
    }),
  passwordWeak: (problems: [string, string][]) =>
    new AppError({
      code: 'AUTH_PASSWORD_WEAK',
      status: 400,
      message: `The new password is too weak: ${problems.map((p) => p[0]).join('; ')}`,
      messageVi: `Mật khẩu mới chưa đủ mạnh: ${problems.map((p) => p[1]).join('; ')}`,
    }),
  userExists: () =>
    new AppError({
      code: 'AUTH_USERNAME_TAKEN',
      status: 409,
      message: 'This username is already taken',
      messageVi: 'Tên đăng nhập này đã được sử dụng',
    }),
  userNotFound: () =>
    new AppError({
      code: 'AUTH_USER_NOT_FOUND',
      status: 404,
      message: 'User not found',
      messageVi: 'Không tìm thấy người dùng',
    }),
  roleUnknown: (code: string) =>
    new AppError({
      code: 'AUTH_ROLE_UNKNOWN',
      status: 400,
      message: `Unknown role "${code}"`,
      messageVi: `Vai trò "${code}" không tồn tại`,
    }),
  scopeInvalid: (message: string, messageVi: string) =>
    new AppError({ code: 'AUTH_SCOPE_INVALID', status: 400, message, messageVi }),
  notFound: (what: string, whatVi: string) =>
    new AppError({
      code: 'AUTH_NOT_FOUND',
      status: 404,
      message: `${what} not found`,
      messageVi: `Không tìm thấy ${whatVi}`,
    }),
  tokenForAdministrator: () =>
    new AppError({
      code: 'AUTH_TOKEN_FOR_ADMINISTRATOR',
      status: 422,
      message: 'API tokens are for machine clients: not for a user who administers users',
      messageVi:
        'Mã truy cập API dành cho phần mềm kết nối, không cấp cho người quản trị người dùng',
    }),
  selfLockout: () =>
    new AppError({
      code: 'AUTH_SELF_LOCKOUT',
      status: 422,
      message: 'You cannot disable your own account',
      messageVi: 'Không thể tự vô hiệu hóa tài khoản của chính mình',
    }),
};
