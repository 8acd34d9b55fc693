/** Size limits shared by the schemas and the elements, so a record can never grow unbounded. */
export const LIMITS = {
  /** An opaque reference from the host: case, subject or author. */
  refLength: 200,
  /** A short answer, such as which decision capacity was assessed for. */
  shortTextLength: 500,
  /** The person's own words for one outcome, or a comment. */
  wordsLength: 2000,
  /** Why something changed. */
  reasonLength: 1000,
  /** Outcomes in one record. */
  outcomes: 50,
  /** Changes kept in one outcome's history. */
  historyEntries: 100,
  /** The JSON of a whole record, in characters, before it is parsed. */
  recordJsonLength: 1_000_000,
} as const;
