// What a support policy pays: a share of the contribution in (0, 100] or a fixed amount per
// month (never both), and how it stacks on the national support.
import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from './MoneyInput';
import { shareProblem } from './policyForm';

export function PolicySupportFields({ kind }: { kind: 'share' | 'amount' | undefined }) {
  const { t } = useTranslation();
  return (
    <fieldset className="contrib-fieldset">
      <legend>{t('contributions.policy.support')}</legend>
      <Form.Item name="supportKind" label={t('contributions.policy.supportKind')}>
        <Radio.Group>
          <Radio value="share">{t('contributions.policy.byShare')}</Radio>
          <Radio value="amount">{t('contributions.policy.byAmount')}</Radio>
        </Radio.Group>
      </Form.Item>
      {kind === 'amount' ? (
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
  );
}
