/**
 * Turns the bytes of an imported plain-text file into clean Unicode text.
 *
 * Plans reach the office as .txt files saved by many tools over many years: UTF-8
 * (with or without a BOM), UTF-16 from Notepad's "Unicode", Windows-1258 from old
 * Vietnamese Windows, and text typed in the legacy Vietnamese font encodings TCVN3
 * (ABC, fonts .VnTime/.VnTimeH) and VNI (VNI-Times), which look like Latin-1
 * gibberish ("Hµ Néi", "Vieät Nam") unless converted. This module finds out which
 * one it is, converts to NFC, and tells the user what it did.
 *
 * Pure: no I/O and no Node built-ins; TextDecoder exists in Node 20 and browsers.
 */

import { AppError } from '../errors';

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';
export type LegacyFont = 'tcvn3' | 'vni';

export interface DecodedText {
  /** NFC Unicode, line breaks normalised to \n, BOM removed. */
  text: string;
  encoding: SourceEncoding;
  /** Set when the text was typed in a legacy Vietnamese font encoding and was converted. */
  legacy: LegacyFont | null;
  /** Vietnamese sentence for the user when something was detected or converted, else null. */
  notice: string | null;
}

// ---------------------------------------------------------------------------
// Vietnamese letters
// ---------------------------------------------------------------------------

/**
 * The twelve vowels with their tones. Every legacy table below is laid out in the
 * same order, so one index means the same letter everywhere:
 * none, huyền (grave), hỏi (hook above), ngã (tilde), sắc (acute), nặng (dot below).
 */
const VOWEL_ROWS: readonly (readonly string[])[] = [
  ['a', 'à', 'ả', 'ã', 'á', 'ạ'],
  ['ă', 'ằ', 'ẳ', 'ẵ', 'ắ', 'ặ'],
  ['â', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ'],
  ['e', 'è', 'ẻ', 'ẽ', 'é', 'ẹ'],
  ['ê', 'ề', 'ể', 'ễ', 'ế', 'ệ'],
  ['i', 'ì', 'ỉ', 'ĩ', 'í', 'ị'],
  ['o', 'ò', 'ỏ', 'õ', 'ó', 'ọ'],
  ['ô', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ'],
  ['ơ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ'],
  ['u', 'ù', 'ủ', 'ũ', 'ú', 'ụ'],
  ['ư', 'ừ', 'ử', 'ữ', 'ứ', 'ự'],
  ['y', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ'],
];

/** Every Vietnamese letter lies below U+1F00, so plain arrays indexed by code unit serve as lookups. */
const LETTER_TABLE_SIZE = 0x1f00;
/** Lower-case non-ASCII Vietnamese letter → the code unit of its capital, 0 for any other (67 entries). */
const UPPER_OF = new Uint16Array(LETTER_TABLE_SIZE);
/** Upper-case non-ASCII Vietnamese letters: 1, else 0 (67 entries). */
const IS_UPPER_LETTER = new Uint8Array(LETTER_TABLE_SIZE);
/** Lower-case vowels with a tone (60): the letters VN3 has no capital for. */
const TONED_LOWER = new Set<number>();
/** Every Vietnamese vowel form (lower case) → its toneless base and tone index. */
const TONE_OF = new Map<string, { base: string; tone: number }>();

for (const row of VOWEL_ROWS) {
  row.forEach((letter, tone) => {
    TONE_OF.set(letter, { base: row[0] ?? letter, tone });
    if (tone > 0) TONED_LOWER.add(letter.charCodeAt(0));
  });
}
for (const letter of [...VOWEL_ROWS.flat(), 'đ']) {
  if (letter.charCodeAt(0) < 0x80) continue;
  const upper = letter.toUpperCase().charCodeAt(0);
  UPPER_OF[letter.charCodeAt(0)] = upper;
  IS_UPPER_LETTER[upper] = 1;
}

/** Code unit of the capital of a lower-case non-ASCII Vietnamese letter, else 0. */
function upperOf(code: number): number {
  return code < LETTER_TABLE_SIZE ? (UPPER_OF[code] ?? 0) : 0;
}

// ---------------------------------------------------------------------------
// TCVN3 (TCVN 5712:1993, ABC fonts .VnTime / .VnTimeH)
// ---------------------------------------------------------------------------

/**
 * TCVN3 byte of each lower-case form in VOWEL_ROWS (same rows, same tone order).
 * ASCII entries are the plain vowels, unchanged. Cross-checked against the
 * TCVN 5712 table of X-TrueType (TCVNtoUCS2.c) and xvnkb (tcvn.h).
 */
const TCVN3_VOWEL_BYTES: readonly (readonly number[])[] = [
  [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9], // a  µ ¶ · ¸ ¹
  [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6], // ¨  » ¼ ½ ¾ Æ
  [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb], // ©  Ç È É Ê Ë
  [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1], // e  Ì Î Ï Ð Ñ
  [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6], // ª  Ò Ó Ô Õ Ö
  [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde], // i  × Ø Ü Ý Þ
  [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4], // o  ß á â ã ä
  [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9], // «  å æ ç è é
  [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee], // ¬  ê ë ì í î
  [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4], // u  ï ñ ò ó ô
  // ư is 0xAD, the soft hyphen: invisible in Unicode, so "Tr­êng" shows as "Trêng".
  [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9], //    õ ö ÷ ø ù
  [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe], // y  ú û ü ý þ
];

/**
 * TCVN3 bytes outside the vowel rows. VN3 (the set the ABC fonts carry) has only
 * seven upper-case letters; the others with a tone are typed in the .VnTimeH font,
 * which draws the lower-case code points as capitals (see restoreTcvn3Capitals).
 * The sixteen VN1 capitals that fall in 0xA0–0xFF are included: they are unused in
 * VN3, so they cannot clash. VN1's other capitals sit in C0 controls and in
 * 0x80–0x9F, where Windows puts smart quotes and dashes (“ ” – —) typed in .VnTime
 * documents: mapping those would turn punctuation into letters, so they are left out.
 */
const TCVN3_OTHER_BYTES: readonly (readonly [number, string])[] = [
  [0xae, 'đ'],
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  // VN1 capitals in the Latin-1 range (X-TrueType and xvnkb agree on every one).
  [0xaf, 'Ằ'],
  [0xba, 'Ẳ'],
  [0xbf, 'Ẵ'],
  [0xc0, 'Ắ'],
  [0xc1, 'Ầ'],
  [0xc2, 'Ẩ'],
  [0xc3, 'Ẫ'],
  [0xc4, 'Ấ'],
  [0xc5, 'Ề'],
  [0xcd, 'Ể'],
  [0xd9, 'Ễ'],
  [0xda, 'Ế'],
  [0xdb, 'Ồ'],
  [0xe0, 'Ổ'],
  [0xf0, 'Ỗ'],
  [0xff, 'Ố'],
];

/**
 * Index: a code point below 0x100 as the legacy byte; value: the UTF-16 code unit
 * of the Unicode letter, or 0 when the byte stays as it is. Every Vietnamese letter
 * is one code unit, which lets conversion fill a Uint16Array without allocating.
 */
const TCVN3_TO_UNICODE: Uint16Array = buildTcvn3Table();

function buildTcvn3Table(): Uint16Array {
  const table = new Uint16Array(256);
  VOWEL_ROWS.forEach((row, r) => {
    row.forEach((letter, tone) => {
      const byte = TCVN3_VOWEL_BYTES[r]?.[tone];
      if (byte !== undefined && byte >= 0x80) table[byte] = letter.charCodeAt(0);
    });
  });
  for (const [byte, letter] of TCVN3_OTHER_BYTES) table[byte] = letter.charCodeAt(0);
  return table;
}

// ---------------------------------------------------------------------------
// VNI (VNI-Windows, font VNI-Times)
// ---------------------------------------------------------------------------

/**
 * VNI spelling of each lower-case form in VOWEL_ROWS: a base letter and a mark
 * byte after it, except ơ (ô), ư (ö), the tones of i (ì æ ó í ò) and ỵ (î), which
 * are one byte. A capital is the same spelling in upper case ("AÙ" for Á, "Ñ" for
 * Đ). Cross-checked against xvnkb (vni.h) and VBKey (mdlCodeTable.bas).
 */
const VNI_VOWELS: readonly (readonly string[])[] = [
  ['a', 'aø', 'aû', 'aõ', 'aù', 'aï'],
  ['aê', 'aè', 'aú', 'aü', 'aé', 'aë'], // ă: breve mark ê; its tones have their own marks
  ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä'], // â: circumflex mark â; likewise
  ['e', 'eø', 'eû', 'eõ', 'eù', 'eï'],
  ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä'],
  ['i', 'ì', 'æ', 'ó', 'í', 'ò'], // i with a tone is a single byte
  ['o', 'oø', 'oû', 'oõ', 'où', 'oï'],
  ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä'],
  ['ô', 'ôø', 'ôû', 'ôõ', 'ôù', 'ôï'], // ơ is the single byte ô (not the ô of Unicode)
  ['u', 'uø', 'uû', 'uõ', 'uù', 'uï'],
  ['ö', 'öø', 'öû', 'öõ', 'öù', 'öï'], // ư is the single byte ö
  ['y', 'yø', 'yû', 'yõ', 'yù', 'î'], // ỵ is the single byte î
];
const VNI_D_BAR = 'ñ';

/** One-byte VNI letters: code point → code unit of the Unicode letter (0: none). */
const VNI_SINGLE = new Uint16Array(256);
/** Two-byte VNI letters: base code point → mark code point → code unit of the Unicode letter. */
const VNI_PAIR = new Map<number, Map<number, number>>();

function addVni(spelling: string, letter: string): void {
  const unit = letter.charCodeAt(0);
  if (spelling.length === 1) {
    if (spelling.charCodeAt(0) >= 0x80) VNI_SINGLE[spelling.charCodeAt(0)] = unit;
    return;
  }
  const base = spelling.charCodeAt(0);
  const marks = VNI_PAIR.get(base) ?? new Map<number, number>();
  marks.set(spelling.charCodeAt(1), unit);
  VNI_PAIR.set(base, marks);
}

VOWEL_ROWS.forEach((row, r) => {
  row.forEach((letter, tone) => {
    const spelling = VNI_VOWELS[r]?.[tone];
    if (spelling === undefined) return;
    addVni(spelling, letter);
    addVni(spelling.toUpperCase(), letter.toUpperCase());
  });
});
addVni(VNI_D_BAR, 'đ');
addVni(VNI_D_BAR.toUpperCase(), 'Đ');

// ---------------------------------------------------------------------------
// Conversion
// ---------------------------------------------------------------------------

/**
 * Converts text typed in a legacy font encoding (read as Latin-1/Windows-1252
 * characters, which is how Word and Windows show those bytes) to NFC Unicode.
 * Characters the table does not know (ASCII, punctuation) pass through unchanged.
 */
export function convertLegacyFont(text: string, font: LegacyFont): string {
  if (font === 'vni') return convertVni(text).normalize('NFC');
  const units = tcvn3Units(text);
  restoreTcvn3Capitals(units);
  return fromCodeUnits(units, units.length).normalize('NFC');
}

/** TCVN3 → Unicode code units: each letter is one code unit in both. */
function tcvn3Units(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const letter = code < 0x100 ? (TCVN3_TO_UNICODE[code] ?? 0) : 0;
    out[i] = letter === 0 ? code : letter;
  }
  return out;
}

function convertTcvn3(text: string): string {
  const units = tcvn3Units(text);
  return fromCodeUnits(units, units.length);
}

function convertVni(text: string): string {
  const out = new Uint16Array(text.length);
  let length = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // A mark byte always follows its base, so look at the pair before the single byte.
    const pair = VNI_PAIR.get(code)?.get(text.charCodeAt(i + 1));
    const single = code < 0x100 ? (VNI_SINGLE[code] ?? 0) : 0;
    out[length++] = pair ?? (single === 0 ? code : single);
    i += pair === undefined ? 1 : 2;
  }
  return fromCodeUnits(out, length);
}

/**
 * Code units → string through TextDecoder, far faster than String.fromCharCode on
 * megabytes. A Uint16Array is in the platform's byte order, so decode with that.
 */
const PLATFORM_UTF16 = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be';

function fromCodeUnits(units: Uint16Array, length: number): string {
  return decoder(PLATFORM_UTF16).decode(units.subarray(0, length));
}

// ---------------------------------------------------------------------------
// TCVN3 capitals (.VnTimeH)
// ---------------------------------------------------------------------------

interface WordCase {
  /** Where the token sits in its line. */
  start: number;
  end: number;
  /** Letters that carry their case: ASCII letters and the Vietnamese capitals. */
  upper: number;
  lower: number;
  /** Lower-case Vietnamese letters: in .VnTimeH they were drawn as capitals. */
  ambiguous: number;
  /** False when the token holds digits or inner punctuation ("19/KH-BC§138/CP"). */
  isWord: boolean;
}

/**
 * TCVN3 (VN3) has no code for a capital with a tone. Typists got one from .VnTimeH,
 * a font that draws the lower-case code points as capitals, used for headings and
 * for the single capital letter of a sentence ("Ủy ban", "Ở"). Plain text loses the
 * font, so after conversion "CéNG HßA" reads "CộNG HòA" and "ñy ban" reads "ủy ban".
 * This restores the capitals, in place, where the text says where they were:
 * - in a word, or a whole line, otherwise written in capitals ("CỘNG HÒA");
 * - the first letter of a sentence, when it carries a tone ("Ủy ban" at the start
 *   of a line, after list markers such as "-" or "a)", or after '.', '!', '?').
 * What it cannot see stays lower case: a capital with a tone inside a sentence
 * ("tỉnh Ấn"), a heading typed wholly in lower-case code points under .VnTimeH; and
 * a hard-wrapped line that continues a sentence gets a capital it should not have.
 */
function restoreTcvn3Capitals(units: Uint16Array): void {
  let lineStart = 0;
  while (lineStart < units.length) {
    let lineEnd = units.indexOf(0x0a, lineStart);
    if (lineEnd < 0) lineEnd = units.length;
    if (hasVietnameseLower(units, lineStart, lineEnd)) restoreLineCapitals(units, lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
}

function hasVietnameseLower(units: Uint16Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (upperOf(units[i] ?? 0) !== 0) return true;
  }
  return false;
}

function restoreLineCapitals(units: Uint16Array, start: number, end: number): void {
  const tokens = tokensOf(units, start, end);
  const words = tokens.filter((t) => t.isWord);
  const line: LineContext = {
    units,
    tokens,
    inCapitals: words.every((t) => t.lower === 0) && words.some(isInCapitals),
    firstContent: tokens.findIndex((t) => !isListMarker(units, t)),
  };
  tokens.forEach((token, index) => restoreToken(line, index));
}

interface LineContext {
  units: Uint16Array;
  tokens: readonly WordCase[];
  /** Every word is in capitals: a heading. */
  inCapitals: boolean;
  /** Index of the first token after the list markers ("-", "1.", "a)", "II."). */
  firstContent: number;
}

/** "-", "+", "•", "1.", "2.1.", "a)", "đ)", "(1)", "II." and the like. */
const LIST_MARKER = /^(?:[-+*•–—]|\(?(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)])$/;
const LIST_MARKER_MAX = 12;
const SENTENCE_END = new Set([0x2e, 0x21, 0x3f]); // . ! ?

function isListMarker(units: Uint16Array, token: WordCase): boolean {
  if (token.end - token.start > LIST_MARKER_MAX) return false;
  return LIST_MARKER.test(String.fromCharCode(...units.subarray(token.start, token.end)));
}

/** Puts back the capitals of one token, when the line says it had them. */
function restoreToken(line: LineContext, index: number): void {
  const token = line.tokens[index];
  if (token === undefined || !token.isWord || token.ambiguous === 0) return;
  if (token.lower === 0) {
    const between = isInCapitals(line.tokens[index - 1]) && isInCapitals(line.tokens[index + 1]);
    if (isInCapitals(token) || line.inCapitals || between) {
      upperCaseRange(line.units, token.start, token.end);
      return;
    }
  }
  const previous = line.tokens[index - 1];
  const afterSentence = previous !== undefined && SENTENCE_END.has(line.units[previous.end - 1] ?? 0);
  if (index === line.firstContent || afterSentence) capitaliseTonedInitial(line.units, token);
}

function upperCaseRange(units: Uint16Array, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const upper = upperOf(units[i] ?? 0);
    if (upper !== 0) units[i] = upper;
  }
}

/** Upper-cases the first letter of the token when it is a vowel with a tone. */
function capitaliseTonedInitial(units: Uint16Array, token: WordCase): void {
  for (let i = token.start; i < token.end; i++) {
    const code = units[i] ?? 0;
    if (letterKind(code) === null) continue;
    if (TONED_LOWER.has(code)) upperCaseRange(units, i, i + 1);
    return;
  }
}

/** Two or more letters that carry a case, all capitals: "HßA", "NH¢N" but not "Bé". */
function isInCapitals(token: WordCase | undefined): boolean {
  return token !== undefined && token.isWord && token.upper >= 2 && token.lower === 0;
}

/** The whitespace-separated tokens of units[start, end), with their case counts. */
function tokensOf(units: Uint16Array, start: number, end: number): WordCase[] {
  const tokens: WordCase[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(units[i] ?? 0)) i++;
    if (i >= end) break;
    let j = i;
    while (j < end && !isSpace(units[j] ?? 0)) j++;
    tokens.push(caseOf(units, i, j));
    i = j;
  }
  return tokens;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0c || code === 0x0b || code === 0x0d;
}

function caseOf(units: Uint16Array, start: number, end: number): WordCase {
  const token: WordCase = { start, end, upper: 0, lower: 0, ambiguous: 0, isWord: false };
  let letters = 0;
  let endedAt = -1;
  for (let i = start; i < end; i++) {
    const kind = letterKind(units[i] ?? 0);
    if (kind === null) {
      if (letters > 0 && endedAt < 0) endedAt = i;
      continue;
    }
    // A letter after punctuation that followed letters: "KH-BC", "19/KH" are not words.
    if (endedAt >= 0) return token;
    letters++;
    token[kind]++;
  }
  token.isWord = letters > 0;
  return token;
}

function letterKind(code: number): 'upper' | 'lower' | 'ambiguous' | null {
  if (code >= 0x41 && code <= 0x5a) return 'upper';
  if (code >= 0x61 && code <= 0x7a) return 'lower';
  if (code < 0x80 || code >= LETTER_TABLE_SIZE) return null;
  if (UPPER_OF[code] !== 0) return 'ambiguous';
  return IS_UPPER_LETTER[code] === 1 ? 'upper' : null;
}

// ---------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------

/** A legacy font is reported only when at least this many words become Vietnamese. */
const MIN_CONVERTED_WORDS = 5;
/** Share of the non-ASCII words that must be Vietnamese syllables after conversion. */
const MIN_CONVERTED_SHARE = 0.6;
/** How much that share must rise over the text as it stands. */
const MIN_SHARE_GAIN = 0.25;
/** Detection reads at most three windows of this many characters. */
const SAMPLE_WINDOW = 65_536;

const LEGACY_FONTS: readonly LegacyFont[] = ['tcvn3', 'vni'];

/**
 * Says whether text (Unicode, as Word or Windows shows legacy bytes) was typed in a
 * legacy Vietnamese font encoding. Null unless the evidence is strong: enough words
 * that are not Vietnamese as they stand and become Vietnamese syllables once
 * converted. Normal Unicode Vietnamese, English and a stray '©' give null.
 */
export function detectLegacyFont(text: string): LegacyFont | null {
  return pickLegacyFont(text, text);
}

/** `view` is the text as legacy bytes read as Latin-1; `baseline` is the best normal reading. */
function pickLegacyFont(view: string, baseline: string): LegacyFont | null {
  const viewSample = sampleOf(view);
  const base = scoreVietnamese(sampleOf(baseline).normalize('NFC'));
  let best: { font: LegacyFont; score: Score } | null = null;
  for (const font of LEGACY_FONTS) {
    const raw = font === 'vni' ? convertVni(viewSample) : convertTcvn3(viewSample);
    const score = scoreVietnamese(raw.normalize('NFC'));
    if (best === null || share(score) > share(best.score)) best = { font, score };
  }
  if (best === null) return null;
  const { score } = best;
  const strong =
    score.valid >= MIN_CONVERTED_WORDS &&
    share(score) >= MIN_CONVERTED_SHARE &&
    share(score) - share(base) >= MIN_SHARE_GAIN;
  return strong ? best.font : null;
}

function sampleOf(text: string): string {
  if (text.length <= 3 * SAMPLE_WINDOW) return text;
  const middle = Math.floor(text.length / 2 - SAMPLE_WINDOW / 2);
  return [
    text.slice(0, SAMPLE_WINDOW),
    text.slice(middle, middle + SAMPLE_WINDOW),
    text.slice(text.length - SAMPLE_WINDOW),
  ].join('\n');
}

interface Score {
  /** Words holding at least one non-ASCII character: the only ones a conversion changes. */
  words: number;
  /** Of those, the ones that are well-formed Vietnamese syllables. */
  valid: number;
}

function share(score: Score): number {
  return score.words === 0 ? 0 : score.valid / score.words;
}

function scoreVietnamese(text: string): Score {
  const score: Score = { words: 0, valid: 0 };
  let start = -1;
  let nonAscii = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (!isWordSeparator(code)) {
      if (start < 0) start = i;
      if (code >= 0x80) nonAscii = true;
      continue;
    }
    if (start >= 0 && nonAscii) {
      score.words++;
      if (isVietnameseSyllable(text.slice(start, i))) score.valid++;
    }
    start = -1;
    nonAscii = false;
  }
  return score;
}

/**
 * Separators are ASCII non-letters and Unicode spaces and punctuation. Every other
 * character stays inside a word, so Latin-1 symbols that TCVN3 uses as letters
 * ('«' for ô, '¬' for ơ, the soft hyphen for ư) stay in the word they belong to.
 */
function isWordSeparator(code: number): boolean {
  if (code < 0x80) return !((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a));
  return code === 0xa0 || (code >= 0x2000 && code <= 0x206f) || code === 0x3000 || code === 0xfeff;
}

const CONSONANTS = new Set('bcdđghklmnpqrstvx');
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu', ...'bcdđghklmnprstvx', ''];
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
/** Vowel groups of Vietnamese syllables, without tones. */
const NUCLEI = new Set(
  [
    'a ă â e ê i o ô ơ u ư y',
    'ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê',
    'iêu yêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu',
  ]
    .join(' ')
    .split(' '),
);

/** True for a well-formed Vietnamese syllable: onset, vowel group, coda, at most one tone. */
function isVietnameseSyllable(word: string): boolean {
  if (word.length > 8) return false;
  let toneless = '';
  let tones = 0;
  for (const char of word.toLowerCase()) {
    const vowel = TONE_OF.get(char);
    if (vowel !== undefined) {
      toneless += vowel.base;
      if (vowel.tone > 0) tones++;
    } else if (CONSONANTS.has(char)) {
      toneless += char;
    } else {
      return false;
    }
  }
  return tones <= 1 && ONSETS.some((onset) => toneless.startsWith(onset) && fitsRime(toneless.slice(onset.length)));
}

function fitsRime(rime: string): boolean {
  let end = 0;
  while (end < rime.length && TONE_OF.has(rime.charAt(end))) end++;
  return NUCLEI.has(rime.slice(0, end)) && CODAS.has(rime.slice(end));
}

// ---------------------------------------------------------------------------
// Bytes → text
// ---------------------------------------------------------------------------

const NOTICE_TCVN3 =
  'Văn bản được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime); đã chuyển sang Unicode. ' +
  'Hãy soát lại các chữ in hoa có dấu (phông .VnTimeH).';
const NOTICE_VNI = 'Văn bản được gõ bằng bảng mã VNI (phông VNI-Times); đã chuyển sang Unicode.';
const NOTICE_1258 = 'Tệp không lưu ở dạng Unicode (UTF-8) mà ở bảng mã Windows-1258; đã chuyển sang Unicode.';

const MESSAGE_EMPTY = 'Tệp rỗng, không có nội dung để nhận dạng.';
const MESSAGE_BINARY = 'Tệp không phải văn bản (có thể là tệp nhị phân hoặc bị hỏng).';

/** Files that are not plain text but are often picked by mistake, by their first bytes. */
const SIGNATURES: readonly { bytes: readonly number[]; message: string }[] = [
  {
    bytes: [0x25, 0x50, 0x44, 0x46], // %PDF
    message: 'Tệp này là PDF, không phải văn bản thuần. Hãy mở tệp gốc (.docx) hoặc sao chép nội dung rồi dán vào.',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0], // OLE compound file: .doc, .xls of Office 97–2003
    message:
      'Tệp này là tài liệu Word/Excel định dạng cũ (.doc, .xls), không phải văn bản thuần. ' +
      'Hãy mở bằng Word, chọn Lưu thành (Save As) định dạng .docx rồi nhập lại, hoặc sao chép nội dung rồi dán vào.',
  },
  ...[
    [0x50, 0x4b, 0x03, 0x04], // PK: ZIP, and so .docx, .xlsx
    [0x50, 0x4b, 0x05, 0x06], // an empty ZIP
    [0x50, 0x4b, 0x07, 0x08], // a spanned ZIP
  ].map((bytes) => ({
    bytes,
    message:
      'Tệp này là tệp nén ZIP (tệp Word .docx, Excel .xlsx cũng có dạng này), không phải văn bản thuần. ' +
      'Hãy chọn đúng tệp văn bản, hoặc mở tệp bằng Word rồi sao chép nội dung và dán vào.',
  })),
  {
    bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf: text, but full of control words
    message:
      'Tệp này là RTF, không phải văn bản thuần. Hãy mở bằng Word, chọn Lưu thành (Save As) định dạng .docx ' +
      'hoặc Plain Text (.txt, Unicode UTF-8) rồi nhập lại, hoặc sao chép nội dung rồi dán vào.',
  },
];

/** More than this share of control characters means the file is not text. */
const MAX_CONTROL_SHARE = 0.05;
/** UTF-16 is sniffed on at most this many bytes. */
const UTF16_SNIFF_BYTES = 65_536;

const decoders = new Map<string, TextDecoder>();

/** One decoder per encoding, made on first use. ignoreBOM: the BOM is handled here. */
function decoder(label: string, fatal = false): TextDecoder {
  const key = `${label}:${fatal}`;
  let found = decoders.get(key);
  if (found === undefined) {
    found = new TextDecoder(label, { fatal, ignoreBOM: true });
    decoders.set(key, found);
  }
  return found;
}

/**
 * Decodes an imported text file: finds the byte encoding and any legacy font
 * encoding, converts to NFC with \n line breaks. Throws AppError('INVALID_INPUT')
 * for an empty file or a file that is not text (PDF, ZIP/.docx, .doc, RTF, binary).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new AppError('INVALID_INPUT', MESSAGE_EMPTY);
  rejectKnownFormats(bytes);
  const layer = decodeBytes(bytes);
  const text = tidy(layer.text);
  rejectControlCharacters(text);
  if (text.trim() === '') throw new AppError('INVALID_INPUT', MESSAGE_EMPTY);

  const view = layer.latin1 === undefined ? text : tidy(layer.latin1);
  const legacy = pickLegacyFont(view, text);
  if (legacy !== null) {
    const notice = legacy === 'tcvn3' ? NOTICE_TCVN3 : NOTICE_VNI;
    return { text: convertLegacyFont(view, legacy), encoding: layer.encoding, legacy, notice };
  }
  const notice = layer.encoding === 'windows-1258' ? NOTICE_1258 : null;
  return { text, encoding: layer.encoding, legacy: null, notice };
}

interface ByteLayer {
  encoding: SourceEncoding;
  text: string;
  /** For a single-byte file: the bytes as Windows-1252, the view legacy fonts are read from. */
  latin1?: string;
}

function decodeBytes(bytes: Uint8Array): ByteLayer {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return unicodeLayer('utf-8', bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return unicodeLayer('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return unicodeLayer('utf-16be', bytes.subarray(2));
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) return unicodeLayer(utf16, bytes);
  // A NUL byte never occurs in text in a single-byte encoding or in UTF-8.
  if (bytes.includes(0)) throw new AppError('INVALID_INPUT', MESSAGE_BINARY);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { encoding: 'utf-8', text: utf8 };
  return {
    encoding: 'windows-1258',
    text: decoder('windows-1258').decode(bytes),
    latin1: windows1252(bytes),
  };
}

/**
 * Windows-1252 for 0x80–0x9F (the smart quotes and dashes Word types into .VnTime
 * documents); 0 marks a byte 1252 leaves undefined, kept as the C1 control.
 * Written out because Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1.
 */
// prettier-ignore
const CP1252_HIGH = new Uint16Array([
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, // 0x80
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178, // 0x90
]);

/** The bytes as Windows-1252: how Windows and Word show text typed in a legacy font. */
function windows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    const high = byte >= 0x80 && byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] ?? 0) : 0;
    units[i] = high === 0 ? byte : high;
  }
  return fromCodeUnits(units, units.length);
}

function unicodeLayer(encoding: SourceEncoding, bytes: Uint8Array): ByteLayer {
  return { encoding, text: decoder(encoding).decode(bytes) };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return decoder('utf-8', true).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * UTF-16 without a BOM: most characters of Vietnamese text (ASCII, spaces, digits,
 * Latin-1 letters) have a zero high byte, so NULs sit at every other position.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SNIFF_BYTES) / 2);
  if (pairs === 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  // The other position may hold a few zeros too (U+0300 combining marks, U+2000…);
  // a single NUL proves nothing.
  if (looksLikeUtf16(oddZeros, evenZeros, pairs)) return 'utf-16le';
  if (looksLikeUtf16(evenZeros, oddZeros, pairs)) return 'utf-16be';
  return null;
}

function looksLikeUtf16(highZeros: number, lowZeros: number, pairs: number): boolean {
  return highZeros >= 2 && highZeros >= pairs * 0.3 && lowZeros <= pairs * 0.1 && highZeros > 3 * lowZeros;
}

function rejectKnownFormats(bytes: Uint8Array): void {
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) throw new AppError('INVALID_INPUT', signature.message);
  }
}

function rejectControlCharacters(text: string): void {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Tab, line feed and form feed (a page break in old exports) are text.
    if (code === 0x09 || code === 0x0a || code === 0x0c) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) controls++;
  }
  if (controls > text.length * MAX_CONTROL_SHARE) throw new AppError('INVALID_INPUT', MESSAGE_BINARY);
}

const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
const LEADING_BOMS = /^\uFEFF+/;
const CTRL_Z = 0x1a;

function tidy(text: string): string {
  return stripTrailingCtrlZ(text).replace(LEADING_BOMS, '').replace(LINE_BREAKS, '\n').normalize('NFC');
}

/** DOS editors ended a file with Ctrl-Z; old TCVN3 files still carry it. */
function stripTrailingCtrlZ(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === CTRL_Z) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The sentence that tells the officer a text was converted from a legacy font. */
export function legacyFontNotice(font: LegacyFont): string {
  return font === 'tcvn3' ? NOTICE_TCVN3 : NOTICE_VNI;
}
