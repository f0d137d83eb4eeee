// The scope of a new assignment: its kind, then the one code that kind needs (an
// administrative unit, a medical facility or an employer's tax code). Codes are typed; the
// server checks that they exist.
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SCOPE_KINDS, type ScopeKind } from '../auth/auth.types';

/** Province (2 digits) or commune (5 digits) code of the two-tier system. */
export const UNIT_CODE = /^(\d{2}|\d{5})$/;
/** MA_CSKCB: the Ministry of Health's 5-digit facility code (01001). */
export const FACILITY_CODE = /^\d{5}$/;
/** Tax code: 10 digits, a dependent unit's 10-3, or since 2025 a 12-digit personal number. */
export const TAX_CODE = /^(\d{10}(-?\d{3})?|\d{12})$/;

export function ScopeFields() {
  const { t } = useTranslation();
  const kind = Form.useWatch<ScopeKind | undefined>('kind');

  return (
    <>
      <Form.Item
        name="kind"
        label={t('admin.assignments.scopeKind')}
        rules={[{ required: true, message: t('admin.assignments.scopeKindRequired') }]}
      >
        <Select<ScopeKind>
          options={SCOPE_KINDS.map((value) => ({ value, label: t(`scope.kind.${value}`) }))}
        />
      </Form.Item>
      {kind === 'unit' ? (
        <Form.Item
          name="unitCode"
          label={t('admin.assignments.unitCode')}
          extra={t('admin.assignments.unitCodeHint')}
          rules={[
            { required: true, message: t('admin.assignments.unitCodeInvalid') },
            { pattern: UNIT_CODE, message: t('admin.assignments.unitCodeInvalid') },
          ]}
        >
          <Input inputMode="numeric" maxLength={5} autoComplete="off" />
        </Form.Item>
      ) : null}
      {kind === 'facility' ? (
        <Form.Item
          name="facilityCode"
          label={t('admin.assignments.facilityCode')}
          rules={[
            { required: true, message: t('admin.assignments.facilityCodeInvalid') },
            { pattern: FACILITY_CODE, message: t('admin.assignments.facilityCodeInvalid') },
          ]}
        >
          <Input inputMode="numeric" maxLength={5} autoComplete="off" />
        </Form.Item>
      ) : null}
      {kind === 'employer' ? (
        <Form.Item
          name="employerTaxCode"
          label={t('admin.assignments.employerTaxCode')}
          rules={[
            { required: true, message: t('admin.assignments.taxCodeInvalid') },
            { pattern: TAX_CODE, message: t('admin.assignments.taxCodeInvalid') },
          ]}
        >
          <Input inputMode="numeric" maxLength={14} autoComplete="off" />
        </Form.Item>
      ) : null}
    </>
  );
}
