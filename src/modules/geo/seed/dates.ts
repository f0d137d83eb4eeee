// Dates and legal references of the units we load. The start of the pre-2025 records is not
// in the source lists: 2008-08-01 (63 provinces since Resolution 15/2008/QH12 merged Hà Tây
// into Hà Nội) is used for all of them and marked provisional in their source.

export const COUNTRY_FROM = '1976-07-02';
export const OLD_FROM = '2008-08-01';
/** Resolution 202/2025/QH15: new provinces; Resolution 203/2025/QH15: no district level. */
export const REFORM_DATE = '2025-07-01';

export const LEGAL = {
  country: 'Hiến pháp 2013',
  oldProvince: 'Nghị quyết 15/2008/QH12; hết hiệu lực theo Nghị quyết 202/2025/QH15',
  oldDistrict: 'Cấp huyện chấm dứt từ 01/07/2025 theo Nghị quyết 203/2025/QH15',
  oldCommune: 'Sắp xếp đơn vị hành chính cấp xã năm 2025 (các Nghị quyết của UBTVQH)',
  newProvince: 'Nghị quyết 202/2025/QH15; mã theo Quyết định 19/2025/QĐ-TTg',
  newCommune:
    'Nghị quyết của UBTVQH về sắp xếp đơn vị hành chính cấp xã năm 2025; mã theo Quyết định 19/2025/QĐ-TTg',
} as const;
