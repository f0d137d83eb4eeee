// Charts of a simulation (recharts): yearly cost by commune, local and state budget stacked,
// for the communes that cost most; expected joiners by participant group.
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMoney, formatNumber } from '../../app/format';
import type { CommuneResult, GroupResult } from './policies.types';
import { useGroupLabel } from '../enrolment/groups';

/** communes shown in the chart; the table below lists them all */
const TOP_COMMUNES = 15;
const LOCAL = '#0b5ea8';
const STATE = '#f0a020';

const compact = new Intl.NumberFormat('vi-VN', { notation: 'compact', maximumFractionDigits: 1 });

export function CommuneCostChart({ rows }: { rows: CommuneResult[] }) {
  const { t } = useTranslation();
  const data = [...rows]
    .sort(
      (a, b) => b.localCostPerYear + b.stateCostPerYear - (a.localCostPerYear + a.stateCostPerYear),
    )
    .slice(0, TOP_COMMUNES);
  return (
    <div data-testid="chart-communes" role="img" aria-label={t('contributions.sim.costByCommune')}>
      <ResponsiveContainer width="100%" height={Math.max(200, data.length * 28 + 60)}>
        <BarChart data={data} layout="vertical" margin={{ left: 24, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => compact.format(v)} />
          <YAxis type="category" dataKey="communeName" width={160} />
          <Tooltip formatter={(value) => formatMoney(Number(value))} />
          <Legend />
          <Bar
            dataKey="localCostPerYear"
            stackId="cost"
            name={t('contributions.sim.localCost')}
            fill={LOCAL}
          />
          <Bar
            dataKey="stateCostPerYear"
            stackId="cost"
            name={t('contributions.sim.stateCost')}
            fill={STATE}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function GroupJoinersChart({ rows }: { rows: GroupResult[] }) {
  const { t } = useTranslation();
  const groupLabel = useGroupLabel();
  const data = rows.map((row) => ({ ...row, label: groupLabel(row.group) }));
  return (
    <div data-testid="chart-groups" role="img" aria-label={t('contributions.sim.joinersByGroup')}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ left: 8, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis tickFormatter={(v: number) => compact.format(v)} />
          <Tooltip formatter={(value) => formatNumber(Number(value))} />
          <Legend />
          <Bar dataKey="eligibleUncovered" name={t('contributions.sim.uncovered')} fill="#9db8d6" />
          <Bar dataKey="expectedJoiners" name={t('contributions.sim.joiners')} fill={LOCAL} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
