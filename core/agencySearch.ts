/**
 * Finding an agency by what an officer types, the same way in every picker, the directory query and the CLI.
 *
 * Matching is by words, never by loose substrings: "cong an" once matched "Tỉnh Đoàn" because its alias
 * "Đoàn Thanh niên Cộng sản …" holds "cong" as a word and "an" inside "doan" and "thanh". Each typed word must
 * start a word of a name. The matches are then ranked so the first one, the one Enter picks, is the agency the
 * officer meant: "tinh doan" is Tỉnh Đoàn itself, not "Liên đoàn Lao động tỉnh" that merely holds both words.
 */
import type { AgencyInput } from './agency';
import { compareVietnamese, foldedWords } from './vietnamese';

export type AgencyNames = Pick<AgencyInput, 'name' | 'shortName'> & { aliases: readonly string[] };

/** How a query matched, best first. */
export const AGENCY_MATCH_TIERS = [
  /** The query is a name, folded: "so tu phap" for "Sở Tư pháp". */
  'exact',
  /** A name starts with the query, the last word maybe half typed: "tinh do" for "Tỉnh Đoàn". */
  'prefix',
  /** The query's words are whole words of one name, in order (the last one maybe half typed). */
  'wordsInOrder',
  /** Each query word starts a different word of one name, in any order. */
  'wordPrefixes',
  /** Each query word starts a word of some name of the agency, the words spread over its name and aliases. */
  'acrossNames',
] as const;

export type AgencyMatchTier = (typeof AGENCY_MATCH_TIERS)[number];

interface FoldedName {
  words: readonly string[];
  /** An alias ranks after the name and short name within a tier: the name is what the picker shows. */
  alias: boolean;
}

/** An agency's names folded and cut into words once, so a list is not folded again at every keystroke. */
export interface AgencySearchKey {
  names: readonly FoldedName[];
}

export function agencySearchKey(agency: AgencyNames): AgencySearchKey {
  const names: FoldedName[] = [{ words: foldedWords(agency.name), alias: false }];
  if (agency.shortName) names.push({ words: foldedWords(agency.shortName), alias: false });
  for (const alias of agency.aliases) names.push({ words: foldedWords(alias), alias: true });
  return { names: names.filter((name) => name.words.length > 0) };
}

function isExact(query: readonly string[], words: readonly string[]): boolean {
  return query.length === words.length && query.every((word, i) => word === words[i]);
}

function isPrefix(query: readonly string[], words: readonly string[]): boolean {
  if (query.length > words.length) return false;
  const last = query.length - 1;
  return query.every((word, i) => (i === last ? words[i]!.startsWith(word) : word === words[i]));
}

function isWordsInOrder(query: readonly string[], words: readonly string[]): boolean {
  const last = query.length - 1;
  let at = 0;
  for (let i = 0; i < query.length; i++) {
    const word = query[i]!;
    while (at < words.length && !(i === last ? words[at]!.startsWith(word) : words[at] === word)) at++;
    if (at === words.length) return false;
    at++;
  }
  return true;
}

/**
 * Each query word takes a word of its own. Longest first is enough: two query words either share no candidate
 * word or one is a prefix of the other, and then the longer one's candidates are among the shorter one's.
 */
function isWordPrefixes(longestFirst: readonly string[], words: readonly string[]): boolean {
  const taken = new Array<boolean>(words.length).fill(false);
  return longestFirst.every((word) => {
    const at = words.findIndex((candidate, i) => !taken[i] && candidate.startsWith(word));
    if (at < 0) return false;
    taken[at] = true;
    return true;
  });
}

interface ParsedQuery {
  words: string[];
  longestFirst: string[];
}

// A picker ranks the same query against every option, many times while sorting: fold it once.
let lastQuery: { text: string; parsed: ParsedQuery } | null = null;

function parseQuery(text: string): ParsedQuery {
  if (lastQuery?.text === text) return lastQuery.parsed;
  const words = foldedWords(text);
  const parsed = { words, longestFirst: [...words].sort((a, b) => b.length - a.length) };
  lastQuery = { text, parsed };
  return parsed;
}

function tierOf(query: ParsedQuery, words: readonly string[]): number | null {
  if (isExact(query.words, words)) return 0;
  if (isPrefix(query.words, words)) return 1;
  if (isWordsInOrder(query.words, words)) return 2;
  if (isWordPrefixes(query.longestFirst, words)) return 3;
  return null;
}

/**
 * Lower is better, null when the agency does not match; a query with no words matches everything equally.
 * Tier first (AGENCY_MATCH_TIERS), then a name or short name before an alias.
 */
export function agencyMatchRank(key: AgencySearchKey, query: string): number | null {
  const parsed = parseQuery(query);
  if (parsed.words.length === 0) return 0;
  let best: number | null = null;
  for (const name of key.names) {
    const tier = tierOf(parsed, name.words);
    if (tier === null) continue;
    const rank = tier * 2 + (name.alias ? 1 : 0);
    if (best === null || rank < best) best = rank;
  }
  if (best !== null) return best;
  const spread = parsed.words.every((word) =>
    key.names.some((name) => name.words.some((candidate) => candidate.startsWith(word))),
  );
  return spread ? AGENCY_MATCH_TIERS.indexOf('acrossNames') * 2 : null;
}

export function tierOfRank(rank: number): AgencyMatchTier {
  return AGENCY_MATCH_TIERS[Math.floor(rank / 2)]!;
}

/** Best first, then by rank ties in the Vietnamese order of `label`; either side may be a non-match (null). */
export function compareMatches(
  a: { rank: number | null; label: string },
  b: { rank: number | null; label: string },
): number {
  if (a.rank !== b.rank) {
    if (a.rank === null) return 1;
    if (b.rank === null) return -1;
    return a.rank - b.rank;
  }
  return compareVietnamese(a.label, b.label);
}

export interface AgencyMatch<T> {
  agency: T;
  rank: number;
  tier: AgencyMatchTier;
}

/** The agencies the query matches, best first; ties in the Vietnamese order of their names. */
export function matchAgencies<T extends AgencyNames>(agencies: readonly T[], query: string): AgencyMatch<T>[] {
  const matches: AgencyMatch<T>[] = [];
  for (const agency of agencies) {
    const rank = agencyMatchRank(agencySearchKey(agency), query);
    if (rank !== null) matches.push({ agency, rank, tier: tierOfRank(rank) });
  }
  return matches.sort((a, b) =>
    compareMatches({ rank: a.rank, label: a.agency.name }, { rank: b.rank, label: b.agency.name }),
  );
}

export function searchAgencies<T extends AgencyNames>(agencies: readonly T[], query: string): T[] {
  return matchAgencies(agencies, query).map((match) => match.agency);
}
