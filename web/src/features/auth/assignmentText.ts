// How a role assignment reads in the current language: the role's name and what it covers
// ("Toàn quốc", "Tỉnh Hà Nội (01)", "Cơ sở KCB 01001", "Đơn vị MST 0101234567").
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { Assignment, Scope } from './auth.types';

export function useAssignmentText() {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';

  const roleName = (a: Pick<Assignment, 'roleNameVi' | 'roleNameEn'>) =>
    english ? a.roleNameEn : a.roleNameVi;

  const scopeText = (scope: Scope): string => {
    switch (scope.kind) {
      case 'national':
        return t('scope.nationalText');
      case 'unit': {
        const unit = scope.unitName
          ? t('scope.unitText', { name: scope.unitName, code: scope.unitCode ?? '' })
          : t('scope.unitCodeText', { code: scope.unitCode ?? '' });
        return scope.unitValidTo
          ? t('scope.unitEnded', { unit, date: formatDate(scope.unitValidTo) })
          : unit;
      }
      case 'facility':
        return t('scope.facilityText', { code: scope.facilityCode ?? '' });
      case 'employer':
        return t('scope.employerText', { code: scope.employerTaxCode ?? '' });
    }
  };

  return { roleName, scopeText };
}
