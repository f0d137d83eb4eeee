// The fields of a support policy: who issues it, for which scheme, whom it reaches (groups,
// statuses, age band, communes, "no valid card", occupations), what it pays (a share or a
// fixed amount, and how it stacks on the national support), when, and on what legal basis.
// Used by the editor and by the simulation's inline draft; the caller owns the form.
import { Col, DatePicker, Form, Input, Radio, Row, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PolicyConditionFields } from './PolicyConditionFields';
import { POLICY_CODE, type PolicyValues } from './policyForm';
import { PolicySupportFields } from './PolicySupportFields';
import { ProvinceSelect } from './ProvinceSelect';
import { ValidToField } from './ValidToField';

interface Props {
  form: FormInstance<PolicyValues>;
  name: string;
  initialValues: Partial<PolicyValues>;
  disabled?: boolean;
  onFinish: (values: PolicyValues) => void;
  /** the reference date provinces are listed at */
  at: string;
  children?: ReactNode;
}

export function PolicyForm({ form, name, initialValues, disabled, onFinish, at, children }: Props) {
  const { t } = useTranslation();
  const supportKind = Form.useWatch('supportKind', form) ?? initialValues.supportKind;
  const required = { required: true, whitespace: true, message: t('contributions.required') };
  return (
    <Form<PolicyValues>
      form={form}
      name={name}
      layout="vertical"
      disabled={disabled}
      initialValues={initialValues}
      onFinish={onFinish}
      scrollToFirstError
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="code"
            label={t('contributions.policy.code')}
            extra={t('contributions.policy.codeHint')}
            normalize={(value: string) => value.toUpperCase()}
            rules={[
              required,
              { pattern: POLICY_CODE, message: t('contributions.policy.codeInvalid') },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="issuerProvinceCode"
            label={t('contributions.policy.issuer')}
            extra={t('contributions.policy.issuerHint')}
          >
            <ProvinceSelect at={at} includeFormer data-testid="policy-issuer" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="scheme" label={t('contributions.policy.scheme')}>
            <Radio.Group
              optionType="button"
              options={(['hi', 'vsi'] as const).map((s) => ({
                value: s,
                label: t(`contributions.schemes.${s}`),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="nameVi" label={t('contributions.policy.nameVi')} rules={[required]}>
        <Input />
      </Form.Item>
      <Form.Item name="nameEn" label={t('contributions.policy.nameEn')} rules={[required]}>
        <Input />
      </Form.Item>
      <PolicyConditionFields />
      <PolicySupportFields kind={supportKind} />
      <Row gutter={16}>
        <Col xs={12}>
          <Form.Item
            name="validFrom"
            label={t('contributions.validFrom')}
            rules={[{ required: true, message: t('contributions.required') }]}
          >
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <ValidToField />
        </Col>
      </Row>
      <Form.Item
        name="legalRef"
        label={t('contributions.legalRef')}
        rules={[required, { max: 300 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="budgetLine" label={t('contributions.policy.budgetLine')}>
        <Input />
      </Form.Item>
      <Form.Item name="note" label={t('contributions.note')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      {children}
    </Form>
  );
}
