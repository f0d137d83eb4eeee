// Buttons of the policy editor: save the draft, activate it (saved first), withdraw an active
// policy (after a confirmation). The last request's error is shown above them.
import { App, Button, Flex, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { useSavePolicy } from './contributions.api';
import { toPolicyDraft, type PolicyValues } from './policyForm';
import type { Policy, PolicyStatus } from './policies.types';

interface Props {
  form: FormInstance<PolicyValues>;
  policy: Policy | null;
  canWrite: boolean;
  onCreated: (policy: Policy) => void;
}

export function PolicyActions({ form, policy, canWrite, onCreated }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const save = useSavePolicy();
  if (!canWrite) return null;

  const saveDraft = async (status?: PolicyStatus) => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const body = { ...toPolicyDraft(values), ...(status ? { status } : {}) };
    save.mutate(
      { id: policy?.id ?? null, body },
      {
        onSuccess: (saved) => {
          void message.success(
            t(
              status === 'active'
                ? 'contributions.policies.activated'
                : 'contributions.policies.saved',
            ),
          );
          if (!policy) onCreated(saved);
        },
      },
    );
  };
  const withdraw = () =>
    modal.confirm({
      title: t('contributions.policies.withdrawConfirm'),
      okText: t('contributions.policies.withdraw'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: () => save.mutateAsync({ id: policy!.id, body: { status: 'withdrawn' } }),
    });

  const draft = !policy || policy.status === 'draft';
  return (
    <Flex vertical gap={12}>
      {save.isError ? <ApiErrorAlert error={save.error} title={t('errors.saveFailed')} /> : null}
      <Flex gap={8} wrap>
        {draft ? (
          <>
            <Button
              type="primary"
              loading={save.isPending}
              onClick={() => void saveDraft()}
              data-testid="policy-save"
            >
              {t('contributions.policies.saveDraft')}
            </Button>
            {policy ? (
              <Button
                loading={save.isPending}
                onClick={() => void saveDraft('active')}
                data-testid="policy-activate"
              >
                {t('contributions.policies.activate')}
              </Button>
            ) : null}
          </>
        ) : null}
        {policy?.status === 'active' ? (
          <Button
            danger
            disabled={false}
            loading={save.isPending}
            onClick={withdraw}
            data-testid="policy-withdraw"
          >
            {t('contributions.policies.withdraw')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
