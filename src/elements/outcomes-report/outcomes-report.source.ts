/** What the host can give as records: a list, any iterable, or a function that reads them afresh. */
export type RecordsInput =
  | Iterable<unknown>
  | AsyncIterable<unknown>
  | (() => Iterable<unknown> | AsyncIterable<unknown>);

/** The most `src` may hold: 32 MB, about 30,000 enquiries with their records. */
export const SRC_LIMIT = 32 * 1024 * 1024;

/** Records the host gave, ready to be read again: a one-time iterable is kept as a list. */
export function rereadable(records: RecordsInput | null | undefined): () => Iterable<unknown> | AsyncIterable<unknown> {
  if (typeof records === 'function') return records;
  if (!records) return () => [];
  if (Array.isArray(records) || Symbol.asyncIterator in records) return () => records;
  const list = [...(records as Iterable<unknown>)];
  return () => list;
}

export class SourceError extends Error {
  constructor(
    readonly code: 'invalid-value' | 'invalid-json' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/** The URL `src` names, if it is on the page's own origin; no other is ever fetched. */
export function sameOriginUrl(src: string): URL {
  const url = new URL(src, document.baseURI);
  if (url.origin !== location.origin) throw new SourceError('invalid-value', `src must be on this page's origin (${location.origin}), not ${url.origin}`);
  return url;
}

async function cappedText(response: Response): Promise<string> {
  const tooLarge = () => new SourceError('too-large', `src holds more than ${SRC_LIMIT} bytes`);
  if (Number(response.headers.get('content-length')) > SRC_LIMIT) throw tooLarge();
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > SRC_LIMIT) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const decoder = new TextDecoder();
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode();
}

/** Reads `src`: a JSON array, or one JSON value a line where the content type says NDJSON. */
export async function fetchRecords(src: string): Promise<unknown[]> {
  const response = await fetch(sameOriginUrl(src), { credentials: 'same-origin' });
  if (!response.ok) throw new SourceError('invalid-value', `src answered ${response.status}`);
  const text = await cappedText(response);
  const lines = /ndjson|jsonl|json-seq/i.test(response.headers.get('content-type') ?? '');
  try {
    if (lines) return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as unknown);
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // The parser's message can quote the text, and the text can hold a person's words: say only where.
    throw new SourceError('invalid-json', `src is not ${lines ? 'NDJSON' : 'JSON'}`);
  }
  throw new SourceError('invalid-value', 'src must hold a JSON array of records, or NDJSON');
}
