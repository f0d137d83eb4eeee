// The province code a card carries: the province of the holder's commune *at issue*. Records
// filed under a former commune (before the 2025 merger) take the province its successor
// belongs to on the issue date, since codes were reused after the merger (15 was Yên Bái, is
// Lào Cai): the code is read from the unit valid that day, never from a fixed table.
import type { Db } from '../../db-schema.js';
import { provincesOf, successorsOf, unitSummaries } from '../geo/index.js';

export async function issuingProvinceCode(db: Db, communeId: number, at: string): Promise<string> {
  const commune = (await unitSummaries(db, [communeId])).get(communeId);
  if (!commune) throw new Error(`commune ${communeId} not found`);
  let unitId = communeId;
  // a commune that had ended by the issue date passes the card to its successor's province
  if (commune.validTo !== null && at >= commune.validTo) {
    const { items } = await successorsOf(db, commune.code, commune.validFrom, at);
    const biggest = [...items].sort((a, b) => b.shareNano - a.shareNano)[0];
    if (biggest) unitId = biggest.unit.id;
  }
  const province = (await provincesOf(db, [unitId])).get(unitId);
  if (!province) throw new Error(`no province above unit ${unitId}`);
  return province.code;
}
