import { questionOf, type FieldError } from './error-summary.js';

/**
 * Which problems are shown, in the GOV.UK manner. Nothing is marked wrong on first paint. An
 * attempt to complete the tool lists every problem found then; until the next attempt, a fixed
 * problem may disappear but no new one is added — a question revealed by an answer is not marked
 * wrong before the person has had a chance to answer it. A field the person has left after
 * changing it shows its own message.
 */
export class ErrorDisplay {
  #attemptFields?: Set<string>;
  readonly #touched = new Set<string>();
  /** Counts attempts, so the summary can be announced once for each. */
  attempts = 0;

  /** An attempt to complete: the problems now are the ones listed until the next attempt. */
  attempt(errors: readonly FieldError[]): void {
    this.#attemptFields = new Set(errors.map(questionOf));
    this.attempts++;
  }

  touch(fieldId: string): void {
    this.#touched.add(fieldId);
  }

  clear(): void {
    this.#attemptFields = undefined;
    this.#touched.clear();
  }

  get attempted(): boolean {
    return this.#attemptFields !== undefined;
  }

  /** Whether the person has interacted or attempted, so the element may report itself invalid. */
  get engaged(): boolean {
    return this.attempted || this.#touched.size > 0;
  }

  /** The problems the error summary lists: those found at the last attempt that remain. */
  summary(errors: readonly FieldError[]): FieldError[] {
    const listed = this.#attemptFields;
    return listed ? errors.filter((error) => listed.has(questionOf(error))) : [];
  }

  /** The message shown beside a question now, if any. */
  messageFor(question: string, errors: readonly FieldError[]): string | undefined {
    if (!this.#attemptFields?.has(question) && !this.#touched.has(question)) return undefined;
    return errors.find((error) => questionOf(error) === question)?.message;
  }
}
