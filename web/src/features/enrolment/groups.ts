// Labels of participant group codes (mã đối tượng) in the UI language.
import { useTranslation } from 'react-i18next';
import { useGroups } from './enrolment.api';

/** "DN · Người lao động trong doanh nghiệp", or the bare code while groups load. */
export function useGroupLabel() {
  const { i18n } = useTranslation();
  const groups = useGroups();
  const english = i18n.resolvedLanguage === 'en';
  return (code: string): string => {
    const group = groups.data?.find((g) => g.code === code);
    if (!group) return code;
    return `${code} · ${english ? group.labelEn : group.labelVi}`;
  };
}

/** Share of costs the fund pays at each benefit level (mức hưởng, Law on HI art. 22). */
export const BENEFIT_SHARE: Record<number, string> = {
  1: '100%',
  2: '100%',
  3: '95%',
  4: '80%',
  5: '100%',
};
