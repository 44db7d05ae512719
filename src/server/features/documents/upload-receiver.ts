/**
 * Receives a multipart upload as a stream: the file part goes to a temporary file while its SHA-256
 * and size are computed, so memory stays flat whatever the size and number of uploads. The whole
 * body and the file are capped while they are read (413 PAYLOAD_TOO_LARGE), and reading stops at
 * the first byte over.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { AppError } from '../../errors.js';

export type ReceivedFile = {
  /** The temporary file holding the bytes; `discard()` removes it. */
  path: string;
  /** The name the client gave. */
  fileName: string;
  sizeBytes: number;
  sha256: string;
};

export type ReceivedUpload = {
  /** The text fields of the form (the first value of each name). */
  fields: Record<string, string>;
  /** The part named `file`, or null when the form had none. */
  file: ReceivedFile | null;
  /** Removes the temporary file (safe to call twice). */
  discard(): Promise<void>;
};

export type ReceiveLimits = {
  /** Most bytes of the file part. */
  maxFileBytes: number;
  /** Most bytes of the whole body (the file plus the other fields and boundaries). */
  maxBodyBytes: number;
};

const tooLarge = (maxBytes: number) =>
  new AppError('PAYLOAD_TOO_LARGE', `The file exceeds ${maxBytes} bytes`, 'file', { maxBytes });

/**
 * Reads the multipart body of `request`, writing the part named `file` under `tempDir`. Rejects with
 * 413 as soon as a limit is passed, 415 when the body is not multipart, 400 when it is malformed.
 */
export async function receiveUpload(
  request: Request,
  tempDir: string,
  limits: ReceiveLimits,
): Promise<ReceivedUpload> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the document as multipart/form-data', 'file');
  }
  await fsp.mkdir(tempDir, { recursive: true });
  const tempPath = path.join(tempDir, `${Date.now()}-${randomBytes(8).toString('hex')}.upload`);
  const discard = () => fsp.rm(tempPath, { force: true });

  const fields: Record<string, string> = {};
  let file: ReceivedFile | null = null;
  let fileWritten: Promise<void> | null = null;
  let bodyBytes = 0;

  const body = Readable.fromWeb(request.body as never);
  // Counts the whole body and stops reading at the first byte over its cap.
  const bodyCounter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bodyBytes += chunk.length;
      if (bodyBytes > limits.maxBodyBytes) callback(tooLarge(limits.maxFileBytes));
      else callback(null, chunk);
    },
  });
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      limits: { fileSize: limits.maxFileBytes, files: 1, fields: 20, fieldSize: 8 * 1024, parts: 25 },
    });
  } catch (error) {
    throw new AppError('BAD_REQUEST', `The multipart body cannot be read: ${(error as Error).message}`);
  }

  parser.on('field', (name, value) => {
    if (!(name in fields)) fields[name] = value;
  });
  parser.on('file', (name, stream, info) => {
    if (name !== 'file' || fileWritten) {
      stream.resume();
      return;
    }
    const hash = createHash('sha256');
    let size = 0;
    const received: ReceivedFile = {
      path: tempPath,
      fileName: info.filename ?? '',
      sizeBytes: 0,
      sha256: '',
    };
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    // busboy truncates the part at the limit and goes on; the upload is refused once the body is read.
    let truncated = false;
    stream.on('limit', () => (truncated = true));
    fileWritten = pipeline(stream, hashing, fs.createWriteStream(tempPath, { flags: 'wx' })).then(() => {
      if (truncated) throw tooLarge(limits.maxFileBytes);
      received.sizeBytes = size;
      received.sha256 = hash.digest('hex');
      file = received;
    });
    // Handled where it is awaited below; this keeps an early failure from being unhandled meanwhile.
    fileWritten.catch(() => undefined);
  });

  try {
    await pipeline(body, bodyCounter, parser);
    if (fileWritten) await fileWritten;
  } catch (error) {
    body.destroy();
    await discard();
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_REQUEST', `The multipart body cannot be read: ${(error as Error).message}`);
  }
  return { fields, file, discard };
}
