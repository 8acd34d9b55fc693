import * as z from 'zod/mini';
import { toRecordIssues, type RecordIssue } from '../../schemas/issues.js';
import { advocacySchema, capacitySchema, INFORMATION_GIVEN, MEETING_PARTICIPATION } from '../../schemas/outcome-capture.js';
import { optional } from '../../schemas/schema-parts.js';
import type { WorkingOutcomeCapture } from './outcome-capture.state.js';

/** The answers every shape of the record shares, whatever was answered about asking. */
const answersBeyondAskedSchema = z.object({
  informationGiven: z.enum(INFORMATION_GIVEN),
  capacity: capacitySchema,
  meetingParticipation: optional(z.enum(MEETING_PARTICIPATION)),
  advocacy: optional(advocacySchema),
});

/**
 * While "were they asked?" is unanswered, the schema cannot tell which shape the record has and
 * reports only that. The other answers are checked here, so the first attempt lists every problem.
 */
export function answersBeyondAsked(record: WorkingOutcomeCapture, schemaIssues: readonly RecordIssue[]): RecordIssue[] {
  const askedUnknown = schemaIssues.some((issue) => issue.path.length === 1 && issue.path[0] === 'asked');
  if (!askedUnknown) return [];
  const result = z.safeParse(answersBeyondAskedSchema, record);
  return result.success ? [] : toRecordIssues(result.error.issues);
}
