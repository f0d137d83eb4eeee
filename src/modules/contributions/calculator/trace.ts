// What a calculation relied on: the rule rows used (each once, in order of first use) and the
// plain-language notes. Every row not confirmed by a primary source adds a note, so the officer
// sees that the amount rests on a value an authorised user may still correct.
import type { BreakdownLine, Calculation, RuleTable, RuleUsed } from '../rules.types.js';

/** What the trace needs of a row (a rule row, or a local policy with its policyId as id). */
type Cited = { id: number; legalRef: string; confirmed: boolean };

export type Note = { en: string; vi: string };

export class Trace {
  private readonly used = new Map<string, RuleUsed>();
  private readonly noteTexts = new Map<string, Note>();

  use<T extends Cited>(table: RuleTable, row: T): T {
    const key = `${table}:${row.id}`;
    if (!this.used.has(key)) {
      this.used.set(key, {
        table,
        id: row.id,
        legalRef: row.legalRef,
        confirmed: row.confirmed,
      });
      if (!row.confirmed) {
        this.note(
          `The ${table} rule "${row.legalRef}" is not confirmed by a primary source; an authorised user may correct it.`,
          `Quy định ${table} "${row.legalRef}" chưa được xác nhận từ văn bản gốc; người có thẩm quyền có thể sửa.`,
        );
      }
    }
    return row;
  }

  note(en: string, vi: string): void {
    if (!this.noteTexts.has(en)) this.noteTexts.set(en, { en, vi });
  }

  /** The result: totals by payer are sums of the (already rounded) lines. */
  finish(lines: BreakdownLine[]): Calculation {
    const byPayer: Calculation['byPayer'] = {};
    let total = 0;
    for (const line of lines) {
      byPayer[line.payer] = (byPayer[line.payer] ?? 0) + line.amount;
      total += line.amount;
    }
    return {
      total,
      byPayer,
      lines,
      rulesUsed: [...this.used.values()],
      notes: [...this.noteTexts.values()],
    };
  }
}
