/**
 * Finds agencies in a document's text: by name, short name and every alias in
 * the directory, with or without diacritics, longest match first. Agencies
 * written in a form the directory does not know are recognised by how agency
 * names start (Sở, Bộ, Ủy ban, Hội …) and proposed as new entries.
 */
import type { AgencyKind } from '../agency';
import { foldVietnamese } from '../vietnamese';
import type { DirectoryEntry } from './types';

export interface AgencyMatch {
  entry: DirectoryEntry;
  /** Offsets in the searched text. */
  start: number;
  end: number;
  /** 1 when written exactly like a directory form (case aside), lower when only the unaccented letters agree. */
  confidence: number;
}

interface Form {
  entry: DirectoryEntry;
  words: string[];
  /** Lower-cased, accents kept: an exact match is trusted more than a folded one. */
  exact: string;
}

const WORD = /[\p{L}\p{N}&]+/gu;

interface Token {
  folded: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    out.push({ folded: foldVietnamese(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return out;
}

function normaliseExact(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

/**
 * Words that open an agency's name in Vietnamese administrative writing, with the kind they suggest.
 * (JavaScript's \b knows only ASCII letters, even with the u flag, so "xã\b" never matches: words on
 * unfolded Vietnamese text end with (?![\p{L}\p{N}]) instead.)
 */
const AGENCY_HEADS: Array<[RegExp, AgencyKind]> = [
  [/^(bộ chỉ huy|bộ đội|cảnh sát|công an|quân khu|bộ tư lệnh)(?![\p{L}\p{N}])/u, 'armed_force'],
  [/^(viện kiểm sát|tòa án|toà án|vksnd|tand)(?![\p{L}\p{N}])/u, 'judicial'],
  [
    /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+(huyện|thị xã|thành phố|xã|phường|thị trấn|quận)(?![\p{L}\p{N}])/u,
    'local_government',
  ],
  [/^(hội|đoàn|liên đoàn|mặt trận|ủy ban mặt trận|tỉnh đoàn|thành đoàn)(?![\p{L}\p{N}])/u, 'mass_organisation'],
  [/^(bộ|tổng cục|trung ương|tw|ủy ban dân tộc|văn phòng chính phủ|thông tấn xã)(?![\p{L}\p{N}])/u, 'central'],
  [
    /^(sở|ban|chi cục|cục|thanh tra|văn phòng|trung tâm|phòng|đài|báo|kho bạc|ngân hàng|bảo hiểm|trường|tổng công ty|ủy ban|uỷ ban)(?![\p{L}\p{N}])/u,
    'department',
  ],
];

/** The kind an unknown agency name suggests, or null when it does not read like an agency (names are capitalised). */
export function guessAgencyKind(name: string): AgencyKind | null {
  const trimmed = name.trim();
  if (!/^\p{Lu}/u.test(trimmed)) return null;
  const lower = trimmed.toLowerCase();
  for (const [pattern, kind] of AGENCY_HEADS) if (pattern.test(lower)) return kind;
  return null;
}

export class AgencyMatcher {
  private readonly byFirstWord = new Map<string, Form[]>();

  constructor(directory: readonly DirectoryEntry[]) {
    for (const entry of directory) {
      const names = new Set([entry.name, entry.shortName ?? '', ...entry.aliases].filter((name) => name.trim()));
      for (const name of names) {
        const words = tokens(name).map((token) => token.folded);
        if (words.length === 0) continue;
        const form: Form = { entry, words, exact: normaliseExact(name) };
        const list = this.byFirstWord.get(words[0]!) ?? [];
        list.push(form);
        this.byFirstWord.set(words[0]!, list);
      }
    }
    // Longest form first, and an active agency before a merged one of the same form.
    for (const list of this.byFirstWord.values()) {
      list.sort((a, b) => b.words.length - a.words.length || Number(b.entry.active) - Number(a.entry.active));
    }
  }

  /**
   * Every agency named in `text`, left to right, without overlaps. In free text
   * (`strict`) a match must keep its accents and start with a capital, so that
   * "thông báo tình hình" is not read as "Báo tỉnh"; in a list of implementers
   * an unaccented match is accepted with a lower confidence.
   */
  findAll(text: string, strict: boolean): AgencyMatch[] {
    const words = tokens(text);
    const found: AgencyMatch[] = [];
    for (let i = 0; i < words.length;) {
      const match = this.matchAt(text, words, i, strict);
      if (match) {
        found.push(match.match);
        i += match.length;
      } else {
        i++;
      }
    }
    return found;
  }

  /** The agency a whole phrase names (a list item like "Sở LĐ-TB&XH" or "Tòa án nhân dân tỉnh"). */
  matchPhrase(phrase: string): AgencyMatch | null {
    const words = tokens(phrase);
    if (words.length === 0) return null;
    const match = this.matchAt(phrase, words, 0, false);
    if (!match) return null;
    // Trailing words the directory form lacks ("Sở Tư pháp tỉnh") lower the confidence a little.
    const extra = words.length - match.length;
    return extra === 0
      ? match.match
      : { ...match.match, end: words.at(-1)!.end, confidence: match.match.confidence - Math.min(0.3, 0.1 * extra) };
  }

  private matchAt(
    text: string,
    words: Token[],
    index: number,
    strict: boolean,
  ): { match: AgencyMatch; length: number } | null {
    const candidates = this.byFirstWord.get(words[index]!.folded);
    if (!candidates) return null;
    for (const form of candidates) {
      if (index + form.words.length > words.length) continue;
      let same = true;
      for (let k = 1; k < form.words.length; k++) {
        if (words[index + k]!.folded !== form.words[k]) {
          same = false;
          break;
        }
      }
      if (!same) continue;
      const start = words[index]!.start;
      const end = words[index + form.words.length - 1]!.end;
      const written = text.slice(start, end);
      const exact = normaliseExact(written) === form.exact;
      if (strict && (!exact || !/^[\p{Lu}\d]/u.test(written))) continue;
      return { match: { entry: form.entry, start, end, confidence: exact ? 1 : 0.75 }, length: form.words.length };
    }
    return null;
  }
}
