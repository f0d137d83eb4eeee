// Labels of codes the server sends (line items, payers, rule tables, groups of a result):
// the translation under contributions.<group>.<code> when there is one, else the code itself,
// so a code added on the server later still shows instead of a missing-key path.
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';

export function useLabel() {
  const { t, i18n } = useTranslation();
  return (group: string, code: string | number): string => {
    const key = `contributions.${group}.${code}`;
    return i18n.exists(key) ? t(key as ParseKeys) : String(code);
  };
}
