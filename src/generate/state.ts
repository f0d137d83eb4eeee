// Everything one run carries from household to household: the random stream, the province,
// identifier counters, and the lookups built once (commune weights, employers, facilities).
import type { CommuneInfo, ProvinceContext } from './context.js';
import { levelFinder } from './context.js';
import { isoOf } from './days.js';
import { employerPicker, type EmployerPlan } from './employers.js';
import { communeGroups, planFacilities } from './facilities.js';
import { FIRST_NATIONAL_ID_SERIAL, SerialCounter } from './identity.js';
import { minimumWage } from './params.work.js';
import { createRng, logNormal, weighted, type Rng } from './random.js';

export interface UsedSerials {
  nationalId: ReadonlyMap<string, number>;
  siNumber: ReadonlyMap<string, number>;
  household: ReadonlyMap<string, number>;
}

export interface RunState {
  rng: Rng;
  ctx: ProvinceContext;
  nationalIds: SerialCounter;
  siNumbers: SerialCounter;
  householdCodes: SerialCounter;
  pickCommune(rng: Rng): CommuneInfo;
  pickEmployer(rng: Rng): EmployerPlan | null;
  levelAt(group: string, day: number): number | undefined;
  /** registered primary facilities by current commune id: station, regional centre */
  station: Map<number, string>;
  centre: Map<number, string>;
  provincial: string[];
  /** the regional minimum wage on the reference date */
  minimumWage: number;
  /** a stable number per commune, for decision numbers in status sources */
  communeNo: Map<number, number>;
}

const EMPTY = new Map<string, number>();

export function createState(
  ctx: ProvinceContext,
  seed: number,
  employers: readonly EmployerPlan[],
  used: Partial<UsedSerials> = {},
  anchor?: EmployerPlan,
): RunState {
  const rng = createRng(seed);
  // communes differ in size: lognormal weights, drawn from the same seed
  const weights = ctx.communes.map(() => logNormal(rng, 0, 0.5));
  const drawCommune = weighted(weights);
  const facilities = planFacilities(ctx);
  const station = new Map<number, string>();
  const centre = new Map<number, string>();
  for (const f of facilities)
    if (f.tier === 'commune' && f.communeId) station.set(f.communeId, f.code);
  const centres = facilities.filter((f) => f.tier === 'district');
  communeGroups(ctx.communes).forEach((group, i) =>
    group.forEach((c) => centre.set(c.id, centres[i]!.code)),
  );
  const pick = employers.some((e) => e.status !== 'dissolved')
    ? employerPicker(employers, anchor)
    : () => null;
  return {
    rng,
    ctx,
    nationalIds: new SerialCounter(6, FIRST_NATIONAL_ID_SERIAL, used.nationalId ?? EMPTY),
    siNumbers: new SerialCounter(8, 1, used.siNumber ?? EMPTY),
    householdCodes: new SerialCounter(9, 1, used.household ?? EMPTY),
    pickCommune: (r) => ctx.communes[drawCommune(r)]!,
    pickEmployer: pick,
    levelAt: levelFinder(ctx.groups),
    station,
    centre,
    provincial: facilities.filter((f) => f.tier === 'provincial').map((f) => f.code),
    minimumWage: minimumWage(ctx.province.code, isoOf(ctx.asOf)),
    communeNo: new Map(ctx.communes.map((c, i) => [c.id, i + 1])),
  };
}
