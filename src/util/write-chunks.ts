/**
 * Writes a big document made in pieces (the HTML report, JUnit XML) to a file
 * as the pieces come, never joined into one string. Waits for 'drain' when
 * the stream's buffer is full, and rejects as soon as the stream fails
 * (instead of waiting for a 'drain' that never comes).
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

export async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const stream = createWriteStream(path, 'utf8');
  // Settles when the stream ends or fails; handled at once, so an error between two writes is never an unhandled rejection.
  const done = finished(stream);
  done.catch(() => undefined);
  try {
    for (const chunk of chunks) {
      if (!stream.write(chunk)) await drained(stream, done);
    }
    stream.end();
    await done;
  } catch (error) {
    stream.destroy();
    throw error;
  }
}

/** The next 'drain', or the stream's failure, whichever comes first. */
async function drained(stream: Writable, done: Promise<void>): Promise<void> {
  let onDrain: () => void = () => undefined;
  const drain = new Promise<void>((resolve) => {
    onDrain = resolve;
    stream.once('drain', onDrain);
  });
  try {
    await Promise.race([drain, done.then(() => Promise.reject(new Error('the file was closed before everything was written')))]);
  } finally {
    stream.off('drain', onDrain);
  }
}
