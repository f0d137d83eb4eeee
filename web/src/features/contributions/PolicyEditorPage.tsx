// One support policy: a new draft, or a stored one. Drafts can be edited and activated; an
// active policy can be withdrawn; without policy.write (or once active) the form is read-only.
// Server refusals (contradictory conditions, overlapping periods) show above the buttons.
import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { QueryView } from '../../app/QueryView';
import { usePageTitle } from '../../app/usePageTitle';
import { usePermission } from '../auth/session';
import { usePolicy } from './contributions.api';
import { PolicyActions } from './PolicyActions';
import { PolicyForm } from './PolicyForm';
import { fromPolicy, NEW_POLICY, type PolicyValues } from './policyForm';
import type { Policy } from './policies.types';
import { PolicyStatusTag } from './PoliciesTable';
import { POLICY_WRITE_PERMISSION } from './permissions';
import { UnconfirmedTag } from './RulesUsedList';
import { todayInVietnam } from '../../app/format';
import './contributions.css';

export function PolicyEditorPage() {
  const { id } = useParams();
  const policyId = id && /^\d+$/.test(id) ? Number(id) : null;
  const policy = usePolicy(policyId);
  if (policyId === null) return <PolicyEditor policy={null} />;
  return (
    <QueryView query={policy}>{(data) => <PolicyEditor key={data.id} policy={data} />}</QueryView>
  );
}

function PolicyEditor({ policy }: { policy: Policy | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission(POLICY_WRITE_PERMISSION);
  const [form] = Form.useForm<PolicyValues>();
  const title = policy
    ? i18n.resolvedLanguage === 'en'
      ? policy.nameEn
      : policy.nameVi
    : t('contributions.policies.newTitle');
  usePageTitle(title);
  const editable = canWrite && (!policy || policy.status === 'draft');
  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {title}
          </Typography.Title>
          {policy ? (
            <span>
              <PolicyStatusTag status={policy.status} />{' '}
              {policy.confirmed ? null : <UnconfirmedTag />}
              <Typography.Text type="secondary">
                {policy.code} · {policy.issuerProvinceName}
              </Typography.Text>
            </span>
          ) : null}
        </div>
      </div>
      <div className="contrib-editor">
        <PolicyForm
          form={form}
          name="policy"
          at={todayInVietnam()}
          initialValues={policy ? fromPolicy(policy) : NEW_POLICY}
          disabled={!editable}
          onFinish={() => undefined}
        >
          <PolicyActions
            form={form}
            policy={policy}
            canWrite={canWrite}
            onCreated={(created) =>
              void navigate(`/contributions/policies/${created.id}`, { replace: true })
            }
          />
        </PolicyForm>
      </div>
    </>
  );
}
