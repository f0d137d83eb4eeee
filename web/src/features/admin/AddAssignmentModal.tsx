// Gives a user a role over a scope for a period. Choosing a standard role proposes the kind of
// scope it is meant for; the administrator can still change it and the server has the last word.
import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../app/format';
import { FormModal } from '../../app/FormModal';
import type { ScopeKind } from '../auth/auth.types';
import type { NewAssignment } from './admin.types';
import { useRoles } from './roles.api';
import { ScopeFields } from './ScopeFields';
import { useAddAssignment } from './users.api';

const DEFAULT_SCOPE: Record<string, ScopeKind> = {
  national_admin: 'national',
  national_analyst: 'national',
  provincial_officer: 'unit',
  commune_officer: 'unit',
  collection_agent: 'unit',
  steering_viewer: 'unit',
  facility: 'facility',
  employer: 'employer',
};

interface Values {
  roleCode: string;
  kind: ScopeKind;
  unitCode?: string;
  facilityCode?: string;
  employerTaxCode?: string;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
}

function toAssignment(v: Values): NewAssignment {
  const scope: NewAssignment['scope'] = { kind: v.kind };
  if (v.kind === 'unit') scope.unitCode = v.unitCode?.trim();
  if (v.kind === 'facility') scope.facilityCode = v.facilityCode?.trim();
  if (v.kind === 'employer') scope.employerTaxCode = v.employerTaxCode?.trim().replace('-', '');
  return {
    roleCode: v.roleCode,
    scope,
    validFrom: v.validFrom.format('YYYY-MM-DD'),
    ...(v.validTo ? { validTo: v.validTo.format('YYYY-MM-DD') } : {}),
  };
}

interface Props {
  userId: number;
  open: boolean;
  onClose: () => void;
}

export function AddAssignmentModal({ userId, open, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const roles = useRoles();
  const add = useAddAssignment(userId);
  const english = i18n.resolvedLanguage === 'en';
  const close = () => {
    add.reset();
    onClose();
  };

  return (
    <FormModal<Values>
      name="add-assignment"
      title={t('admin.assignments.addTitle')}
      okText={t('admin.assignments.addSubmit')}
      open={open}
      form={form}
      pending={add.isPending}
      error={add.error ?? roles.error}
      onClose={close}
      onSubmit={(values) => add.mutate(toAssignment(values), { onSuccess: close })}
    >
      <Form.Item
        name="roleCode"
        label={t('admin.assignments.role')}
        rules={[{ required: true, message: t('admin.assignments.roleRequired') }]}
      >
        <Select
          loading={roles.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={roles.data?.items.map((r) => ({
            value: r.code,
            label: english ? r.nameEn : r.nameVi,
          }))}
          onChange={(code: string) => {
            const kind = DEFAULT_SCOPE[code];
            if (kind) form.setFieldValue('kind', kind);
          }}
        />
      </Form.Item>
      <ScopeFields />
      <Form.Item
        name="validFrom"
        label={t('admin.assignments.validFrom')}
        initialValue={dayjs(todayInVietnam())}
        rules={[{ required: true, message: t('admin.assignments.validFromRequired') }]}
      >
        <DatePicker format="DD/MM/YYYY" allowClear={false} />
      </Form.Item>
      <Form.Item
        name="validTo"
        label={t('admin.assignments.validTo')}
        extra={t('admin.assignments.validToHint')}
        dependencies={['validFrom']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: Dayjs | null | undefined) => {
              const from = getFieldValue('validFrom') as Dayjs | undefined;
              return !value || !from || !value.isBefore(from, 'day')
                ? Promise.resolve()
                : Promise.reject(new Error(t('admin.assignments.validToBeforeFrom')));
            },
          }),
        ]}
      >
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
    </FormModal>
  );
}
