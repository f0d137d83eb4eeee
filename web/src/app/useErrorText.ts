// The message of a failed request in the UI language: the server's Vietnamese or English text
// from the error envelope, or a generic message for anything that is not an ApiError.
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('errors.unexpected');
    return i18n.resolvedLanguage === 'en' ? error.envelope.message : error.envelope.messageVi;
  };
}
