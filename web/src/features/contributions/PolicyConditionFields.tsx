// Whom a support policy reaches: participant groups, registry statuses (any of), an age band
// [from, to) at the reference date, communes, occupations and "no valid card". Each list left
// empty is left out of the condition (an empty list would match no one).
import { Checkbox, Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGroups } from '../enrolment/enrolment.api';
import { STATUS_CODES } from './contributions.types';
import { ageBandProblem, OCCUPATION } from './policyForm';

export function PolicyConditionFields() {
  const { t, i18n } = useTranslation();
  const groups = useGroups();
  const english = i18n.resolvedLanguage === 'en';
  return (
    <fieldset className="contrib-fieldset">
      <legend>{t('contributions.policy.condition')}</legend>
      <Form.Item name="groups" label={t('contributions.policy.groups')}>
        <Select
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={(groups.data ?? []).map((g) => ({
            value: g.code,
            label: `${g.code} · ${english ? g.labelEn : g.labelVi}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="statuses" label={t('contributions.policy.statuses')}>
        <Select
          mode="multiple"
          allowClear
          options={STATUS_CODES.map((s) => ({
            value: s,
            label: t(`contributions.statuses.${s}`),
          }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={12}>
          <Form.Item name="ageFrom" label={t('contributions.policy.ageFrom')}>
            <InputNumber min={0} max={150} precision={0} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item
            name="ageTo"
            label={t('contributions.policy.ageTo')}
            extra={t('contributions.policy.ageHint')}
            dependencies={['ageFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: number | null) =>
                  ageBandProblem(getFieldValue('ageFrom') as number | null, value)
                    ? Promise.reject(new Error(t('contributions.policy.ageOrder')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <InputNumber min={0} max={150} precision={0} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="communeCodes"
        label={t('contributions.policy.communes')}
        extra={t('contributions.policy.communesHint')}
        rules={[
          {
            validator: (_, codes?: string[]) =>
              (codes ?? []).every((c) => /^\d{5}$/.test(c))
                ? Promise.resolve()
                : Promise.reject(new Error(t('contributions.policy.communesInvalid'))),
          },
        ]}
      >
        <Select mode="tags" tokenSeparators={[',', ' ']} open={false} />
      </Form.Item>
      <Form.Item
        name="occupations"
        label={t('contributions.policy.occupations')}
        extra={t('contributions.policy.occupationsHint')}
        rules={[
          {
            validator: (_, codes?: string[]) =>
              (codes ?? []).every((c) => OCCUPATION.test(c))
                ? Promise.resolve()
                : Promise.reject(new Error(t('contributions.policy.occupationsInvalid'))),
          },
        ]}
      >
        <Select mode="tags" tokenSeparators={[',']} open={false} />
      </Form.Item>
      <Form.Item name="withoutValidCard" valuePropName="checked">
        <Checkbox>{t('contributions.policy.withoutValidCard')}</Checkbox>
      </Form.Item>
    </fieldset>
  );
}
