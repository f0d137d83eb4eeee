// One simulation: headline figures, charts (cost by commune, joiners by group), the breakdown
// tables and the assumptions the figures rest on.
import { Alert, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Simulation } from './policies.types';
import { CommuneCostChart, GroupJoinersChart } from './SimulationCharts';
import { SimulationHeadline } from './SimulationHeadline';
import { CommuneTable, GroupTable } from './SimulationTables';

export function SimulationResult({ result }: { result: Simulation }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} data-testid="sim-result">
      <SimulationHeadline result={result} />
      {result.eligible === 0 ? (
        <Alert type="info" showIcon title={t('contributions.sim.nobodyEligible')} />
      ) : null}
      {result.byCommune.length > 0 ? (
        <Card size="small" title={t('contributions.sim.costByCommune')}>
          <CommuneCostChart rows={result.byCommune} />
        </Card>
      ) : null}
      {result.byGroup.length > 0 ? (
        <Card size="small" title={t('contributions.sim.joinersByGroup')}>
          <GroupJoinersChart rows={result.byGroup} />
        </Card>
      ) : null}
      <Card size="small" title={t('contributions.sim.byCommune')}>
        <CommuneTable rows={result.byCommune} />
      </Card>
      <Card size="small" title={t('contributions.sim.byGroup')}>
        <GroupTable rows={result.byGroup} />
      </Card>
      {result.assumptions.length > 0 ? (
        <Alert
          type="info"
          showIcon
          title={t('contributions.sim.assumptions')}
          description={
            <ul className="contrib-notes">
              {result.assumptions.map((text, index) => (
                <li key={index}>{text}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Flex>
  );
}
