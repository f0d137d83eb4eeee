// Operators correct the published mapping: replace the successors of one superseded unit
// with shares that sum to exactly one, recording how each share was derived. Audited.
import type { Db } from '../../db-schema.js';
import { recordAudit, type ActorContext } from '../../platform/audit.js';
import { geoErrors } from './geo.errors.js';
import * as repo from './geo.repo.js';
import { resolveUnit } from './geo.service.js';
import { decimalToShare, SHARE_ONE, shareToDecimal } from './geo.shares.js';

export interface SuccessorInput {
  code: string;
  share: string;
  method: 'whole' | 'equal_split' | 'population' | 'area' | 'operator';
  note: string;
}

/**
 * A unit passes to units of its own level; a district may also pass to a province, since the
 * district level itself ended on 2025-07-01 (Resolution 203/2025/QH15).
 */
export function successorLevelAllowed(from: repo.Level, to: repo.Level): boolean {
  return from === to || (from === 'district' && to === 'province');
}

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
    // concurrent edits of one unit's successors queue here instead of colliding
    await repo.lockUnit(trx, unit.id);
    const takeover = unit.valid_to;
    const targets: repo.UnitRow[] = [];
    for (const s of successors) {
      const target = await resolveUnit(trx, s.code, takeover);
      if (!successorLevelAllowed(unit.level, target.level)) {
        throw geoErrors.successorInvalid(
          s.code,
          `a ${unit.level} passes to units of its own level (a district also to a province)`,
          'đơn vị chỉ chuyển sang đơn vị cùng cấp (cấp huyện có thể chuyển sang cấp tỉnh)',
        );
      }
      targets.push(target);
    }
    const before = await repo.edgesFrom(trx, [unit.id]);
    await repo.replaceEdges(
      trx,
      unit.id,
      successors.map((s, i) => ({
        successor_id: targets[i]!.id,
        share: shareToDecimal(shares[i]!),
        share_method: s.method,
        share_note: s.note,
        source: `edited by ${ctx.actor}`,
      })),
    );
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
