/**
 * Reading a scenario file in the command line with bounded memory and time: the text is read in chunks and
 * the size checked after each one, so `/dev/zero`, a pipe that never ends or a huge file stops at the
 * limit instead of filling the memory; a deadline stops a pipe or device that sends nothing. The limit is
 * the one every scenario file has (the app's imports and share links too).
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { MAX_SCENARIO_BYTES } from '../../models/scenario/validate';
import { formatCount } from '../format';

/** Longest a read may take, ms: a local scenario file takes milliseconds. */
export const READ_TIMEOUT_MS = 10_000;

/** Bytes asked for per read. */
const CHUNK_BYTES = 64 * 1024;
/** Wait between two looks at a pipe that has nothing yet, ms. */
const POLL_MS = 20;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ReadLimits {
  maxBytes?: number;
  timeoutMs?: number;
  /** What the file is, for the messages: "a scenario file" unless told. */
  what?: string;
}

/** Why a file was not read, in words for the person who named it. */
export class ReadRefused extends Error {}

function reasonOf(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return 'cannot be read';
}

/**
 * The UTF-8 text of the file at `path`, read at most `maxBytes` (+ one chunk) into memory. Throws
 * ReadRefused, whose message names the problem: over the limit, not read within the deadline, or not
 * readable at all.
 */
export async function readBounded(
  path: string,
  { maxBytes = MAX_SCENARIO_BYTES, timeoutMs = READ_TIMEOUT_MS, what = 'a scenario file' }: ReadLimits = {},
): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let expired = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      expired = true;
      reject(
        new ReadRefused(
          `not read to its end within ${timeoutMs / 1000} s (a pipe or device with nothing more to send?); ${what} takes milliseconds`,
        ),
      );
    }, timeoutMs);
  });
  try {
    return await Promise.race([readAll(path, maxBytes, what, () => expired), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads the file in chunks. Opened without blocking: a blocking open of a pipe with no writer would hold a
 * thread that not even the process's exit can take back. So a pipe that has nothing yet (EAGAIN), or a
 * named pipe no writer has opened yet (end of file before any byte), is looked at again after a pause,
 * until the deadline.
 */
async function readAll(
  path: string,
  maxBytes: number,
  what: string,
  expired: () => boolean,
): Promise<string> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new ReadRefused(reasonOf(error));
  }
  try {
    const pipe = (await handle.stat()).isFIFO();
    const chunks: Buffer[] = [];
    let total = 0;
    while (!expired()) {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null));
      } catch (error) {
        if ((error as { code?: string }).code !== 'EAGAIN') throw new ReadRefused(reasonOf(error));
        await pause(POLL_MS);
        continue;
      }
      if (bytesRead === 0) {
        if (pipe && total === 0) {
          await pause(POLL_MS);
          continue;
        }
        break;
      }
      total += bytesRead;
      if (total > maxBytes) {
        throw new ReadRefused(
          `more than ${formatCount(maxBytes)} bytes, over the limit for ${what} (reading stopped there)`,
        );
      }
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    void handle.close().catch(() => undefined);
  }
}
