// What a steering-committee report is made of: the locality, the period and one coverage board
// per scheme, all read from the coverage module's exported services.
import type { Board, Geography } from '../coverage/index.js';
import type { ReportPeriod } from './period.rules.js';
import type { ReportScheme } from './schemes.js';

export interface ReportRequest {
  /** 'VN', a 2-digit province or a 5-digit commune code */
  locality: string;
  /** 'YYYY-MM' */
  period: string;
  /** the schemes to report, in any order; all five when empty */
  schemes?: ReportScheme[] | undefined;
  geography?: Geography | undefined;
}

export interface ReportSection {
  scheme: ReportScheme;
  board: Board;
}

export interface ReportData {
  locality: { code: string; name: string; level: string };
  period: ReportPeriod;
  geography: Geography;
  /** 'YYYY-MM-DD', the day the report was made (Vietnam time) */
  generatedOn: string;
  sections: ReportSection[];
}
