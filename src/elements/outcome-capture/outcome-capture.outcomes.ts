import { nowWithOffset } from '../../core/time.js';
import type { WorkingOutcomeCapture, OutcomeCaptureView, WorkingOutcome } from './outcome-capture.state.js';

/**
 * Edits to outcomes that keep their history true. An edited outcome is a new object, so only it
 * is rendered again. An outcome added since the record was saved
 * changes freely. A saved outcome whose words change gets a change at the end of its history
 * holding the words before, for the person to say why; changing the words back removes it.
 * Nothing typed is lost: a reason typed for a change, or for no longer wanting an outcome, is
 * kept aside if the change is undone and comes back if it is made again.
 */

const changeReasonKey = (id: string) => `outcome.${id}.change-reason`;
const withdrawReasonKey = (id: string) => `outcome.${id}.withdraw-reason`;

const remove = (list: string[], id: string) => {
  const at = list.indexOf(id);
  if (at >= 0) list.splice(at, 1);
};

export function editOutcomeWords(outcome: WorkingOutcome, words: string, view: OutcomeCaptureView): void {
  const changing = view.changing.includes(outcome.id);
  if (view.added.includes(outcome.id)) {
    outcome.words = words;
    return;
  }
  const savedWords = changing ? outcome.history.at(-1)!.previousWords : outcome.words;
  outcome.words = words;
  if (words === savedWords && changing) {
    const change = outcome.history.pop()!;
    if (change.reason) view.aside[changeReasonKey(outcome.id)] = change.reason;
    remove(view.changing, outcome.id);
  } else if (words !== savedWords && !changing) {
    const reason = view.aside[changeReasonKey(outcome.id)];
    delete view.aside[changeReasonKey(outcome.id)];
    outcome.history.push({ changedAt: nowWithOffset(), previousWords: savedWords, reason: typeof reason === 'string' ? reason : '' });
    view.changing.push(outcome.id);
  }
}

/** Removes an outcome added since the last save; marks a saved one as no longer wanted, keeping every word. */
export function removeOutcome(record: WorkingOutcomeCapture, view: OutcomeCaptureView, id: string, at: string): void {
  if (view.added.includes(id)) {
    record.outcomes = record.outcomes.filter((outcome) => outcome.id !== id);
    remove(view.added, id);
    return;
  }
  const index = record.outcomes.findIndex((candidate) => candidate.id === id);
  const outcome = record.outcomes[index];
  if (!outcome || outcome.withdrawn) return;
  const reason = view.aside[withdrawReasonKey(id)];
  delete view.aside[withdrawReasonKey(id)];
  record.outcomes[index] = { ...outcome, withdrawn: { withdrawnAt: at, reason: typeof reason === 'string' ? reason : '' } };
  view.withdrawing.push(id);
}

/** Undoes "no longer wanted" for an outcome marked so since the last save. */
export function keepOutcome(record: WorkingOutcomeCapture, view: OutcomeCaptureView, id: string): void {
  const index = record.outcomes.findIndex((candidate) => candidate.id === id);
  const outcome = record.outcomes[index];
  if (!outcome?.withdrawn || !view.withdrawing.includes(id)) return;
  if (outcome.withdrawn.reason) view.aside[withdrawReasonKey(id)] = outcome.withdrawn.reason;
  const { withdrawn: _withdrawn, ...kept } = outcome;
  record.outcomes[index] = kept;
  remove(view.withdrawing, id);
}
