// Status rows (pure): each with the decision that grants it, as the commune's lists are
// decided (poor and near-poor households per calendar year, school lists per school year).
import { inSentence, type CommuneInfo } from './context.js';
import { addYears, toDay, viDateOf, yearOf } from './days.js';
import type { HouseholdFacts, PersonFacts } from './facts.js';
import { socialPensionFrom } from './facts.js';
import { intBetween, type Rng } from './random.js';
import type { RunState } from './state.js';

export interface StatusDraft {
  status: string;
  source: string;
  from: number;
  to: number | null;
}

/** texts repeat for every member of every household of a commune: built once each */
const decisions = new Map<string, string>();

/** the commune's yearly list decision, dated in late December of the year before */
function listDecision(st: RunState, commune: CommuneInfo, year: number, what: string) {
  const key = `${commune.id}|${year}|${what}`;
  const hit = decisions.get(key);
  if (hit !== undefined) return hit;
  if (decisions.size > 100_000) decisions.clear();
  const no = 100 + (st.communeNo.get(commune.id) ?? 0);
  const text = `QĐ số ${no}/QĐ-UBND ngày ${viDateOf(toDay(`${year - 1}-12-20`))} của UBND ${inSentence(commune.name)} phê duyệt danh sách ${what} năm ${year}`;
  decisions.set(key, text);
  return text;
}

const periods = new Map<number, ReturnType<typeof computePeriods>>();
function computePeriods(asOf: number) {
  const y = yearOf(asOf);
  const start = asOf >= toDay(`${y}-09-05`) ? y : y - 1;
  return {
    year: y,
    calendar: { from: toDay(`${y}-01-01`), to: toDay(`${y + 1}-01-01`) },
    school: {
      from: toDay(`${start}-09-05`),
      to: toDay(`${start + 1}-09-05`),
      label: `${start}–${start + 1}`,
    },
  };
}

/** the calendar year and the school year around the reference date */
function periodsOf(asOf: number) {
  let hit = periods.get(asOf);
  if (!hit) periods.set(asOf, (hit = computePeriods(asOf)));
  return hit;
}

export function statusesOf(
  rng: Rng,
  st: RunState,
  commune: CommuneInfo,
  h: HouseholdFacts,
  p: PersonFacts,
): StatusDraft[] {
  const { year, calendar, school: sy } = periodsOf(st.ctx.asOf);
  const out: StatusDraft[] = [];
  if (h.poor)
    out.push({
      status: 'poor',
      source: listDecision(st, commune, year, 'hộ nghèo'),
      from: calendar.from,
      to: calendar.to,
    });
  if (h.nearPoor)
    out.push({
      status: 'near_poor',
      source: listDecision(st, commune, year, 'hộ cận nghèo'),
      from: calendar.from,
      to: calendar.to,
    });
  if (h.farm)
    out.push({
      status: 'farm_household',
      source: listDecision(
        st,
        commune,
        year,
        'hộ nông, lâm, ngư, diêm nghiệp có mức sống trung bình',
      ),
      from: calendar.from,
      to: calendar.to,
    });
  if (p.pupil || p.student) {
    const kind = p.pupil ? 'học sinh' : 'sinh viên';
    out.push({
      status: p.pupil ? 'pupil' : 'student',
      source: `Danh sách ${kind} năm học ${sy.label} của cơ sở giáo dục`,
      from: sy.from,
      to: sy.to,
    });
  }
  if (h.minorityHardArea)
    out.push({
      status: 'ethnic_minority_hard_area',
      source: 'QĐ số 861/QĐ-TTg ngày 04/06/2021 của Thủ tướng Chính phủ',
      from: toDay('2021-06-04'),
      to: null,
    });
  if (p.socialPension) {
    const from = socialPensionFrom(p.birth);
    out.push({
      status: 'social_pension',
      source: `QĐ số ${intBetween(rng, 100, 999)}/QĐ-UBND ngày ${viDateOf(from)} của UBND ${inSentence(commune.name)} về trợ cấp hưu trí xã hội`,
      from,
      to: null,
    });
  }
  if (p.socialAssistance) {
    const from = Math.max(p.birth, st.ctx.asOf - intBetween(rng, 30, 10 * 365));
    out.push({
      status: 'social_assistance',
      source: `QĐ số ${intBetween(rng, 100, 999)}/QĐ-UBND ngày ${viDateOf(from)} của UBND ${inSentence(commune.name)} về trợ cấp xã hội hằng tháng`,
      from,
      to: null,
    });
  }
  if (p.veteran) {
    const from = Math.max(addYears(p.birth, 40), st.ctx.asOf - intBetween(rng, 365, 30 * 365));
    out.push({
      status: 'veteran',
      source: `Thẻ hội viên Hội Cựu chiến binh cấp ngày ${viDateOf(from)}`,
      from,
      to: null,
    });
  }
  return out;
}
