/**
 * Builds the bench dataset: a real Plan Desk file (opened with the app's own
 * `openStore`, so real migrations and the shipped agency seeds), then years of
 * plans written in one transaction with raw prepared statements. Raw inserts
 * because generation is set-up, not what is measured, and drizzle's per-row
 * query building would make it several times slower.
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { agencySearchText, type AgencyKind } from '../core/agency';
import { ITEM_LETTERS } from '../core/outline';
import { RECURRENCES, TASK_PROGRESS, type TimingKind } from '../core/plan';
import { foldVietnamese } from '../core/vietnamese';
import { closeStore, openStore, DEFAULT_MIGRATIONS_FOLDER } from '../db/open';
import { timed } from './measure';
import { createPrng, type Prng } from './prng';
import * as words from './words';

export interface DatasetSpec {
  firstYear: number;
  years: number;
  plansPerYear: number;
  tasksPerPlan: number;
  /** Active agencies wanted in the directory: the shipped seeds, topped up with generated ones. */
  activeAgencies: number;
  seed: number;
}

export interface Dataset {
  path: string;
  spec: DatasetSpec;
  planIds: number[];
  /** The plan every matrix scenario reads: the newest one, as a user would open. */
  targetPlanId: number;
  seededAgencies: number;
  generatedAgencies: number;
  sectionsPerPlan: number;
  openMs: number;
  insertMs: number;
}

interface OutlineSpec {
  label: string;
  title: string;
  children?: OutlineSpec[];
}

/** Parts I/II/III, sections 1., 2., sub-sections 2.1. …: 20 headings, 14 of them holding the tasks. */
const OUTLINE: OutlineSpec[] = [
  {
    label: 'I',
    title: 'MỤC ĐÍCH, YÊU CẦU',
    children: [
      { label: '1', title: 'Mục đích' },
      { label: '2', title: 'Yêu cầu' },
    ],
  },
  {
    label: 'II',
    title: 'NHIỆM VỤ, GIẢI PHÁP',
    children: [
      { label: '1', title: 'Công tác lãnh đạo, chỉ đạo' },
      {
        label: '2',
        title: 'Công tác phòng ngừa tội phạm',
        children: [
          { label: '2.1', title: 'Phòng ngừa xã hội' },
          { label: '2.2', title: 'Phòng ngừa nghiệp vụ' },
          { label: '2.3', title: 'Tuyên truyền, phổ biến, giáo dục pháp luật' },
        ],
      },
      { label: '3', title: 'Công tác đấu tranh, trấn áp tội phạm' },
      {
        label: '4',
        title: 'Công tác quản lý nhà nước về an ninh, trật tự',
        children: [
          { label: '4.1', title: 'Quản lý cư trú, vũ khí, vật liệu nổ' },
          { label: '4.2', title: 'Quản lý ngành nghề kinh doanh có điều kiện' },
        ],
      },
      {
        label: '5',
        title: 'Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc',
        children: [
          { label: '5.1', title: 'Xây dựng lực lượng nòng cốt ở cơ sở' },
          { label: '5.2', title: 'Nhân rộng mô hình, điển hình tiên tiến' },
        ],
      },
      { label: '6', title: 'Hợp tác quốc tế về phòng, chống tội phạm' },
    ],
  },
  {
    label: 'III',
    title: 'TỔ CHỨC THỰC HIỆN',
    children: [
      { label: '1', title: 'Phân công trách nhiệm' },
      { label: '2', title: 'Chế độ thông tin, báo cáo' },
    ],
  },
];

function countSections(nodes: readonly OutlineSpec[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countSections(node.children ?? []), 0);
}

function countLeaves(nodes: readonly OutlineSpec[]): number {
  return nodes.reduce((sum, node) => sum + (node.children ? countLeaves(node.children) : 1), 0);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function taskText(prng: Prng): string {
  const parts = [prng.pick(words.TASK_VERBS), prng.pick(words.TASK_OBJECTS)];
  if (prng.chance(0.6)) parts.push(prng.pick(words.TASK_SCOPES));
  if (prng.chance(0.4)) parts.push(prng.pick(words.TASK_PURPOSES));
  return `${parts.join(' ')}.`;
}

interface Timing {
  timingKind: TimingKind;
  dueOn: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  recurrence: string | null;
}

function taskTiming(prng: Prng, year: number): Timing {
  const none = { dueOn: null, periodFrom: null, periodTo: null, recurrence: null };
  const roll = prng.next();
  // Days stop at 28 so every generated date is a real one.
  const date = (month: number) => `${year}-${pad2(month)}-${pad2(prng.int(1, 28))}`;
  if (roll < 0.35) return { timingKind: 'ongoing', ...none };
  if (roll < 0.65) return { timingKind: 'due', ...none, dueOn: date(prng.int(1, 12)) };
  if (roll < 0.8) {
    const from = prng.int(1, 10);
    return { timingKind: 'period', ...none, periodFrom: date(from), periodTo: date(prng.int(from + 1, 12)) };
  }
  if (roll < 0.95) return { timingKind: 'recurring', ...none, recurrence: prng.pick(RECURRENCES) };
  return { timingKind: 'unspecified', ...none };
}

/** Tops the directory up to `wanted` active agencies with generated communes; returns how many it added. */
function addAgencies(sqlite: Database.Database, prng: Prng, wanted: number, timestamp: string): number {
  const active = sqlite.prepare('SELECT count(*) FROM agencies WHERE active = 1').pluck().get() as number;
  const insert = sqlite.prepare(
    `INSERT INTO agencies (uuid, name, short_name, aliases, kind, active, search_text, name_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
  );
  let added = 0;
  for (let i = 0; active + added < wanted; i++) {
    const name =
      `Ủy ban nhân dân ${prng.pick(['xã', 'phường'])} ${words.PLACE_NAMES[i % words.PLACE_NAMES.length]} ${Math.floor(i / words.PLACE_NAMES.length) || ''}`.trim();
    const shortName = name.replace('Ủy ban nhân dân', 'UBND');
    const aliases = [shortName];
    const kind: AgencyKind = 'local_government';
    insert.run(
      prng.uuid(),
      name,
      shortName,
      JSON.stringify(aliases),
      kind,
      foldVietnamese(agencySearchText({ name, shortName, aliases })),
      foldVietnamese(name),
      timestamp,
      timestamp,
    );
    added++;
  }
  return added;
}

/** Active agencies, provincial ones first: a provincial plan mostly puts its own departments in the lead. */
function activeAgencyIds(sqlite: Database.Database): number[] {
  return sqlite
    .prepare(`SELECT id FROM agencies WHERE active = 1 ORDER BY kind = 'central', id`)
    .pluck()
    .all() as number[];
}

export function buildDataset(dbPath: string, spec: DatasetSpec): Dataset {
  const prng = createPrng(spec.seed);
  const opened = timed(() => openStore({ path: dbPath, migrationsFolder: DEFAULT_MIGRATIONS_FOLDER }));
  const store = opened.value;
  const sqlite = store.sqlite;
  const seededAgencies = sqlite.prepare('SELECT count(*) FROM agencies').pluck().get() as number;

  const insertPlan = sqlite.prepare(
    `INSERT INTO plans (uuid, number_symbol, title, issuer, issued_on, signer, level, period_from, period_to,
       implements_plan_id, implements_ref, status, identity_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'province', ?, ?, NULL, ?, ?, ?, ?, ?)`,
  );
  const insertSection = sqlite.prepare(
    `INSERT INTO sections (uuid, plan_id, parent_id, label, title, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTask = sqlite.prepare(
    `INSERT INTO tasks (uuid, plan_id, section_id, label, text, all_members, timing_kind, due_on, period_from,
       period_to, recurrence, progress, note, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAssignment = sqlite.prepare(
    `INSERT INTO assignments (uuid, task_id, agency_id, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );

  const leaves = countLeaves(OUTLINE);
  const lastYear = spec.firstYear + spec.years - 1;
  let generatedAgencies = 0;
  const planIds: number[] = [];

  const inserted = timed(() =>
    sqlite.transaction(() => {
      generatedAgencies = addAgencies(sqlite, prng, spec.activeAgencies, `${spec.firstYear}-01-02T08:00:00.000Z`);
      const agencyIds = activeAgencyIds(sqlite);

      for (let year = spec.firstYear; year <= lastYear; year++) {
        for (let p = 0; p < spec.plansPerYear; p++) {
          const stamp = `${year}-01-${pad2(10 + p)}T08:00:00.000Z`;
          // Numbers are unique over the whole dataset: the app's identity key (number @ issuer) has no year in it.
          const number = `${(year - spec.firstYear) * 10 + p * 3 + 7}/KH-UBND`;
          const issuer = 'Ủy ban nhân dân tỉnh';
          const planId = Number(
            insertPlan.run(
              prng.uuid(),
              number,
              `${words.PLAN_TITLES[p % words.PLAN_TITLES.length]} năm ${year}`,
              issuer,
              `${year}-01-${pad2(10 + p)}`,
              prng.pick(words.SIGNERS),
              year,
              year,
              `Kế hoạch số ${prng.int(1, 99)}/KH-BCĐ138/CP năm ${year}`,
              year === lastYear ? 'issued' : 'reviewed',
              // The key the app builds: folded number without spaces @ folded issuer.
              `${foldVietnamese(number).replace(/\s+/g, '')}@${foldVietnamese(issuer)}`,
              stamp,
              stamp,
            ).lastInsertRowid,
          );
          planIds.push(planId);

          // Tasks are spread evenly over the headings that have no sub-heading.
          let leafIndex = 0;
          const tasksForLeaf = (index: number) =>
            Math.floor(spec.tasksPerPlan / leaves) + (index < spec.tasksPerPlan % leaves ? 1 : 0);

          const addTasks = (sectionId: number, count: number) => {
            for (let t = 0; t < count; t++) {
              const timing = taskTiming(prng, year);
              const taskId = Number(
                insertTask.run(
                  prng.uuid(),
                  planId,
                  sectionId,
                  ITEM_LETTERS[t] ?? '-',
                  taskText(prng),
                  prng.chance(0.03) ? 1 : 0,
                  timing.timingKind,
                  timing.dueOn,
                  timing.periodFrom,
                  timing.periodTo,
                  timing.recurrence,
                  year === lastYear ? prng.pick(['not_started', 'in_progress'] as const) : prng.pick(TASK_PROGRESS),
                  prng.chance(0.2) ? prng.pick(words.NOTES) : null,
                  t,
                  stamp,
                  stamp,
                ).lastInsertRowid,
              );
              // One lead, skewed towards the first (provincial) agencies, and 0–4 distinct coordinators.
              const lead = agencyIds[Math.floor(prng.next() ** 1.6 * agencyIds.length)]!;
              const assigned = new Set([lead]);
              insertAssignment.run(prng.uuid(), taskId, lead, 'lead', stamp, stamp);
              const coordinators = prng.int(0, 4);
              while (assigned.size < coordinators + 1) {
                const agencyId = prng.pick(agencyIds);
                if (assigned.has(agencyId)) continue;
                assigned.add(agencyId);
                insertAssignment.run(prng.uuid(), taskId, agencyId, 'coordinating', stamp, stamp);
              }
            }
          };

          const addSections = (nodes: readonly OutlineSpec[], parentId: number | null) => {
            nodes.forEach((node, position) => {
              const sectionId = Number(
                insertSection.run(prng.uuid(), planId, parentId, node.label, node.title, position, stamp, stamp)
                  .lastInsertRowid,
              );
              if (node.children) addSections(node.children, sectionId);
              else addTasks(sectionId, tasksForLeaf(leafIndex++));
            });
          };
          addSections(OUTLINE, null);
        }
      }
    })(),
  );

  closeStore(store);
  if (!fs.existsSync(dbPath)) throw new Error(`dataset file missing after close: ${dbPath}`);
  return {
    path: dbPath,
    spec,
    planIds,
    targetPlanId: planIds.at(-1)!,
    seededAgencies,
    generatedAgencies,
    sectionsPerPlan: countSections(OUTLINE),
    openMs: opened.ms,
    insertMs: inserted.ms,
  };
}

export interface TableCount {
  table: string;
  rows: number;
}

/** Row counts of the app's tables and the file's size, for the report. */
export function describeFile(sqlite: Database.Database, dbPath: string): { counts: TableCount[]; bytes: number } {
  const counts = ['agencies', 'plans', 'sections', 'tasks', 'assignments', 'seed_log'].map((table) => ({
    table,
    rows: sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number,
  }));
  return { counts, bytes: fs.statSync(dbPath).size };
}
