// Files arrive as streams: their SHA-256 (a job's identity for --resume) is taken on the way,
// and an HTTP body is spooled to a temporary file so the request ends before the import runs.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { importErrors } from './import.errors.js';

export interface FileDigest {
  sha256: string;
  bytes: number;
}

function digester(limitBytes: number) {
  const hash = createHash('sha256');
  let bytes = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > limitBytes) return done(importErrors.tooLarge(limitBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { transform, result: (): FileDigest => ({ sha256: hash.digest('hex'), bytes }) };
}

export async function fileDigest(file: string): Promise<FileDigest> {
  const d = digester(Number.MAX_SAFE_INTEGER);
  await pipeline(fs.createReadStream(file), d.transform, async (source) => {
    for await (const _ of source);
  });
  return d.result();
}

/** Writes a stream to a new temporary file (removed by the caller), refusing it past the limit. */
export async function spool(source: Readable, limitBytes: number) {
  const file = path.join(os.tmpdir(), `ansinh-import-${randomBytes(8).toString('hex')}`);
  const d = digester(limitBytes);
  try {
    await pipeline(source, d.transform, fs.createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }
  return { file, ...d.result() };
}
