import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { convertLegacyFont, decodeText, detectLegacyFont } from '../../core/import/encoding';
import { SEEDS_DIR as FIXTURE_SEEDS } from '../fixtures/seeds';

// ---------------------------------------------------------------------------
// Reverse tables, written here independently of core/import/encoding.ts, in the
// layout the published converters use (per vowel: grave, acute, hook, tilde, dot),
// so a slip in either table shows up as a failed round trip.
// ---------------------------------------------------------------------------

/** The 67 lower-case Vietnamese letters that are not ASCII. */
const LOWER = [
  ...'àáảãạ',
  ...'ằắẳẵặ',
  ...'ầấẩẫậ',
  ...'èéẻẽẹ',
  ...'ềếểễệ',
  ...'ìíỉĩị',
  ...'òóỏõọ',
  ...'ồốổỗộ',
  ...'ờớởỡợ',
  ...'ùúủũụ',
  ...'ừứửữự',
  ...'ỳýỷỹỵ',
  ...'ăâêôơưđ',
];
const UPPER = LOWER.map((letter) => letter.toUpperCase());
const TONED = new Set(LOWER.slice(0, 60));

/** TCVN3 (VN3) spelling of each letter of LOWER, same order. */
const TCVN3_LOWER = [
  ...'µ¸¶·¹',
  ...'»¾¼½Æ',
  ...'ÇÊÈÉË',
  ...'ÌÐÎÏÑ',
  ...'ÒÕÓÔÖ',
  ...'×ÝØÜÞ',
  ...'ßãáâä',
  ...'åèæçé',
  ...'êíëìî',
  ...'ïóñòô',
  ...'õøö÷ù',
  ...'úýûüþ',
  ...'¨©ª«¬\u00ad®', // ư is the soft hyphen U+00AD
];
/** The seven capitals VN3 has a code for. */
const TCVN3_CAPITALS: Record<string, string> = { Ă: '¡', Â: '¢', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦', Đ: '§' };
/** VN1 capitals in 0xA0–0xFF (TCVN 5712 table of X-TrueType, TCVNtoUCS2.c). */
const TCVN_VN1_CAPITALS: Record<number, string> = {
  0xaf: 'Ằ',
  0xba: 'Ẳ',
  0xbf: 'Ẵ',
  0xc0: 'Ắ',
  0xc1: 'Ầ',
  0xc2: 'Ẩ',
  0xc3: 'Ẫ',
  0xc4: 'Ấ',
  0xc5: 'Ề',
  0xcd: 'Ể',
  0xd9: 'Ễ',
  0xda: 'Ế',
  0xdb: 'Ồ',
  0xe0: 'Ổ',
  0xf0: 'Ỗ',
  0xff: 'Ố',
};

/** VNI-Windows spelling of each letter of LOWER, same order; capitals are the same in upper case. */
const VNI_LOWER = [
  ...['aø', 'aù', 'aû', 'aõ', 'aï'],
  ...['aè', 'aé', 'aú', 'aü', 'aë'],
  ...['aà', 'aá', 'aå', 'aã', 'aä'],
  ...['eø', 'eù', 'eû', 'eõ', 'eï'],
  ...['eà', 'eá', 'eå', 'eã', 'eä'],
  ...['ì', 'í', 'æ', 'ó', 'ò'],
  ...['oø', 'où', 'oû', 'oõ', 'oï'],
  ...['oà', 'oá', 'oå', 'oã', 'oä'],
  ...['ôø', 'ôù', 'ôû', 'ôõ', 'ôï'],
  ...['uø', 'uù', 'uû', 'uõ', 'uï'],
  ...['öø', 'öù', 'öû', 'öõ', 'öï'],
  ...['yø', 'yù', 'yû', 'yõ', 'î'],
  ...['aê', 'aâ', 'eâ', 'oâ', 'ô', 'ö', 'ñ'],
];

const TO_TCVN3 = new Map<string, string>(LOWER.map((letter, i) => [letter, TCVN3_LOWER[i] ?? '']));
const TO_VNI = new Map<string, string>([
  ...LOWER.map((letter, i): [string, string] => [letter, VNI_LOWER[i] ?? '']),
  ...UPPER.map((letter, i): [string, string] => [letter, (VNI_LOWER[i] ?? '').toUpperCase()]),
]);

/**
 * Unicode → TCVN3 as an ABC typist produced it: a capital with a tone has no code,
 * so it is the lower-case code point (drawn as a capital by .VnTimeH).
 */
function toTcvn3(text: string): string {
  let out = '';
  for (const char of text)
    out += TCVN3_CAPITALS[char] ?? TO_TCVN3.get(char) ?? TO_TCVN3.get(char.toLowerCase()) ?? char;
  return out;
}

function toVni(text: string): string {
  let out = '';
  for (const char of text) out += TO_VNI.get(char) ?? char;
  return out;
}

// ---------------------------------------------------------------------------
// Byte encoders
// ---------------------------------------------------------------------------

const win1258 = new TextDecoder('windows-1258');

/** Character → byte, for Windows-1258 (from the platform's decoder) and for 1252 (Latin-1 + 0x80–0x9F). */
const BYTE_1258 = new Map<string, number>();
const BYTE_1252 = new Map<string, number>();
for (let byte = 0; byte < 256; byte++) {
  BYTE_1258.set(win1258.decode(new Uint8Array([byte])), byte);
  // 1252 and 1258 agree on 0x80–0x9F for every character the seeds use (“ ” …).
  const char = byte >= 0x80 && byte < 0xa0 ? win1258.decode(new Uint8Array([byte])) : String.fromCharCode(byte);
  BYTE_1252.set(char, byte);
}

/**
 * Windows-1258 has precomposed â, ă, ơ, đ… and a few toned letters, and writes the
 * other tones as combining marks after the letter: 'ấ' is 'â' + U+0301, 'ặ' is
 * 'ă' + U+0323 (NFD puts the dot below first, so look for the mark that composes).
 */
function encode1258(text: string): Uint8Array {
  return new Uint8Array([...text].flatMap(encode1258Char));
}

function encode1258Char(char: string): number[] {
  const direct = BYTE_1258.get(char);
  if (direct !== undefined) return [direct];
  const [base = '', ...marks] = [...char.normalize('NFD')];
  const composing = marks.findIndex((mark) => BYTE_1258.has((base + mark).normalize('NFC')));
  const head = composing < 0 ? base : (base + (marks[composing] ?? '')).normalize('NFC');
  const tail = marks.filter((_, i) => i !== composing);
  return [head, ...tail].map((piece) => {
    const byte = BYTE_1258.get(piece);
    if (byte === undefined) throw new Error(`no Windows-1258 byte for ${char}`);
    return byte;
  });
}

function encode1252(text: string): Uint8Array {
  return new Uint8Array(
    [...text].map((char) => {
      const byte = BYTE_1252.get(char);
      if (byte === undefined) throw new Error(`no single byte for ${char}`);
      return byte;
    }),
  );
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const body = bom ? `\uFEFF${text}` : text;
  const bytes = new Uint8Array(body.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < body.length; i++) view.setUint16(i * 2, body.charCodeAt(i), littleEndian);
  return bytes;
}

const withBytes = (...parts: (number[] | Uint8Array)[]): Uint8Array => new Uint8Array(parts.flatMap((p) => [...p]));

// ---------------------------------------------------------------------------
// Seeds
// ---------------------------------------------------------------------------

const SEEDS_DIR = `${FIXTURE_SEEDS}/`;
const SEEDS = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(`${SEEDS_DIR}${name}`, 'utf8').normalize('NFC') }));
const NEWS_SEED = SEEDS.find((seed) => seed.name.startsWith('provincial-plan-2024-news'));

/** '©' cannot be typed in .VnTime (its code is â), so the TCVN3 copies write '(c)'. */
const typeableInTcvn3 = (text: string): string => text.replaceAll('©', '(c)');

/** Words whose text differs, as "from→to", to show exactly what a conversion lost. */
function wordDiffs(expected: string, actual: string): string[] {
  const a = expected.split(/(\s+)/);
  const b = actual.split(/(\s+)/);
  return a.flatMap((word, i) => (word === b[i] ? [] : [`${word}→${b[i] ?? ''}`]));
}

/**
 * Capitals with a tone in the middle of a sentence: TCVN3 typed them with .VnTimeH
 * as lower-case code points, and plain text cannot show where. Known and accepted.
 */
const TCVN3_LOST_CAPITALS: Record<string, string[]> = {
  'provincial-plan-2024-news-61-KH-UBND.txt': ['(Ảnh→(ảnh', 'Ủy→ủy', 'Ủy→ủy'],
};

function expectInvalid(bytes: Uint8Array, fragment: string): void {
  let caught: unknown;
  try {
    decodeText(bytes);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe('INVALID_INPUT');
  expect((caught as AppError).message).toContain(fragment);
}

// ---------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------

describe('legacy font tables', () => {
  it('cover the 134 Vietnamese letters', () => {
    expect(new Set([...LOWER, ...UPPER]).size).toBe(134);
    expect(TCVN3_LOWER).toHaveLength(67);
    expect(VNI_LOWER).toHaveLength(67);
    for (const letter of [...LOWER, ...UPPER]) expect(letter.normalize('NFC')).toHaveLength(1);
  });

  it('TCVN3: every lower-case letter round-trips', () => {
    // After "ba", so no letter starts a sentence (that would make it a capital).
    const wrong = LOWER.filter((letter) => convertLegacyFont(`ba ${toTcvn3(letter)}`, 'tcvn3') !== `ba ${letter}`);
    expect(wrong).toEqual([]);
  });

  it('TCVN3: the seven VN3 capitals and the VN1 capitals of 0xA0–0xFF round-trip', () => {
    for (const [letter, code] of Object.entries(TCVN3_CAPITALS)) {
      expect(convertLegacyFont(`ba ${code}`, 'tcvn3')).toBe(`ba ${letter}`);
    }
    for (const [byte, letter] of Object.entries(TCVN_VN1_CAPITALS)) {
      expect(convertLegacyFont(`ba ${String.fromCharCode(Number(byte))}`, 'tcvn3')).toBe(`ba ${letter}`);
    }
  });

  it('TCVN3: every capital comes back in a word written in capitals (.VnTimeH)', () => {
    const wrong = UPPER.filter((letter) => convertLegacyFont(toTcvn3(`${letter}NH`), 'tcvn3') !== `${letter}NH`);
    expect(wrong).toEqual([]);
  });

  it('TCVN3: a capital with a tone at the start of a sentence comes back, not in the middle', () => {
    const capitals = UPPER.filter((letter) => TONED.has(letter.toLowerCase()));
    const wrong = capitals.filter((letter) => {
      const sentence = `${letter}y ban. ${letter}y ban ba ${letter}y`;
      return (
        convertLegacyFont(toTcvn3(sentence), 'tcvn3') !== `${letter}y ban. ${letter}y ban ba ${letter.toLowerCase()}y`
      );
    });
    expect(wrong).toEqual([]);
  });

  it('TCVN3: the examples of the brief', () => {
    expect(convertLegacyFont('ba µ ¸ ¬ ® §', 'tcvn3')).toBe('ba à á ơ đ Đ');
    expect(convertLegacyFont('Hµ Néi, ngµy 15 th¸ng 01 n¨m 2024', 'tcvn3')).toBe('Hà Nội, ngày 15 tháng 01 năm 2024');
    expect(convertLegacyFont('CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM', 'tcvn3')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(convertLegacyFont('Sè: 19/KH-BC§138/CP', 'tcvn3')).toBe('Số: 19/KH-BCĐ138/CP');
  });

  it('TCVN3: leaves smart quotes, dashes and symbols it has no letter for', () => {
    expect(convertLegacyFont('ba “x” – y — z… 30° ± 2', 'tcvn3')).toBe('ba “x” – y — z… 30° ± 2');
  });

  it('VNI: all 134 letters round-trip, lower and upper case', () => {
    const wrong = [...LOWER, ...UPPER].filter((letter) => convertLegacyFont(toVni(letter), 'vni') !== letter);
    expect(wrong).toEqual([]);
  });

  it('VNI: spellings from xvnkb and the brief', () => {
    expect(convertLegacyFont('Vieät Nam', 'vni')).toBe('Việt Nam');
    expect(convertLegacyFont('ñòa phöông, ñöôøng, tænh', 'vni')).toBe('địa phương, đường, tỉnh');
    expect(convertLegacyFont('AÙ AØ AÂ AÊ ÑAÏI HOÄI ÔÛ ÖÙ', 'vni')).toBe('Á À Â Ă ĐẠI HỘI Ở Ứ');
    expect(convertLegacyFont('Ñoäc laäp - Töï do - Haïnh phuùc', 'vni')).toBe('Độc lập - Tự do - Hạnh phúc');
  });
});

// ---------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------

describe('detectLegacyFont', () => {
  it('finds TCVN3 and VNI in the seeds typed that way', () => {
    for (const seed of SEEDS) {
      expect(detectLegacyFont(toTcvn3(typeableInTcvn3(seed.text))), seed.name).toBe('tcvn3');
      expect(detectLegacyFont(toVni(seed.text)), seed.name).toBe('vni');
    }
  });

  it('says null for Unicode Vietnamese, also with a ©', () => {
    for (const seed of SEEDS) expect(detectLegacyFont(seed.text), seed.name).toBeNull();
    expect(NEWS_SEED?.text).toContain('©');
  });

  it('says null for English and for a few stray Latin-1 symbols', () => {
    expect(detectLegacyFont('The steering committee meets every quarter.')).toBeNull();
    expect(detectLegacyFont('Copyright © 2024. Keep at 30° ± 2. Café, naïve, résumé, à la carte.')).toBeNull();
    expect(detectLegacyFont('Số liệu © 2024: nhiệt độ 30° ± 2, tăng 5%.')).toBeNull();
  });

  it('needs more than a couple of words', () => {
    expect(detectLegacyFont('Hµ Néi')).toBeNull();
  });
});

// ---------------------------------------------------------------------------
// decodeText
// ---------------------------------------------------------------------------

describe('decodeText on the seeds', () => {
  it.each(SEEDS)('UTF-8 with and without a BOM, CRLF or LF: $name', ({ text }) => {
    for (const bytes of [utf8(text), withBytes([0xef, 0xbb, 0xbf], utf8(text)), utf8(text.replaceAll('\n', '\r\n'))]) {
      expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-8', legacy: null, notice: null });
    }
  });

  it.each(SEEDS)('UTF-16 LE and BE with a BOM, LE without: $name', ({ text }) => {
    expect(decodeText(utf16(text, true, true))).toEqual({ text, encoding: 'utf-16le', legacy: null, notice: null });
    expect(decodeText(utf16(text, false, true))).toEqual({ text, encoding: 'utf-16be', legacy: null, notice: null });
    expect(decodeText(utf16(text, true, false)).encoding).toBe('utf-16le');
    expect(decodeText(utf16(text, false, false)).text).toBe(text);
  });

  it.each(SEEDS)('Windows-1258 with combining tones: $name', ({ text }) => {
    const result = decodeText(encode1258(text));
    expect(result.text).toBe(text);
    expect(result.encoding).toBe('windows-1258');
    expect(result.legacy).toBeNull();
    expect(result.notice).toContain('Windows-1258');
  });

  it.each(SEEDS)('TCVN3 bytes and TCVN3 pasted as Unicode: $name', ({ name, text }) => {
    const expected = typeableInTcvn3(text);
    const legacy = toTcvn3(expected);
    for (const [bytes, encoding] of [
      [encode1252(legacy), 'windows-1258'],
      [utf8(legacy), 'utf-8'],
    ] as const) {
      const result = decodeText(bytes);
      expect(result.legacy).toBe('tcvn3');
      expect(result.encoding).toBe(encoding);
      expect(result.notice).toContain('TCVN3');
      expect(result.text.toLowerCase()).toBe(expected.toLowerCase());
      expect(wordDiffs(expected, result.text)).toEqual(TCVN3_LOST_CAPITALS[name] ?? []);
    }
  });

  it.each(SEEDS)('VNI bytes and VNI pasted as Unicode: $name', ({ text }) => {
    const legacy = toVni(text);
    for (const [bytes, encoding] of [
      [encode1252(legacy), 'windows-1258'],
      [utf8(legacy), 'utf-8'],
    ] as const) {
      const result = decodeText(bytes);
      expect(result).toEqual({ text, encoding, legacy: 'vni', notice: result.notice });
      expect(result.notice).toContain('VNI');
    }
  });
});

describe('decodeText details', () => {
  it('normalises to NFC and to \\n line breaks, drops the BOM and a DOS end-of-file mark', () => {
    const nfd = 'Kế hoạch\r\nphòng, chống\rmua bán người'.normalize('NFD');
    expect(decodeText(withBytes([0xef, 0xbb, 0xbf], utf8(nfd), [0x1a])).text).toBe(
      'Kế hoạch\nphòng, chống\nmua bán người',
    );
  });

  it('reads English as UTF-8 without a notice', () => {
    const text = 'The steering committee meets every quarter.\nReports are due on 20/6.';
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8', legacy: null, notice: null });
  });

  it('reads Latin-1 English with ©, °, ± as Windows-1258, not as a legacy font', () => {
    const text = 'Copyright © 2024. Keep at 30° ± 2.';
    const result = decodeText(encode1258(text));
    expect(result.text).toBe(text);
    expect(result.legacy).toBeNull();
    expect(result.encoding).toBe('windows-1258');
  });
});

describe('decodeText refuses what is not text', () => {
  it('PDF, ZIP (.docx), old .doc, RTF', () => {
    expectInvalid(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'PDF');
    expectInvalid(withBytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0], utf8('[Content_Types].xml')), 'ZIP');
    expectInvalid(withBytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(504)), '.docx');
    expectInvalid(utf8("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 .VnTime;}} K\\'ea ho\\'b9ch}"), 'RTF');
  });

  it('random binary and text with a NUL or many control characters', () => {
    let seed = 12345;
    const random = new Uint8Array(4096).map(() => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed >>> 16;
    });
    expectInvalid(random, 'không phải văn bản');
    const line = utf8('Kế hoạch số 19/KH-BCĐ138/CP ngày 15/01/2024. ');
    expectInvalid(withBytes(line, [0], line), 'không phải văn bản');
    expectInvalid(utf8('abc\0def'), 'không phải văn bản');
    expectInvalid(withBytes(line, new Uint8Array(20).fill(0x07)), 'không phải văn bản');
  });

  it('an empty file, only spaces, only a BOM', () => {
    expectInvalid(new Uint8Array(0), 'Tệp rỗng');
    expectInvalid(utf8(' \n\t \r\n'), 'Tệp rỗng');
    expectInvalid(new Uint8Array([0xef, 0xbb, 0xbf]), 'Tệp rỗng');
    expectInvalid(utf16('  \n', true, true), 'Tệp rỗng');
  });
});

describe('decodeText properties', () => {
  it('returns text or throws AppError for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        try {
          expect(typeof decodeText(bytes).text).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives back any printable ASCII text unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 500 }).filter((text) => text.trim() !== ''),
        (text) => {
          expect(decodeText(utf8(text)).text).toBe(text);
        },
      ),
    );
  });

  it('decodes 5 MB of TCVN3 well within a second or two', () => {
    const line = toTcvn3('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. Ủy ban nhân dân tỉnh ban hành kế hoạch.\n');
    const bytes = encode1252(line.repeat(Math.ceil(5_000_000 / line.length)));
    const started = performance.now();
    const result = decodeText(bytes);
    const elapsed = performance.now() - started;
    expect(result.legacy).toBe('tcvn3');
    // Well under a second on a developer PC; the bound leaves room for a slow CI machine.
    expect(elapsed).toBeLessThan(2500);
  });
});
