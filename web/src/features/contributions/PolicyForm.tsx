// The fields of a support policy: who issues it, for which scheme, whom it reaches (groups,
// statuses, age band, communes, "no valid card", occupations), what it pays (a share or a
// fixed amount, and how it stacks on the national support), when, and on what legal basis.
// Used by the editor and by the simulation's inline draft; the caller owns the form.
import {
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  type FormInstance,
} from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useGroups } from '../enrolment/enrolment.api';
import { STATUS_CODES } from './contributions.types';
import { MoneyInput } from './MoneyInput';
import {
  ageBandProblem,
  OCCUPATION,
  POLICY_CODE,
  shareProblem,
  type PolicyValues,
} from './policyForm';
import { ProvinceSelect } from './ProvinceSelect';

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
  const { t, i18n } = useTranslation();
  const groups = useGroups();
  const english = i18n.resolvedLanguage === 'en';
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
      <fieldset className="contrib-fieldset">
        <legend>{t('contributions.policy.support')}</legend>
        <Form.Item name="supportKind" label={t('contributions.policy.supportKind')}>
          <Radio.Group>
            <Radio value="share">{t('contributions.policy.byShare')}</Radio>
            <Radio value="amount">{t('contributions.policy.byAmount')}</Radio>
          </Radio.Group>
        </Form.Item>
        {supportKind === 'amount' ? (
          <Form.Item
            name="amount"
            label={t('contributions.policy.amount')}
            rules={[
              {
                required: true,
                type: 'number',
                min: 1,
                message: t('contributions.policy.amountRequired'),
              },
            ]}
          >
            <MoneyInput />
          </Form.Item>
        ) : (
          <Form.Item
            name="sharePercent"
            label={t('contributions.policy.share')}
            rules={[
              {
                validator: (_, text?: string) => {
                  const problem = shareProblem(text);
                  return problem
                    ? Promise.reject(new Error(t(`contributions.policy.${problem}`)))
                    : Promise.resolve();
                },
              },
            ]}
          >
            <Input inputMode="decimal" suffix="%" className="contrib-share-input" />
          </Form.Item>
        )}
        <Form.Item name="stacking" label={t('contributions.policy.stacking')}>
          <Radio.Group>
            <Radio value="add">{t('contributions.stackings.add')}</Radio>
            <Radio value="top_up_to">{t('contributions.stackings.top_up_to')}</Radio>
          </Radio.Group>
        </Form.Item>
      </fieldset>
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
          <Form.Item
            name="validTo"
            label={t('contributions.validTo')}
            extra={t('contributions.validToHint')}
            dependencies={['validFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: Dayjs | null) => {
                  const from = getFieldValue('validFrom') as Dayjs | undefined;
                  return !value || !from || value.isAfter(from)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('contributions.validToAfter')));
                },
              }),
            ]}
          >
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
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
