/**
 * Writes a big document made in pieces (the HTML report, JUnit XML) to a file
 * as the pieces come, never joined into one string. `stream.pipeline` handles
 * back-pressure and rejects as soon as either side fails, closing both.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // objectMode: false would re-chunk strings as Buffers; each piece is written as it is, in order.
  await pipeline(Readable.from(chunks, { objectMode: false }), createWriteStream(path, 'utf8'));
}
