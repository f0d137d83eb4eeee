// Codes for build-province-map.mjs: ISO 3166-2:VN of the 63 provinces in force until
// 2025-06-30 → their GSO code (the code the geo module gives the old provinces). Natural
// Earth misnames three of them (VN-39 "Đông Nam Bộ" is Đồng Nai, VN-53 "Vùng Đông Bắc" is
// Bắc Kạn, VN-66 "Đồng Bằng Sông Hồng" is Hưng Yên): the ISO code, not the name, is used.
export const ISO_TO_GSO = {
  'VN-HN': '01', // Hà Nội
  'VN-03': '02', // Hà Giang
  'VN-04': '04', // Cao Bằng
  'VN-53': '06', // Bắc Kạn
  'VN-07': '08', // Tuyên Quang
  'VN-02': '10', // Lào Cai
  'VN-71': '11', // Điện Biên
  'VN-01': '12', // Lai Châu
  'VN-05': '14', // Sơn La
  'VN-06': '15', // Yên Bái
  'VN-14': '17', // Hòa Bình
  'VN-69': '19', // Thái Nguyên
  'VN-09': '20', // Lạng Sơn
  'VN-13': '22', // Quảng Ninh
  'VN-54': '24', // Bắc Giang
  'VN-68': '25', // Phú Thọ
  'VN-70': '26', // Vĩnh Phúc
  'VN-56': '27', // Bắc Ninh
  'VN-61': '30', // Hải Dương
  'VN-HP': '31', // Hải Phòng
  'VN-66': '33', // Hưng Yên
  'VN-20': '34', // Thái Bình
  'VN-63': '35', // Hà Nam
  'VN-67': '36', // Nam Định
  'VN-18': '37', // Ninh Bình
  'VN-21': '38', // Thanh Hóa
  'VN-22': '40', // Nghệ An
  'VN-23': '42', // Hà Tĩnh
  'VN-24': '44', // Quảng Bình
  'VN-25': '45', // Quảng Trị
  'VN-26': '46', // Thừa Thiên Huế
  'VN-DN': '48', // Đà Nẵng
  'VN-27': '49', // Quảng Nam
  'VN-29': '51', // Quảng Ngãi
  'VN-31': '52', // Bình Định
  'VN-32': '54', // Phú Yên
  'VN-34': '56', // Khánh Hòa
  'VN-36': '58', // Ninh Thuận
  'VN-40': '60', // Bình Thuận
  'VN-28': '62', // Kon Tum
  'VN-30': '64', // Gia Lai
  'VN-33': '66', // Đắk Lắk
  'VN-72': '67', // Đắk Nông
  'VN-35': '68', // Lâm Đồng
  'VN-58': '70', // Bình Phước
  'VN-37': '72', // Tây Ninh
  'VN-57': '74', // Bình Dương
  'VN-39': '75', // Đồng Nai
  'VN-43': '77', // Bà Rịa - Vũng Tàu
  'VN-SG': '79', // Thành phố Hồ Chí Minh
  'VN-41': '80', // Long An
  'VN-46': '82', // Tiền Giang
  'VN-50': '83', // Bến Tre
  'VN-51': '84', // Trà Vinh
  'VN-49': '86', // Vĩnh Long
  'VN-45': '87', // Đồng Tháp
  'VN-44': '89', // An Giang
  'VN-47': '91', // Kiên Giang
  'VN-CT': '92', // Cần Thơ
  'VN-73': '93', // Hậu Giang
  'VN-52': '94', // Sóc Trăng
  'VN-55': '95', // Bạc Liêu
  'VN-59': '96', // Cà Mau
};

/** Natural Earth's English name of each archipelago → the old province it belongs to. */
export const ARCHIPELAGOS = {
  'Paracel Islands': '48', // Hoàng Sa, Đà Nẵng
  'Spratly Islands': '56', // Trường Sa, Khánh Hòa
};
