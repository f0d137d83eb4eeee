// Operators correct the published mapping: replace the successors of one superseded unit
// with shares that sum to exactly one, recording how each share was derived. Audited.
import type { Db } from '../../db-schema.js';
import { recordAudit, type ActorContext } from '../../platform/audit.js';
import { geoErrors } from './geo.errors.js';
import * as repo from './geo.repo.js';
import { isUnitValidAt, resolveUnit } from './geo.service.js';
import { decimalToShare, SHARE_ONE, shareToDecimal } from './geo.shares.js';

export interface SuccessorInput {
  code: string;
  share: string;
  method: 'whole' | 'equal_split' | 'population' | 'area' | 'operator';
  note: string;
}

const LEVEL_RANK = { country: 0, province: 1, district: 2, commune: 3 } as const;

function parseShares(successors: SuccessorInput[]): number[] {
  const codes = new Set(successors.map((s) => s.code));
  if (codes.size !== successors.length) {
    throw geoErrors.sharesInvalid(
      'a successor is listed twice',
      'một đơn vị kế thừa bị liệt kê hai lần',
    );
  }
  const shares = successors.map((s) => {
    try {
      return decimalToShare(s.share);
    } catch {
      throw geoErrors.sharesInvalid(
        `"${s.share}" is not a decimal between 0 and 1 with at most 9 decimals`,
        `"${s.share}" không phải số thập phân từ 0 đến 1 với tối đa 9 chữ số thập phân`,
      );
    }
  });
  const total = shares.reduce((a, b) => a + b, 0);
  if (shares.some((s) => s <= 0 || s > SHARE_ONE) || total !== SHARE_ONE) {
    throw geoErrors.sharesInvalid(
      `each share must be in (0, 1] and they must sum to exactly 1 (sum is ${shareToDecimal(total)})`,
      `mỗi tỷ lệ phải trong khoảng (0, 1] và tổng phải đúng bằng 1 (tổng hiện là ${shareToDecimal(total)})`,
    );
  }
  return shares;
}

export async function replaceSuccessors(
  db: Db,
  ctx: ActorContext,
  code: string,
  at: string,
  successors: SuccessorInput[],
) {
  const shares = parseShares(successors);
  return db.transaction().execute(async (trx) => {
    const unit = await resolveUnit(trx, code, at);
    if (unit.valid_to === null) throw geoErrors.notSuperseded(code);
    const takeover = unit.valid_to;
    const targets: repo.UnitRow[] = [];
    for (const s of successors) {
      const target = await resolveUnit(trx, s.code, takeover);
      if (!isUnitValidAt(target, takeover) || LEVEL_RANK[target.level] > LEVEL_RANK[unit.level]) {
        throw geoErrors.successorInvalid(
          s.code,
          'it must be valid on the day the unit ended and not below its level',
          'đơn vị phải có hiệu lực vào ngày đơn vị cũ chấm dứt và không thấp hơn cấp của nó',
        );
      }
      targets.push(target);
    }
    const before = await repo.edgesFrom(trx, [unit.id]);
    await trx.deleteFrom('admin_unit_succession').where('predecessor_id', '=', unit.id).execute();
    await trx
      .insertInto('admin_unit_succession')
      .values(
        successors.map((s, i) => ({
          predecessor_id: unit.id,
          successor_id: targets[i]!.id,
          share: shareToDecimal(shares[i]!),
          share_method: s.method,
          share_note: s.note,
          source: `edited by ${ctx.actor}`,
        })),
      )
      .execute();
    await recordAudit(trx, ctx, {
      action: 'geo.successors.replace',
      entity: 'admin_unit',
      entityId: unit.id,
      changes: {
        before: before.map((e) => ({ successorId: e.successor_id, share: e.share })),
        after: targets.map((t, i) => ({ successorId: t.id, share: shareToDecimal(shares[i]!) })),
      },
    });
    return unit;
  });
}

/** Superseded units with no successor, and units that appeared with no predecessor. */
export async function successionGaps(db: Db) {
  return {
    withoutSuccessor: await repo.unitsWithoutSuccessor(db),
    withoutPredecessor: await repo.unitsWithoutPredecessor(db),
  };
}
