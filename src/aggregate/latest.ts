import * as z from 'zod/mini';
import { type ExperienceQuestionnaireRecord, experienceQuestionnaire } from '../schemas/experience-questionnaire.js';
import { describeIssue, type RecordIssue, toRecordIssues } from '../schemas/issues.js';
import { migrateRecord } from '../schemas/migrate.js';
import { type OutcomeCaptureRecord, outcomeCapture } from '../schemas/outcome-capture.js';
import type { RecordKind } from '../schemas/record-kind.js';
import { recordKinds } from '../schemas/registry.js';
import { type ReviewCloseRecord, reviewClose } from '../schemas/review-close.js';
import {
  type CaptureFacts,
  type ClosureFacts,
  type QuestionnaireFacts,
  type ReviewSummary,
  captureFacts,
  closureFacts,
  questionnaireFacts,
  reviewSummary,
} from './kept.js';
import type { InvalidGroup } from './report.js';

interface Kept<T> {
  at: number;
  record: T;
}

const byKind = new Map<string, RecordKind>(Object.values(recordKinds).map((kind) => [kind.kind, kind as RecordKind]));

/**
 * Reads the records once (rules 1 and 2): each value is parsed and migrated; an invalid one is
 * counted by kind and first issue; of the copies of one id, only what the latest says is kept,
 * so memory grows with the number of records, not of copies.
 */
export class LatestRecords {
  /** Closures, and reviews as a summary, by id: a copy may turn one into the other. */
  readonly closures = new Map<string, Kept<ClosureFacts | ReviewSummary>>();
  readonly captures = new Map<string, Kept<CaptureFacts>>();
  readonly questionnaires = new Map<string, Kept<QuestionnaireFacts>>();
  /** Ids of outcome captures with an invalid copy, to say why a closure is unlinked. */
  readonly invalidCaptures = new Set<string>();
  private readonly invalidGroups = new Map<string, InvalidGroup>();

  get invalid(): InvalidGroup[] {
    return [...this.invalidGroups.values()];
  }

  add(value: unknown): void {
    const object = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    const kindName = typeof object?.kind === 'string' ? object.kind : null;
    if (!object) return this.refuse(null, 'not an object');
    const kind = byKind.get(kindName!);
    if (!kind) return this.refuse(kindName, kindName === null ? 'kind: missing' : 'kind: not a kind this library knows');
    // Validated as safeParseRecord does, without its copy of the record: zod's output is one.
    const migrated = migrateRecord(value, kind);
    const result = migrated.success ? z.safeParse(kind.schema, migrated.data) : undefined;
    if (!result?.success) {
      if (kind === outcomeCapture && typeof object.id === 'string') this.invalidCaptures.add(object.id);
      const issues = result ? toRecordIssues(result.error.issues) : (migrated as { issues: RecordIssue[] }).issues;
      return this.refuse(kindName, describeIssue(issues[0]));
    }
    const record = result.data as { id: string; recordedAt: string };
    const at = Date.parse(record.recordedAt);
    if (kind === reviewClose) {
      const parsed = record as ReviewCloseRecord;
      keep(this.closures, record.id, at, () => (parsed.stage === 'closure' ? closureFacts(parsed) : reviewSummary(parsed, at)));
    } else if (kind === outcomeCapture) keep(this.captures, record.id, at, () => captureFacts(record as OutcomeCaptureRecord));
    else if (kind === experienceQuestionnaire) keep(this.questionnaires, record.id, at, () => questionnaireFacts(record as ExperienceQuestionnaireRecord));
  }

  private refuse(kind: string | null, issue: string): void {
    const key = `${kind}\n${issue}`;
    const group = this.invalidGroups.get(key);
    if (group) group.count++;
    else this.invalidGroups.set(key, { kind, issue, count: 1 });
  }
}

/** The latest copy wins, compared as instants; on a tie, the later in input order. */
function keep<T>(map: Map<string, Kept<T>>, id: string, at: number, facts: () => T): void {
  const kept = map.get(id);
  if (!kept || at >= kept.at) map.set(id, { at, record: facts() });
}
