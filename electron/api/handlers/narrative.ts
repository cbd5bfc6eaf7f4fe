/**
 * The province's consolidated report (docs/narrative.md): reading each source's report, placing its sections,
 * the office's text, the settings, and "Xuất báo cáo tổng hợp". The work is in core/narrative and db/; here the
 * channels are wired to it and the documents read and written.
 */
import { invalidInput } from '../../../core/errors';
import { matchToOutline, splitByHeadings } from '../../../core/narrative/outlineMatch';
import { proposedFiguresHeadings, proposedHeader } from '../../../core/narrative/reportDefaults';
import type { NarrativeOrigin } from '../../../core/narrative/sections';
import { vietnamDate } from '../../../core/reminders';
import { getAgency, listAgencies } from '../../../db/agencies';
import { formContext } from '../../../db/figureForms';
import { sha256 } from '../../../db/fileStore';
import {
  placedSections,
  placeSection,
  replaceSourceSections,
  reportTextsOf,
  saveReportSettings,
  saveReportText,
  sourceReadings,
  storedReportSettings,
} from '../../../db/narrative';
import type { AppDb, Store } from '../../../db/open';
import { assembleProvinceReport, requestDraft, sourceOrder } from '../../../db/provinceReport';
import { getRequest } from '../../../db/requests';
import { getSetting } from '../../../db/settings';
import { listSubmissions, submissionFile } from '../../../db/submissions';
import type {
  LetterTemplate,
  NarrativeSource,
  NarrativeSplit,
  NarrativeWorkspace,
  ParsedInput,
  ReportSettings,
} from '../contract';
import { provinceReportDocx } from '../export/provinceReport';
import { reportAnnexXlsx } from '../export/reportAnnex';
import { DEFAULT_LETTER_TEMPLATE } from '../export/reminderLetter';
import { readPastedReport, readReportDocument, type ReadReport } from '../import/readReportDocument';
import { exportFileName } from './matrix';
import { LETTER_KEY } from './reports';
import type { HandlerMap } from './types';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The register's files "Đọc báo cáo" can read. */
const READABLE = /\.(docx|txt)$/iu;

function reportSettings(db: AppDb, requestId: number): ReportSettings {
  const stored = storedReportSettings<ReportSettings['header']>(db, requestId);
  if (stored) return { ...stored, saved: true };
  const request = getRequest(db, requestId);
  const letter = getSetting<LetterTemplate>(db, LETTER_KEY, DEFAULT_LETTER_TEMPLATE);
  return {
    header: proposedHeader(request.title, letter),
    figuresHeadings: proposedFiguresHeadings(request.outline),
    excludedIndicators: [],
    saved: false,
  };
}

function sources(db: AppDb, requestId: number): NarrativeSource[] {
  const names = new Map(listAgencies(db).map((agency) => [agency.id, agency.name]));
  const readings = new Map(sourceReadings(db, requestId).map((reading) => [reading.agencyId, reading]));
  const files = new Map<number, NarrativeSource['files']>();
  for (const submission of listSubmissions(db, { requestId })) {
    for (const file of submission.files) {
      if (!READABLE.test(file.fileName)) continue;
      const own = files.get(submission.agencyId) ?? [];
      own.unshift({
        submissionId: submission.id,
        fileId: file.id,
        fileName: file.fileName,
        receivedOn: submission.receivedOn,
        version: submission.version,
      });
      files.set(submission.agencyId, own);
    }
  }
  return sourceOrder(db, requestId).map((agencyId) => {
    const reading = readings.get(agencyId);
    return {
      agencyId,
      agency: names.get(agencyId) ?? '',
      reading: reading ? { origin: reading.origin, fileName: reading.fileName, readAt: reading.readAt } : null,
      files: files.get(agencyId) ?? [],
    };
  });
}

function workspace(db: AppDb, requestId: number): NarrativeWorkspace {
  const request = getRequest(db, requestId);
  const agencyOf = new Map(placedSections(db, requestId).map((section) => [section.sectionUuid, section.agency]));
  const context = formContext(db, requestId);
  return {
    request: { id: request.id, uuid: request.uuid, title: request.title, outline: request.outline },
    draft: requestDraft(db, requestId),
    texts: reportTextsOf(db, requestId).map((text) => ({
      outlineIndex: text.outlineIndex,
      body: text.body,
      taken: text.taken.map((item) => ({ ...item, agency: agencyOf.get(item.sectionUuid) ?? null })),
      updatedAt: text.updatedAt,
      headingChanged: request.outline[text.outlineIndex] !== text.heading,
    })),
    sources: sources(db, requestId),
    settings: reportSettings(db, requestId),
    indicators: context.saved
      ? context.indicators.map((indicator) => ({
          code: indicator.code,
          name: indicator.name,
          computed: indicator.computed,
        }))
      : [],
  };
}

interface Reading extends ReadReport {
  origin: NarrativeOrigin;
  fileName: string | null;
  fileSha256: string | null;
}

async function readSource(store: Store, input: ParsedInput<'narrative.read'>): Promise<Reading> {
  const { from } = input;
  if (from.kind === 'pasted')
    return { ...readPastedReport(from.text), origin: 'pasted', fileName: null, fileSha256: null };
  const file =
    from.kind === 'file'
      ? submissionFile(store, from.fileId)
      : { fileName: from.fileName, bytes: Buffer.from(from.base64, 'base64') };
  if (from.kind === 'file') {
    const owner = listSubmissions(store.db, { requestId: input.requestId, agencyId: input.agencyId });
    if (!owner.some((submission) => submission.files.some((item) => item.id === from.fileId))) {
      throw invalidInput('Tệp này không phải báo cáo cơ quan đã gửi cho yêu cầu này; hãy chọn lại tệp.');
    }
  }
  const read = await readReportDocument(file.fileName, file.bytes);
  return {
    ...read,
    origin: /\.docx$/iu.test(file.fileName) ? 'docx' : 'text',
    fileName: file.fileName,
    fileSha256: sha256(file.bytes),
  };
}

/** The report read and cut at its headings, each matched to the outline; nothing is written. */
async function split(
  store: Store,
  input: ParsedInput<'narrative.read'>,
): Promise<NarrativeSplit & { reading: Reading }> {
  const request = getRequest(store.db, input.requestId);
  if (!sourceOrder(store.db, input.requestId).includes(input.agencyId)) {
    throw invalidInput('Cơ quan này không thuộc danh sách phải gửi báo cáo của yêu cầu; hãy chọn đúng cơ quan.');
  }
  const reading = await readSource(store, input);
  const sections = splitByHeadings(reading.paragraphs);
  const matches = matchToOutline(request.outline, sections);
  return {
    reading,
    agencyId: input.agencyId,
    agency: getAgency(store.db, input.agencyId).name,
    origin: reading.origin,
    fileName: reading.fileName,
    notice: reading.notice,
    unstructured: sections.every((section) => section.heading === null),
    sections: sections.map((section, position) => {
      const outlineIndex = matches[position]?.outline ?? null;
      return {
        position,
        heading: section.heading,
        paragraphs: section.paragraphs,
        outlineIndex,
        outlineHeading: outlineIndex === null ? null : (request.outline[outlineIndex] ?? null),
        score: matches[position]?.score ?? 0,
      };
    }),
  };
}

export const narrativeHandlers = {
  'narrative.workspace': ({ store }, { requestId }) => workspace(store.db, requestId),
  'narrative.preview': async ({ store }, input) => {
    const { reading: _reading, ...preview } = await split(store, input);
    return preview;
  },
  'narrative.read': async ({ store }, input) => {
    const { reading, ...preview } = await split(store, input);
    replaceSourceSections(store, {
      requestId: input.requestId,
      agencyId: input.agencyId,
      origin: reading.origin,
      fileName: reading.fileName,
      fileSha256: reading.fileSha256,
      sections: preview.sections,
    });
    return workspace(store.db, input.requestId);
  },
  'narrative.place': ({ store }, { sectionId, outlineIndex }) =>
    workspace(store.db, placeSection(store, sectionId, outlineIndex)),
  'narrative.saveText': ({ store }, input) => {
    const saved = saveReportText(store, input);
    const agencyOf = new Map(
      placedSections(store.db, input.requestId).map((section) => [section.sectionUuid, section.agency]),
    );
    return {
      outlineIndex: saved.outlineIndex,
      body: saved.body,
      taken: saved.taken.map((item) => ({ ...item, agency: agencyOf.get(item.sectionUuid) ?? null })),
      updatedAt: saved.updatedAt,
      headingChanged: false,
    };
  },
  'narrative.saveSettings': ({ store }, { requestId, ...settings }) => {
    saveReportSettings(store, requestId, settings);
    return reportSettings(store.db, requestId);
  },
  'narrative.exportReport': async ({ store }, { requestId, format, on }) => {
    const settings = reportSettings(store.db, requestId);
    const report = assembleProvinceReport(store.db, requestId, {
      header: { ...settings.header, on: on ?? vietnamDate(new Date()) },
      figuresHeadings: settings.figuresHeadings,
      excludedIndicators: settings.excludedIndicators,
    });
    const title = report.header.subject;
    if (format === 'docx') {
      const buffer = await provinceReportDocx(report);
      return {
        fileName: exportFileName('bao-cao-tong-hop', title, 'docx'),
        mimeType: DOCX,
        base64: buffer.toString('base64'),
      };
    }
    const buffer = await reportAnnexXlsx(report);
    return {
      fileName: exportFileName('phu-luc-so-lieu', title, 'xlsx'),
      mimeType: XLSX,
      base64: buffer.toString('base64'),
    };
  },
} satisfies HandlerMap<'narrative'>;
