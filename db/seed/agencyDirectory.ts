/**
 * The agency directory shipped with the app (danh mục cơ quan, đơn vị mẫu).
 *
 * Province-level names are generic ('Sở Tư pháp', 'Công an tỉnh'): they are written the way a province's own plans
 * write them, so one list serves every province. Bodies abolished in the 2025 reorganisation stay here, inactive,
 * because plans issued before it still name them and must keep resolving to an agency.
 *
 * Conventions the tests hold the list to:
 * - `aliases` holds every abbreviation or variant seen in documents, the short name included, but not the full name;
 *   folded (no diacritics, no case) no two agencies share an alias, short name or name.
 * - A bare abbreviation that could mean either a central or a provincial body ('VKSND', 'BĐBP', 'Hội LHPN') goes on
 *   the provincial one: provincial offices are who reads the documents this list is matched against.
 * - An agency appears after its parent and after the agency it merged into, so a seeder can insert in one pass.
 * - Provincial units do not point at their ministry (Công an tỉnh is not a child of Bộ Công an): `parentSeedKey` is
 *   for the unit an agency belongs to within the same directory level, which is what grouping in the UI needs.
 */
import type { AgencyKind } from '../../core/agency';

export interface AgencySeed {
  /** Stable forever; never reuse or rename one. Format: 'central.bo-cong-an', 'province.so-tu-phap'. */
  seedKey: string;
  /** Full official name, NFC. */
  name: string;
  /** What narrow places (matrix column headers) show; null when the name is short enough already. */
  shortName: string | null;
  aliases: string[];
  kind: AgencyKind;
  parentSeedKey?: string;
  /** For bodies that no longer exist: merged into another seed, on an ISO date (YYYY-MM-DD). */
  mergedIntoSeedKey?: string;
  mergedOn?: string;
}

/**
 * The Government's new structure (Nghị quyết 176/2025/QH15) and the decrees on provincial departments
 * (Nghị định 45/2025/NĐ-CP) both took effect on this day; a province's own decisions may date its merges a few days
 * apart, which the office can correct on the record.
 */
const REORGANISATION_2025 = '2025-03-01';

export const AGENCY_SEEDS: readonly AgencySeed[] = [
  // ---------------------------------------------------------------- central level
  {
    seedKey: 'central.ban-chi-dao-138-cp',
    name: 'Ban Chỉ đạo phòng, chống tội phạm của Chính phủ',
    shortName: 'BCĐ 138/CP',
    aliases: ['BCĐ 138/CP', 'BCĐ138/CP', 'Ban Chỉ đạo 138/CP', 'Ban Chỉ đạo 138 Chính phủ'],
    kind: 'central',
  },
  {
    seedKey: 'central.bo-cong-an',
    name: 'Bộ Công an',
    shortName: null,
    aliases: ['BCA'],
    kind: 'central',
  },
  {
    seedKey: 'central.bo-quoc-phong',
    name: 'Bộ Quốc phòng',
    shortName: null,
    aliases: ['BQP'],
    kind: 'central',
  },
  {
    // The central plan names the force; the body that receives tasks is its command (Bộ Tư lệnh).
    seedKey: 'central.bo-doi-bien-phong',
    name: 'Bộ đội Biên phòng',
    shortName: 'BTL BĐBP',
    aliases: ['BTL BĐBP', 'Bộ Tư lệnh Bộ đội Biên phòng', 'Bộ Tư lệnh BĐBP', 'Bộ đội Biên phòng Việt Nam'],
    kind: 'armed_force',
    parentSeedKey: 'central.bo-quoc-phong',
  },
  {
    seedKey: 'central.canh-sat-bien-viet-nam',
    name: 'Cảnh sát biển Việt Nam',
    shortName: 'BTL CSB',
    aliases: ['BTL CSB', 'Cảnh sát biển', 'Bộ Tư lệnh Cảnh sát biển'],
    kind: 'armed_force',
    parentSeedKey: 'central.bo-quoc-phong',
  },
  {
    seedKey: 'central.bo-tu-phap',
    name: 'Bộ Tư pháp',
    shortName: null,
    aliases: [],
    kind: 'central',
  },
  {
    seedKey: 'central.bo-ngoai-giao',
    name: 'Bộ Ngoại giao',
    shortName: null,
    aliases: ['BNG'],
    kind: 'central',
  },
  {
    seedKey: 'central.bo-y-te',
    name: 'Bộ Y tế',
    shortName: null,
    aliases: ['BYT'],
    kind: 'central',
  },
  {
    seedKey: 'central.bo-tai-chinh',
    name: 'Bộ Tài chính',
    shortName: null,
    aliases: [],
    kind: 'central',
  },
  {
    seedKey: 'central.bo-noi-vu',
    name: 'Bộ Nội vụ',
    shortName: null,
    aliases: ['BNV'],
    kind: 'central',
  },
  {
    seedKey: 'central.bo-khoa-hoc-va-cong-nghe',
    name: 'Bộ Khoa học và Công nghệ',
    shortName: 'Bộ KH&CN',
    aliases: ['Bộ KH&CN', 'Bộ KHCN'],
    kind: 'central',
  },
  {
    seedKey: 'central.bo-dan-toc-va-ton-giao',
    name: 'Bộ Dân tộc và Tôn giáo',
    shortName: 'Bộ DT&TG',
    aliases: ['Bộ DT&TG', 'Bộ DTTG'],
    kind: 'central',
  },
  {
    seedKey: 'central.bo-nong-nghiep-va-moi-truong',
    name: 'Bộ Nông nghiệp và Môi trường',
    shortName: 'Bộ NN&MT',
    aliases: ['Bộ NN&MT', 'Bộ NNMT'],
    kind: 'central',
  },
  {
    seedKey: 'central.bo-xay-dung',
    name: 'Bộ Xây dựng',
    shortName: null,
    aliases: [],
    kind: 'central',
  },
  {
    seedKey: 'central.bo-cong-thuong',
    name: 'Bộ Công Thương',
    shortName: null,
    aliases: [],
    kind: 'central',
  },
  {
    seedKey: 'central.bo-giao-duc-va-dao-tao',
    name: 'Bộ Giáo dục và Đào tạo',
    shortName: 'Bộ GD&ĐT',
    aliases: ['Bộ GD&ĐT', 'Bộ GDĐT', 'Bộ GD-ĐT'],
    kind: 'central',
  },
  {
    seedKey: 'central.bo-van-hoa-the-thao-va-du-lich',
    name: 'Bộ Văn hóa, Thể thao và Du lịch',
    shortName: 'Bộ VHTTDL',
    aliases: ['Bộ VHTTDL', 'Bộ VH-TT&DL', 'Bộ VH,TT&DL', 'Bộ Văn hóa - Thể thao và Du lịch'],
    kind: 'central',
  },
  {
    // Merged into Bộ Nội vụ, but not whole: social protection, children and social-evils prevention (victim support
    // among them) went to Bộ Y tế, vocational education to Bộ Giáo dục và Đào tạo. Only the main successor fits here.
    seedKey: 'central.bo-lao-dong-thuong-binh-va-xa-hoi',
    name: 'Bộ Lao động - Thương binh và Xã hội',
    shortName: 'Bộ LĐ-TB&XH',
    aliases: [
      'Bộ LĐ-TB&XH',
      'Bộ LĐTBXH',
      'Bộ LĐTB&XH',
      'Bộ Lao động, Thương binh và Xã hội',
      'Bộ Lao động – Thương binh và Xã hội',
    ],
    kind: 'central',
    mergedIntoSeedKey: 'central.bo-noi-vu',
    mergedOn: REORGANISATION_2025,
  },
  {
    // Press and publishing went to Bộ Văn hóa, Thể thao và Du lịch; the rest, telecoms included, to Bộ KH&CN.
    seedKey: 'central.bo-thong-tin-va-truyen-thong',
    name: 'Bộ Thông tin và Truyền thông',
    shortName: 'Bộ TT&TT',
    aliases: ['Bộ TT&TT', 'Bộ TTTT', 'Bộ TT-TT'],
    kind: 'central',
    mergedIntoSeedKey: 'central.bo-khoa-hoc-va-cong-nghe',
    mergedOn: REORGANISATION_2025,
  },
  {
    seedKey: 'central.bo-ke-hoach-va-dau-tu',
    name: 'Bộ Kế hoạch và Đầu tư',
    shortName: 'Bộ KH&ĐT',
    aliases: ['Bộ KH&ĐT', 'Bộ KHĐT'],
    kind: 'central',
    mergedIntoSeedKey: 'central.bo-tai-chinh',
    mergedOn: REORGANISATION_2025,
  },
  {
    // Religious affairs came to the new ministry from Bộ Nội vụ; ethnic affairs are this committee's whole remit.
    seedKey: 'central.uy-ban-dan-toc',
    name: 'Ủy ban Dân tộc',
    shortName: 'UBDT',
    aliases: ['UBDT'],
    kind: 'central',
    mergedIntoSeedKey: 'central.bo-dan-toc-va-ton-giao',
    mergedOn: REORGANISATION_2025,
  },
  {
    seedKey: 'central.bo-tai-nguyen-va-moi-truong',
    name: 'Bộ Tài nguyên và Môi trường',
    shortName: 'Bộ TN&MT',
    aliases: ['Bộ TN&MT', 'Bộ TNMT'],
    kind: 'central',
    mergedIntoSeedKey: 'central.bo-nong-nghiep-va-moi-truong',
    mergedOn: REORGANISATION_2025,
  },
  {
    seedKey: 'central.bo-nong-nghiep-va-phat-trien-nong-thon',
    name: 'Bộ Nông nghiệp và Phát triển nông thôn',
    shortName: 'Bộ NN&PTNT',
    aliases: ['Bộ NN&PTNT', 'Bộ NNPTNT'],
    kind: 'central',
    mergedIntoSeedKey: 'central.bo-nong-nghiep-va-moi-truong',
    mergedOn: REORGANISATION_2025,
  },
  {
    seedKey: 'central.bo-giao-thong-van-tai',
    name: 'Bộ Giao thông vận tải',
    shortName: 'Bộ GTVT',
    aliases: ['Bộ GTVT', 'Bộ Giao thông - Vận tải'],
    kind: 'central',
    mergedIntoSeedKey: 'central.bo-xay-dung',
    mergedOn: REORGANISATION_2025,
  },
  {
    seedKey: 'central.vien-kiem-sat-nhan-dan-toi-cao',
    name: 'Viện Kiểm sát nhân dân tối cao',
    shortName: 'VKSNDTC',
    aliases: ['VKSNDTC', 'VKSND tối cao', 'Viện KSND tối cao'],
    kind: 'central',
  },
  {
    seedKey: 'central.toa-an-nhan-dan-toi-cao',
    name: 'Tòa án nhân dân tối cao',
    shortName: 'TANDTC',
    aliases: ['TANDTC', 'TAND tối cao'],
    kind: 'central',
  },
  {
    seedKey: 'central.uy-ban-trung-uong-mttq-viet-nam',
    name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    shortName: 'UBTƯ MTTQ VN',
    aliases: [
      'UBTƯ MTTQ VN',
      'UBTƯ MTTQ Việt Nam',
      'UBTW MTTQ Việt Nam',
      'Ủy ban Trung ương MTTQ Việt Nam',
      'MTTQ Việt Nam',
      'Mặt trận Tổ quốc Việt Nam',
    ],
    kind: 'central',
  },
  {
    seedKey: 'central.hoi-lien-hiep-phu-nu-viet-nam',
    name: 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
    shortName: 'TW Hội LHPN VN',
    aliases: [
      'TW Hội LHPN VN',
      'TW Hội LHPN Việt Nam',
      'TƯ Hội LHPN Việt Nam',
      'Trung ương Hội LHPN Việt Nam',
      'Hội LHPN Việt Nam',
      'Hội Liên hiệp Phụ nữ Việt Nam',
    ],
    kind: 'central',
  },
  {
    seedKey: 'central.hoi-nong-dan-viet-nam',
    name: 'Trung ương Hội Nông dân Việt Nam',
    shortName: 'TW Hội ND VN',
    aliases: ['TW Hội ND VN', 'TW Hội Nông dân Việt Nam', 'Hội Nông dân Việt Nam', 'Hội ND Việt Nam'],
    kind: 'central',
  },
  {
    seedKey: 'central.trung-uong-doan-tncs-ho-chi-minh',
    name: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    shortName: 'TW Đoàn',
    aliases: ['TW Đoàn', 'TƯ Đoàn', 'Trung ương Đoàn', 'Trung ương Đoàn TNCS Hồ Chí Minh', 'TW Đoàn TNCS Hồ Chí Minh'],
    kind: 'central',
  },
  {
    seedKey: 'central.tong-lien-doan-lao-dong-viet-nam',
    name: 'Tổng Liên đoàn Lao động Việt Nam',
    shortName: 'Tổng LĐLĐ VN',
    aliases: ['Tổng LĐLĐ VN', 'Tổng LĐLĐ Việt Nam', 'Tổng Liên đoàn'],
    kind: 'central',
  },
  {
    seedKey: 'central.hoi-cuu-chien-binh-viet-nam',
    name: 'Trung ương Hội Cựu chiến binh Việt Nam',
    shortName: 'TW Hội CCB VN',
    aliases: ['TW Hội CCB VN', 'TW Hội CCB Việt Nam', 'Hội Cựu chiến binh Việt Nam', 'Hội CCB Việt Nam'],
    kind: 'central',
  },
  {
    seedKey: 'central.dai-truyen-hinh-viet-nam',
    name: 'Đài Truyền hình Việt Nam',
    shortName: 'VTV',
    aliases: ['VTV', 'Đài THVN'],
    kind: 'central',
  },
  {
    seedKey: 'central.dai-tieng-noi-viet-nam',
    name: 'Đài Tiếng nói Việt Nam',
    shortName: 'VOV',
    aliases: ['VOV', 'Đài TNVN'],
    kind: 'central',
  },
  {
    // A state enterprise, not a state body, but the central plan (II.2.1.c) names it as a partner for SMS campaigns.
    seedKey: 'central.tong-cong-ty-vien-thong-viettel',
    name: 'Tổng Công ty Viễn thông Viettel',
    shortName: 'Viettel Telecom',
    aliases: ['Viettel Telecom'],
    kind: 'other',
  },

  // ---------------------------------------------------------------- province level
  {
    seedKey: 'province.uy-ban-nhan-dan-tinh',
    name: 'Ủy ban nhân dân tỉnh',
    shortName: 'UBND tỉnh',
    // Bare 'UBND' is left out: in a provincial plan it as often means a district's or a commune's committee.
    aliases: ['UBND tỉnh'],
    kind: 'other',
  },
  {
    seedKey: 'province.ban-chi-dao-138-tinh',
    name: 'Ban Chỉ đạo 138 tỉnh',
    shortName: 'BCĐ 138 tỉnh',
    aliases: ['BCĐ 138 tỉnh', 'BCĐ138 tỉnh', 'Ban Chỉ đạo 138', 'BCĐ 138', 'Ban Chỉ đạo phòng, chống tội phạm tỉnh'],
    kind: 'other',
  },
  {
    seedKey: 'province.cong-an-tinh',
    name: 'Công an tỉnh',
    shortName: 'CA tỉnh',
    aliases: ['CA tỉnh'],
    kind: 'armed_force',
  },
  {
    // The standing office's own unit. The name carries its parent because names must be unique and every police
    // department has a Phòng Tham mưu.
    seedKey: 'province.phong-tham-muu-cong-an-tinh',
    name: 'Phòng Tham mưu, Công an tỉnh',
    shortName: 'Phòng Tham mưu',
    aliases: [
      'Phòng Tham mưu',
      'Phòng Tham mưu Công an tỉnh',
      'Phòng Tham mưu CA tỉnh',
      'Công an tỉnh (Phòng Tham mưu)',
    ],
    kind: 'armed_force',
    parentSeedKey: 'province.cong-an-tinh',
  },
  {
    // The police unit that leads anti-trafficking investigations; tasks often name it rather than Công an tỉnh.
    seedKey: 'province.phong-canh-sat-hinh-su-cong-an-tinh',
    name: 'Phòng Cảnh sát hình sự, Công an tỉnh',
    shortName: 'Phòng CSHS',
    aliases: ['Phòng CSHS', 'Phòng Cảnh sát hình sự', 'Phòng CSHS Công an tỉnh'],
    kind: 'armed_force',
    parentSeedKey: 'province.cong-an-tinh',
  },
  {
    seedKey: 'province.bo-chi-huy-bo-doi-bien-phong-tinh',
    name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
    shortName: 'BĐBP tỉnh',
    aliases: [
      'BĐBP tỉnh',
      'BĐBP',
      'Bộ đội Biên phòng tỉnh',
      'BCH BĐBP tỉnh',
      'Bộ Chỉ huy BĐBP tỉnh',
      'Biên phòng tỉnh',
    ],
    kind: 'armed_force',
  },
  {
    seedKey: 'province.bo-chi-huy-quan-su-tinh',
    name: 'Bộ Chỉ huy Quân sự tỉnh',
    shortName: 'Bộ CHQS tỉnh',
    aliases: ['Bộ CHQS tỉnh', 'Bộ CHQS', 'BCHQS tỉnh', 'BCH Quân sự tỉnh'],
    kind: 'armed_force',
  },
  {
    seedKey: 'province.vien-kiem-sat-nhan-dan-tinh',
    name: 'Viện Kiểm sát nhân dân tỉnh',
    shortName: 'VKSND tỉnh',
    aliases: ['VKSND tỉnh', 'VKSND', 'Viện KSND tỉnh', 'Viện KSND', 'Viện Kiểm sát nhân dân', 'Viện Kiểm sát tỉnh'],
    kind: 'judicial',
  },
  {
    seedKey: 'province.toa-an-nhan-dan-tinh',
    name: 'Tòa án nhân dân tỉnh',
    shortName: 'TAND tỉnh',
    aliases: ['TAND tỉnh', 'TAND', 'Tòa án nhân dân', 'Tòa án tỉnh'],
    kind: 'judicial',
  },
  {
    seedKey: 'province.uy-ban-mttq-tinh',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    shortName: 'UBMTTQ tỉnh',
    aliases: [
      'UBMTTQ tỉnh',
      'UBMTTQ Việt Nam tỉnh',
      'UBMTTQVN tỉnh',
      'Ủy ban MTTQ Việt Nam tỉnh',
      'Ủy ban MTTQ tỉnh',
      'MTTQ tỉnh',
      'MTTQ',
      'Mặt trận Tổ quốc tỉnh',
    ],
    kind: 'mass_organisation',
  },
  {
    seedKey: 'province.hoi-lien-hiep-phu-nu-tinh',
    name: 'Hội Liên hiệp Phụ nữ tỉnh',
    shortName: 'Hội LHPN tỉnh',
    aliases: ['Hội LHPN tỉnh', 'Hội LHPN', 'Hội Phụ nữ tỉnh'],
    kind: 'mass_organisation',
  },
  {
    // Provincial plans name it 'Tỉnh Đoàn'; the formal name is the alias spelt out in full.
    seedKey: 'province.tinh-doan',
    name: 'Tỉnh Đoàn',
    shortName: null,
    aliases: [
      'Đoàn TNCS Hồ Chí Minh tỉnh',
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh',
      'Đoàn TNCS Hồ Chí Minh',
      'Đoàn Thanh niên tỉnh',
    ],
    kind: 'mass_organisation',
  },
  {
    seedKey: 'province.hoi-nong-dan-tinh',
    name: 'Hội Nông dân tỉnh',
    shortName: 'Hội ND tỉnh',
    aliases: ['Hội ND tỉnh', 'Hội Nông dân'],
    kind: 'mass_organisation',
  },
  {
    seedKey: 'province.lien-doan-lao-dong-tinh',
    name: 'Liên đoàn Lao động tỉnh',
    shortName: 'LĐLĐ tỉnh',
    aliases: ['LĐLĐ tỉnh', 'LĐLĐ'],
    kind: 'mass_organisation',
  },
  {
    seedKey: 'province.hoi-cuu-chien-binh-tinh',
    name: 'Hội Cựu chiến binh tỉnh',
    shortName: 'Hội CCB tỉnh',
    aliases: ['Hội CCB tỉnh', 'Hội CCB', 'Hội Cựu chiến binh'],
    kind: 'mass_organisation',
  },
  {
    seedKey: 'province.so-tu-phap',
    name: 'Sở Tư pháp',
    shortName: null,
    aliases: [],
    kind: 'department',
  },
  {
    seedKey: 'province.so-noi-vu',
    name: 'Sở Nội vụ',
    shortName: null,
    aliases: [],
    kind: 'department',
  },
  {
    seedKey: 'province.so-tai-chinh',
    name: 'Sở Tài chính',
    shortName: null,
    aliases: [],
    kind: 'department',
  },
  {
    seedKey: 'province.so-y-te',
    name: 'Sở Y tế',
    shortName: null,
    aliases: [],
    kind: 'department',
  },
  {
    seedKey: 'province.so-giao-duc-va-dao-tao',
    name: 'Sở Giáo dục và Đào tạo',
    shortName: 'Sở GD&ĐT',
    aliases: ['Sở GD&ĐT', 'Sở GDĐT', 'Sở GD-ĐT'],
    kind: 'department',
  },
  {
    seedKey: 'province.so-van-hoa-the-thao-va-du-lich',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    shortName: 'Sở VHTTDL',
    aliases: ['Sở VHTTDL', 'Sở VH-TT&DL', 'Sở VH,TT&DL', 'Sở VHTT&DL', 'Sở Văn hóa - Thể thao và Du lịch'],
    kind: 'department',
  },
  {
    // Left active: since 2025 some provinces kept it and others moved foreign affairs to the Văn phòng UBND tỉnh.
    seedKey: 'province.so-ngoai-vu',
    name: 'Sở Ngoại vụ',
    shortName: null,
    aliases: [],
    kind: 'department',
  },
  {
    seedKey: 'province.so-khoa-hoc-va-cong-nghe',
    name: 'Sở Khoa học và Công nghệ',
    shortName: 'Sở KH&CN',
    aliases: ['Sở KH&CN', 'Sở KHCN'],
    kind: 'department',
  },
  {
    seedKey: 'province.so-dan-toc-va-ton-giao',
    name: 'Sở Dân tộc và Tôn giáo',
    shortName: 'Sở DT&TG',
    aliases: ['Sở DT&TG', 'Sở DTTG'],
    kind: 'department',
  },
  {
    seedKey: 'province.so-cong-thuong',
    name: 'Sở Công Thương',
    shortName: null,
    aliases: [],
    kind: 'department',
  },
  {
    seedKey: 'province.so-nong-nghiep-va-moi-truong',
    name: 'Sở Nông nghiệp và Môi trường',
    shortName: 'Sở NN&MT',
    aliases: ['Sở NN&MT', 'Sở NNMT'],
    kind: 'department',
  },
  {
    seedKey: 'province.so-xay-dung',
    name: 'Sở Xây dựng',
    shortName: null,
    aliases: [],
    kind: 'department',
  },
  {
    // As at central level, victim support and social protection went to Sở Y tế and vocational training to Sở Giáo
    // dục và Đào tạo; Sở Nội vụ took labour, employment and the rest.
    seedKey: 'province.so-lao-dong-thuong-binh-va-xa-hoi',
    name: 'Sở Lao động - Thương binh và Xã hội',
    shortName: 'Sở LĐ-TB&XH',
    aliases: [
      'Sở LĐ-TB&XH',
      'Sở LĐTBXH',
      'Sở LĐTB&XH',
      'Sở Lao động, Thương binh và Xã hội',
      'Sở Lao động – Thương binh và Xã hội',
    ],
    kind: 'department',
    mergedIntoSeedKey: 'province.so-noi-vu',
    mergedOn: REORGANISATION_2025,
  },
  {
    seedKey: 'province.so-thong-tin-va-truyen-thong',
    name: 'Sở Thông tin và Truyền thông',
    shortName: 'Sở TT&TT',
    aliases: ['Sở TT&TT', 'Sở TTTT', 'Sở TT-TT'],
    kind: 'department',
    mergedIntoSeedKey: 'province.so-khoa-hoc-va-cong-nghe',
    mergedOn: REORGANISATION_2025,
  },
  {
    seedKey: 'province.so-ke-hoach-va-dau-tu',
    name: 'Sở Kế hoạch và Đầu tư',
    shortName: 'Sở KH&ĐT',
    aliases: ['Sở KH&ĐT', 'Sở KHĐT'],
    kind: 'department',
    mergedIntoSeedKey: 'province.so-tai-chinh',
    mergedOn: REORGANISATION_2025,
  },
  {
    // Where a province has no Sở Dân tộc và Tôn giáo, its ethnic affairs went to Sở Nội vụ instead; correct it there.
    seedKey: 'province.ban-dan-toc-tinh',
    name: 'Ban Dân tộc tỉnh',
    shortName: 'Ban Dân tộc',
    aliases: ['Ban Dân tộc'],
    kind: 'department',
    mergedIntoSeedKey: 'province.so-dan-toc-va-ton-giao',
    mergedOn: REORGANISATION_2025,
  },
  {
    seedKey: 'province.so-tai-nguyen-va-moi-truong',
    name: 'Sở Tài nguyên và Môi trường',
    shortName: 'Sở TN&MT',
    aliases: ['Sở TN&MT', 'Sở TNMT'],
    kind: 'department',
    mergedIntoSeedKey: 'province.so-nong-nghiep-va-moi-truong',
    mergedOn: REORGANISATION_2025,
  },
  {
    seedKey: 'province.so-nong-nghiep-va-phat-trien-nong-thon',
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    shortName: 'Sở NN&PTNT',
    aliases: ['Sở NN&PTNT', 'Sở NNPTNT'],
    kind: 'department',
    mergedIntoSeedKey: 'province.so-nong-nghiep-va-moi-truong',
    mergedOn: REORGANISATION_2025,
  },
  {
    seedKey: 'province.so-giao-thong-van-tai',
    name: 'Sở Giao thông vận tải',
    shortName: 'Sở GTVT',
    aliases: ['Sở GTVT', 'Sở Giao thông - Vận tải'],
    kind: 'department',
    mergedIntoSeedKey: 'province.so-xay-dung',
    mergedOn: REORGANISATION_2025,
  },
  {
    // Most provinces merged the paper and the broadcaster in 2025, each on its own date, so the old two stay active
    // beside the merged body and the office marks the merge itself.
    seedKey: 'province.dai-phat-thanh-va-truyen-hinh-tinh',
    name: 'Đài Phát thanh và Truyền hình tỉnh',
    shortName: 'Đài PT-TH tỉnh',
    aliases: ['Đài PT-TH tỉnh', 'Đài PTTH tỉnh', 'Đài PT&TH tỉnh'],
    kind: 'other',
  },
  {
    seedKey: 'province.bao-tinh',
    name: 'Báo tỉnh',
    shortName: null,
    aliases: [],
    kind: 'other',
  },
  {
    seedKey: 'province.bao-va-phat-thanh-truyen-hinh-tinh',
    name: 'Báo và Phát thanh, Truyền hình tỉnh',
    shortName: 'Báo và PT-TH tỉnh',
    aliases: ['Báo và PT-TH tỉnh', 'Báo và PTTH tỉnh'],
    kind: 'other',
  },
  {
    seedKey: 'province.ngan-hang-chinh-sach-xa-hoi-chi-nhanh-tinh',
    name: 'Ngân hàng Chính sách xã hội chi nhánh tỉnh',
    shortName: 'NHCSXH tỉnh',
    aliases: ['NHCSXH tỉnh', 'NHCSXH', 'Chi nhánh NHCSXH tỉnh'],
    kind: 'other',
  },
];
