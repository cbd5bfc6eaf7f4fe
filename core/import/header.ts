/**
 * The document's identity, from its header block and preamble: number-symbol,
 * type, title (trích yếu), issuing body, place and date, signer, and the
 * documents it says it implements ("Thực hiện Kế hoạch số … ngày … của …").
 */
import { foldInPlace } from '../vietnamese';
import { findDateMentions } from './dates';
import type { CitedDocument, ParsedDocumentHeader, Span } from './types';

const DOCUMENT_TYPES = [
  'KẾ HOẠCH',
  'QUYẾT ĐỊNH',
  'CHƯƠNG TRÌNH',
  'CHỈ THỊ',
  'NGHỊ QUYẾT',
  'BÁO CÁO',
  'CÔNG VĂN',
  'HƯỚNG DẪN',
  'THÔNG BÁO',
  'ĐỀ ÁN',
  'PHƯƠNG ÁN',
];

const CITED_TYPES =
  'Kế hoạch|Quyết định|Chương trình|Chỉ thị|Nghị quyết|Công văn|Thông tư|Nghị định|Luật|Hướng dẫn|Đề án|Thông báo|Kết luận';

/** Number-symbols: `19/KH-BCĐ138/CP`, `836/KH-UBND`, `193/QĐ-TTg`, `09/2019/NĐ-CP`. */
const NUMBER_SYMBOL = String.raw`\d{1,5}(?:\/\d{4})?\/[\p{L}\d]+(?:[-.][\p{L}\d]+)*(?:\/[\p{L}\d]+(?:[-.][\p{L}\d]+)*)*`;

function titleCase(upper: string): string {
  const lower = upper.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  // Codes keep their capitals: "138/CP", "BCĐ".
  const restored = lower
    .split(' ')
    .map((word, i) => {
      const original = upper.replace(/\s+/g, ' ').trim().split(' ')[i] ?? word;
      return /[\d/]/.test(word) ? original : word;
    })
    .join(' ');
  return restored.charAt(0).toLocaleUpperCase('vi') + restored.slice(1);
}

/** Proper names in an issuing body written in capitals. */
function issuerCase(upper: string): string {
  return titleCase(upper)
    .replace(/^Ban chỉ đạo/u, 'Ban Chỉ đạo')
    .replace(/^Ủy ban nhân dân|^Uỷ ban nhân dân/u, 'Ủy ban nhân dân')
    .replace(
      /(?<![\p{L}])(tỉnh|thành phố|huyện|xã)\s+(\p{L}+(?:\s+\p{L}+)?)$/u,
      (_, unit: string, place: string) =>
        `${unit} ${place.replace(/(^|\s)\p{Ll}/gu, (c) => c.toLocaleUpperCase('vi'))}`,
    );
}

function isCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}

function firstMatch(text: string, pattern: RegExp, limit: number): RegExpExecArray | null {
  pattern.lastIndex = 0;
  const match = pattern.exec(text.slice(0, limit));
  return match;
}

/** Reads the documents cited in a sentence: type, number, date and issuer. */
export function citedDocuments(text: string, offset: number, defaultYear: number): CitedDocument[] {
  const out: CitedDocument[] = [];
  const cite = new RegExp(String.raw`(${CITED_TYPES})\s+(?:số\s+)?(${NUMBER_SYMBOL})`, 'gu');
  for (let match = cite.exec(text); match; match = cite.exec(text)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 300);
    const dated = /^\s*(?:ngày|ban hành ngày)\s+/u.exec(after);
    let issuedOn: string | null = null;
    let end = match.index + match[0].length;
    if (dated) {
      const mention = findDateMentions(after.slice(dated[0].length, dated[0].length + 40), defaultYear)[0];
      if (mention && mention.start === 0) {
        issuedOn = mention.iso;
        end += dated[0].length + mention.end;
      }
    }
    const by =
      /^\s*của\s+(.+?)(?=\s+(?:về|phê duyệt|ban hành|triển khai|thực hiện|tổng kết|như sau)(?![\p{L}])|[;,.:(]|$)/u.exec(
        text.slice(end, end + 200),
      );
    const issuer = by ? by[1]!.trim() : null;
    if (by) end += by[0].length;
    out.push({
      text: text.slice(match.index, end),
      span: { start: offset + match.index, end: offset + end },
      documentType: match[1]!,
      number: match[2]!,
      issuedOn,
      issuer,
    });
  }
  return out;
}

export function readHeader(text: string, preambleEnd: number, fallbackYear: number): ParsedDocumentHeader {
  const spans: ParsedDocumentHeader['spans'] = {};
  const head = Math.min(text.length, Math.max(preambleEnd, 200) + 200);
  const at = (start: number, length: number): Span => ({ start, end: start + length });

  let number: string | null = null;
  const numberMatch =
    firstMatch(text, new RegExp(String.raw`Số\s*:\s*(${NUMBER_SYMBOL})`, 'u'), head) ??
    firstMatch(text, new RegExp(String.raw`Số hiệu\s*:?\s*(${NUMBER_SYMBOL})`, 'u'), head);
  if (numberMatch) {
    number = numberMatch[1]!.replace(/[.,;]+$/, '');
    spans.number = at(numberMatch.index + numberMatch[0].indexOf(numberMatch[1]!), number.length);
  }

  let place: string | null = null;
  let issuedOn: string | null = null;
  const placed = firstMatch(
    text,
    /(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3}),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u,
    head,
  );
  if (placed) {
    place = placed[1]!;
    const mention = findDateMentions(placed[0].slice(placed[1]!.length), fallbackYear)[0];
    if (mention) {
      issuedOn = mention.iso;
      spans.issuedOn = at(placed.index, placed[0].length);
    }
  } else {
    const stated = firstMatch(text, /Ngày ban hành\s*:?\s*(\d{1,2}\/\d{1,2}\/\d{4})/u, head);
    const mention = stated ? findDateMentions(stated[1]!, fallbackYear)[0] : undefined;
    if (stated && mention) {
      issuedOn = mention.iso;
      spans.issuedOn = at(stated.index, stated[0].length);
    }
  }

  let issuer: string | null = null;
  // Up to the end of the line, or the next field of the same metadata block when the copy is flattened.
  const stated = firstMatch(
    text,
    /Cơ quan ban hành[ \t]*:?[ \t]*(.+?)(?=[ \t]+(?:Người ký|Lĩnh vực|Ngày|Loại văn bản|Số hiệu|Tình trạng)(?![\p{L}])|[\n|]|$)/u,
    head,
  );
  if (stated) {
    issuer = stated[1]!.trim();
    spans.issuer = at(stated.index + stated[0].indexOf(stated[1]!), stated[1]!.trim().length);
  } else {
    // The capitals above "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (or the first capitals of the page).
    // The body's name stands above the national motto and above the document type, never below them.
    const folded = foldInPlace(text.slice(0, head));
    const ends = [
      folded.indexOf('cong hoa xa hoi chu nghia viet nam'),
      new RegExp(String.raw`(?:^|[\n|])\s*(?:${DOCUMENT_TYPES.join('|')})\s*(?:[\n|]|$)`, 'u').exec(text.slice(0, head))
        ?.index ?? -1,
      preambleEnd,
      300,
    ].filter((at) => at > 0);
    const zone = text.slice(0, Math.min(...ends));
    const lines = zone
      .split(/\n|\|/)
      .map((line) => line.trim())
      .filter((line) => line && isCaps(line) && !/^-+$/.test(line));
    // The issuing body heads the page: its capital lines come first ("ỦY BAN NHÂN DÂN" / "TỈNH GIA LAI").
    const caps = lines
      .filter(
        (line) => !DOCUMENT_TYPES.includes(line) && !/^[IVXLC]+\.\s/u.test(line) && !/CỘNG HÒA|ĐỘC LẬP/u.test(line),
      )
      .slice(0, 2);
    // Two lines are one name when the second carries the place ("ỦY BAN NHÂN DÂN" / "TỈNH GIA LAI");
    // otherwise the first is the parent body and the second the issuer ("UBND TỈNH GIA LAI" / "SỞ TƯ PHÁP").
    if (caps.length === 2 && !/^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s/u.test(caps[1]!)) caps.shift();
    if (caps.length > 0) {
      const raw = caps.join(' ');
      issuer = issuerCase(raw);
      if (/^Ủy ban nhân dân$/u.test(issuer) && place) issuer = `${issuer} tỉnh ${place}`;
      const start = text.indexOf(caps[0]!);
      spans.issuer = at(start, caps.join(' ').length);
    }
  }

  let documentType: string | null = null;
  let title: string | null = null;
  const typePattern = new RegExp(String.raw`(?:^|[\n|]|\s)(${DOCUMENT_TYPES.join('|')})(?=\s)`, 'u');
  const typed = firstMatch(text, typePattern, head + 400);
  if (typed) {
    const typeStart = typed.index + typed[0].indexOf(typed[1]!);
    documentType = typed[1]!.charAt(0) + typed[1]!.slice(1).toLocaleLowerCase('vi');
    spans.documentType = at(typeStart, typed[1]!.length);
    // The title: the words in capitals that follow the type, across line breaks.
    const rest = text.slice(typeStart + typed[1]!.length, typeStart + typed[1]!.length + 600);
    const words = rest.split(/(\s+)/);
    let taken = '';
    for (const word of words) {
      if (/^\s+$/.test(word) || word === '') {
        taken += word;
        continue;
      }
      if (!isCaps(word) && !/^[\d\-–,.:;()/]+$/.test(word)) break;
      taken += word;
    }
    const clean = taken.trim().replace(/[\s,;:]+$/, '');
    if (clean.length >= 6) {
      title = titleCase(clean);
      const titleStart = typeStart + typed[1]!.length + rest.indexOf(clean.split(/\s/)[0]!);
      spans.title = at(titleStart, clean.length);
    } else {
      // Decree 30/2020 sets the trích yếu in bold lower case on the line under the type: take that line,
      // unless it is the preamble citing what the plan implements.
      const line = /^[ \t]*\n[ \t]*([^\n]{6,250})/u.exec(rest);
      const cites = new RegExp(String.raw`^(?:Thực hiện|Căn cứ|Triển khai)\s+(?:${CITED_TYPES})\s`, 'u');
      if (line && !cites.test(line[1]!) && !isCaps(line[1]!)) {
        const found = line[1]!.trim().replace(/[\s,;:]+$/, '');
        title = found.charAt(0).toLocaleUpperCase('vi') + found.slice(1);
        spans.title = at(typeStart + typed[1]!.length + line[0].indexOf(line[1]!), found.length);
      }
    }
  }

  let signer: string | null = null;
  const signed = firstMatch(
    text,
    /Người ký[ \t]*:?[ \t]*(\p{Lu}\p{Ll}+(?:[ \t](?!Lĩnh vực|Ngày|Loại|Số|Cơ quan|Tình trạng)\p{Lu}\p{Ll}*){1,4})/u,
    head,
  );
  if (signed) {
    signer = signed[1]!;
    spans.signer = at(signed.index + signed[0].indexOf(signer), signer.length);
  } else {
    // After "TM. …", "KT. …", "CHỦ TỊCH", "TRƯỞNG BAN": the first line that is a person's name.
    const block = /(?:^|\n)\s*(?:TM\.|KT\.|Q\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|GIÁM ĐỐC)[^\n]*\n/gu;
    for (let match = block.exec(text); match; match = block.exec(text)) {
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 300);
      const name = /^(?:[^\n]*\n){0,4}?[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}*){1,4})[ \t]*(?:\n|$)/u.exec(after);
      if (name) {
        signer = name[1]!;
        spans.signer = at(match.index + match[0].length + name[0].indexOf(signer), signer.length);
        break;
      }
    }
  }

  // "Thực hiện Kế hoạch số …", "Căn cứ Quyết định số …" in the preamble: what this plan implements.
  const preamble = text.slice(0, preambleEnd);
  const opener = new RegExp(String.raw`(?:Thực hiện|Căn cứ|Triển khai)\s+(?=(?:${CITED_TYPES})\s)`, 'gu');
  const cited: CitedDocument[] = [];
  for (let match = opener.exec(preamble); match; match = opener.exec(preamble)) {
    const from = match.index + match[0].length;
    const sentenceEnd = preamble.slice(from).search(/[\n]|[.;:](?:\s|$)/);
    const sentence = preamble.slice(from, sentenceEnd < 0 ? Math.min(preamble.length, from + 500) : from + sentenceEnd);
    cited.push(...citedDocuments(sentence, from, fallbackYear));
  }

  return { number, documentType, title, issuer, place, issuedOn, signer, implements: cited, spans };
}
