// Password rules shared by every form that sets one. The server has the last word (400
// AUTH_PASSWORD_WEAK); checking the length here only saves a round trip.
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

export const MIN_PASSWORD_LENGTH = 10;

export function newPasswordRules(t: TFunction): FormRule[] {
  return [
    { required: true, message: t('password.required') },
    { min: MIN_PASSWORD_LENGTH, message: t('password.tooShort', { n: MIN_PASSWORD_LENGTH }) },
  ];
}

/** The "repeat the new password" field must match the field named `field`. */
export function confirmRules(t: TFunction, field: string): FormRule[] {
  return [
    { required: true, message: t('password.confirmRequired') },
    ({ getFieldValue }) => ({
      validator: (_, value) =>
        !value || getFieldValue(field) === value
          ? Promise.resolve()
          : Promise.reject(new Error(t('password.mismatch'))),
    }),
  ];
}
