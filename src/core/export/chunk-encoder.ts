import type { Annotation } from '../model/annotation.ts';

/**
 * One export format as a push encoder: text before the records, text for each record (possibly '' while
 * it gathers a page), text after them. The same encoder drives a generator over an in-memory list and an
 * async one over pages read from a database, so a server can stream with one page in memory.
 */
export interface ChunkEncoder {
  head(): string;
  push(record: Annotation): string;
  end(): string;
}

export function* encodeChunks(encoder: ChunkEncoder, records: Iterable<Annotation>): Generator<string> {
  const head = encoder.head();
  if (head) yield head;
  for (const record of records) {
    const chunk = encoder.push(record);
    if (chunk) yield chunk;
  }
  const end = encoder.end();
  if (end) yield end;
}

export async function* encodeChunksAsync(
  encoder: ChunkEncoder,
  records: AsyncIterable<Annotation> | Iterable<Annotation>,
): AsyncGenerator<string> {
  const head = encoder.head();
  if (head) yield head;
  for await (const record of records) {
    const chunk = encoder.push(record);
    if (chunk) yield chunk;
  }
  const end = encoder.end();
  if (end) yield end;
}
