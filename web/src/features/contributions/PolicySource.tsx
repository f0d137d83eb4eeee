// Which policy a simulation runs: a stored one (chosen from the list) or a draft typed inline.
// The caller keeps the choice and the draft's form, and turns them into the request with
// resolvePolicy (which validates the draft first).
import { Form, Radio, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePolicies } from './contributions.api';
import type { PolicyRef } from './policies.types';
import { PolicyForm } from './PolicyForm';
import { NEW_POLICY, toPolicyDraft, type PolicyValues } from './policyForm';

export interface SourceChoice {
  mode: 'stored' | 'draft';
  policyId: number | null;
}

export async function resolvePolicy(
  choice: SourceChoice,
  form: FormInstance<PolicyValues>,
): Promise<PolicyRef | null> {
  if (choice.mode === 'stored')
    return choice.policyId === null ? null : { policyId: choice.policyId };
  const values = await form.validateFields().catch(() => null);
  return values ? { policy: toPolicyDraft(values) } : null;
}

interface Props {
  idPrefix: string;
  choice: SourceChoice;
  onChange: (choice: SourceChoice) => void;
  form: FormInstance<PolicyValues>;
  at: string;
  /** shown when Run was pressed without a stored policy chosen */
  missing: boolean;
}

export function PolicySource({ idPrefix, choice, onChange, form, at, missing }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  // the simulation counts HI cover only: voluntary SI policies cannot be simulated
  const policies = usePolicies({ province: '', scheme: 'hi', status: '', at: '' });
  return (
    <>
      <Form.Item label={t('contributions.sim.policySource')}>
        <Radio.Group
          value={choice.mode}
          onChange={(event) =>
            onChange({ ...choice, mode: event.target.value as SourceChoice['mode'] })
          }
        >
          <Radio value="stored">{t('contributions.sim.stored')}</Radio>
          <Radio value="draft">{t('contributions.sim.draft')}</Radio>
        </Radio.Group>
      </Form.Item>
      {choice.mode === 'stored' ? (
        <Form.Item
          label={t('contributions.sim.policy')}
          htmlFor={`${idPrefix}-policy`}
          validateStatus={missing ? 'error' : undefined}
          help={missing ? t('contributions.sim.policyRequired') : undefined}
        >
          <Select
            id={`${idPrefix}-policy`}
            data-testid={`${idPrefix}-policy`}
            showSearch={{ optionFilterProp: 'label' }}
            loading={policies.isPending}
            value={choice.policyId ?? undefined}
            onChange={(policyId: number) => onChange({ ...choice, policyId })}
            options={(policies.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.code} · ${english ? p.nameEn : p.nameVi}`,
            }))}
          />
        </Form.Item>
      ) : (
        <div className="contrib-inline-draft">
          <PolicyForm
            form={form}
            name={`${idPrefix}-draft`}
            at={at}
            initialValues={NEW_POLICY}
            onFinish={() => undefined}
          />
        </div>
      )}
    </>
  );
}
