// The members of a household joining HI together, in joining order (the order decides each
// one's share: 100%, 70%, 60%, 50%, then 40%). At least one; at most 20 here.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useGroups } from '../enrolment/enrolment.api';
import { STATUS_CODES } from './contributions.types';

export interface MemberValues {
  groupCode?: string;
  birthDate?: Dayjs | null;
  statuses?: string[];
}

const MAX_MEMBERS = 20;

export function HouseholdMembers() {
  const { t, i18n } = useTranslation();
  const groups = useGroups();
  const english = i18n.resolvedLanguage === 'en';
  const groupOptions = (groups.data ?? []).map((g) => ({
    value: g.code,
    label: `${g.code} · ${english ? g.labelEn : g.labelVi}`,
  }));
  const statusOptions = STATUS_CODES.map((s) => ({
    value: s,
    label: t(`contributions.statuses.${s}`),
  }));
  return (
    <Form.List name="members">
      {(fields, { add, remove }) => (
        <fieldset className="contrib-members">
          <legend>{t('contributions.calc.members')}</legend>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              className="contrib-member"
              title={t('contributions.calc.memberN', { n: index + 1 })}
              extra={
                fields.length > 1 ? (
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('contributions.calc.removeMember', { n: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                ) : null
              }
            >
              <Form.Item name={[field.name, 'groupCode']} label={t('contributions.calc.group')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={groups.isPending}
                  options={groupOptions}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'birthDate']} label={t('contributions.calc.birthDate')}>
                <DatePicker format="DD/MM/YYYY" />
              </Form.Item>
              <Form.Item name={[field.name, 'statuses']} label={t('contributions.calc.statuses')}>
                <Select mode="multiple" allowClear options={statusOptions} />
              </Form.Item>
            </Card>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={fields.length >= MAX_MEMBERS}
            onClick={() => add({ statuses: [] })}
            block
          >
            {t('contributions.calc.addMember')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
