// Contribution calculator for officers and citizens: a situation in, the amounts and who pays
// them out, with the rules used. Three situations, one tab each; the tab is kept in the URL.
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { CalculatorTab } from './CalculatorTab';
import { CompulsoryForm } from './CompulsoryForm';
import type { CalculationKind } from './contributions.types';
import { HouseholdForm } from './HouseholdForm';
import { VoluntaryForm } from './VoluntaryForm';
import './contributions.css';

const KINDS: CalculationKind[] = ['compulsory', 'voluntary-si', 'household-hi'];

export function CalculatorPage() {
  const { t } = useTranslation();
  usePageTitle(t('contributions.calc.title'));
  const [params, setParams] = useSearchParams();
  const tab = KINDS.find((k) => k === params.get('tab')) ?? 'compulsory';
  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {t('contributions.calc.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('contributions.calc.subtitle')}</Typography.Text>
        </div>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        items={[
          {
            key: 'compulsory',
            label: t('contributions.calc.tabs.compulsory'),
            children: <CalculatorTab kind="compulsory" form={(p) => <CompulsoryForm {...p} />} />,
          },
          {
            key: 'voluntary-si',
            label: t('contributions.calc.tabs.voluntary'),
            children: <CalculatorTab kind="voluntary-si" form={(p) => <VoluntaryForm {...p} />} />,
          },
          {
            key: 'household-hi',
            label: t('contributions.calc.tabs.household'),
            children: <CalculatorTab kind="household-hi" form={(p) => <HouseholdForm {...p} />} />,
          },
        ]}
      />
    </>
  );
}
