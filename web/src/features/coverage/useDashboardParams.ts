// The dashboard's parameters read from and written to the address (see dashboardParams.ts).
import { useSearchParams } from 'react-router';
import { todayInVietnam } from '../../app/format';
import { useMe } from '../auth/session';
import { homeLocality, readParams, writeParams, type DashboardParams } from './dashboardParams';

export function useDashboardParams() {
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const home = homeLocality(me);
  const today = todayInVietnam();
  const params = readParams(search, home, today);
  const update = (change: Partial<DashboardParams>) =>
    setSearch(writeParams({ ...params, ...change }, home, today));
  return { params, update, home, today };
}
