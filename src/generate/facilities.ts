// Medical facilities and collection agents of a province (pure plan, then a small insert):
// provincial hospitals (codes <province>001…), a regional medical centre per group of
// communes, a health station per commune; a post office per group and the commune People's
// Committee as agents. Code <province>001 is the provincial general hospital (31001 in the demo).
import type { FacilityTier } from '../modules/registry/registry.tables.js';
import { inSentence, type CommuneInfo, type ProvinceContext } from './context.js';
import { COMMUNES_PER_CENTRE } from './params.work.js';
import type { Runner } from './write.js';

export interface FacilityPlan {
  code: string;
  name: string;
  tier: FacilityTier;
  communeId: number | null;
}
export interface AgentPlan {
  code: string;
  name: string;
  kind: 'post_office' | 'commune';
  communeId: number;
  area: number[];
}

const PROVINCIAL = [
  'Bệnh viện Đa khoa',
  'Bệnh viện Nhi',
  'Bệnh viện Phụ sản',
  'Bệnh viện Y học cổ truyền',
];
const code3 = (provinceCode: string, n: number) => `${provinceCode}${String(n).padStart(3, '0')}`;

/** communes in groups of COMMUNES_PER_CENTRE, in code order */
export function communeGroups(communes: readonly CommuneInfo[]): CommuneInfo[][] {
  const groups: CommuneInfo[][] = [];
  for (let i = 0; i < communes.length; i += COMMUNES_PER_CENTRE)
    groups.push(communes.slice(i, i + COMMUNES_PER_CENTRE));
  return groups;
}

export function planFacilities(ctx: ProvinceContext): FacilityPlan[] {
  const p = ctx.province;
  const plans: FacilityPlan[] = PROVINCIAL.map((kind, i) => ({
    code: code3(p.code, i + 1),
    name: `${kind} ${inSentence(p.name)}`,
    tier: 'provincial',
    communeId: ctx.communes[0]!.id,
  }));
  communeGroups(ctx.communes).forEach((group, i) =>
    plans.push({
      code: code3(p.code, 10 + i),
      name: `Trung tâm Y tế khu vực ${inSentence(group[0]!.name)}`,
      tier: 'district',
      communeId: group[0]!.id,
    }),
  );
  // stations from <province>100: at most 899 communes, more than any province has
  ctx.communes.slice(0, 899).forEach((c, i) =>
    plans.push({
      code: code3(p.code, 100 + i),
      name: `Trạm Y tế ${inSentence(c.name)}`,
      tier: 'commune',
      communeId: c.id,
    }),
  );
  return plans;
}

export function planAgents(ctx: ProvinceContext): AgentPlan[] {
  const p = ctx.province.code;
  const posts = communeGroups(ctx.communes).map((group, i) => ({
    code: `${p}BD${String(i + 1).padStart(4, '0')}`,
    name: `Bưu điện ${inSentence(group[0]!.name)}`,
    kind: 'post_office' as const,
    communeId: group[0]!.id,
    area: group.map((c) => c.id),
  }));
  const communes = ctx.communes.map((c, i) => ({
    code: `${p}UB${String(i + 1).padStart(4, '0')}`,
    name: `UBND ${inSentence(c.name)}`,
    kind: 'commune' as const,
    communeId: c.id,
    area: [c.id],
  }));
  return [...posts, ...communes];
}

/** Inserts what is missing (a second run or --append keeps the existing rows). */
export async function writeFacilitiesAndAgents(run: Runner, ctx: ProvinceContext) {
  const facilities = planFacilities(ctx);
  const agents = planAgents(ctx);
  await run(async (trx) => {
    await trx
      .insertInto('facility')
      .values(
        facilities.map((f) => ({
          code: f.code,
          name: f.name,
          tier: f.tier,
          province_id: ctx.province.id,
          commune_id: f.communeId,
        })),
      )
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    await trx
      .insertInto('collection_agent')
      .values(
        agents.map((a) => ({ code: a.code, name: a.name, kind: a.kind, commune_id: a.communeId })),
      )
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    const ids = await trx
      .selectFrom('collection_agent')
      .select(['id', 'code'])
      .where(
        'code',
        'in',
        agents.map((a) => a.code),
      )
      .execute();
    const idOf = new Map(ids.map((r) => [r.code, r.id]));
    const areas = agents.flatMap((a) =>
      a.area.map((commune_id) => ({ agent_id: idOf.get(a.code)!, commune_id })),
    );
    await trx
      .insertInto('collection_agent_area')
      .values(areas)
      .onConflict((oc) => oc.columns(['agent_id', 'commune_id']).doNothing())
      .execute();
  });
  return facilities;
}
