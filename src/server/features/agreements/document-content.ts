/**
 * What an uploaded file really is, judged by its bytes (never by its name or declared type), and
 * the text of a PDF for search.
 */
// file-type and unpdf are imported on the first upload, not at start: together they are about
// 10 MB of an idle server's memory, for a feature most requests never use.

/** The file types accepted for agreement documents. */
export const allowedFileTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpg: 'image/jpeg',
} as const;

export type SniffedType = { ext: keyof typeof allowedFileTypes; mime: string };

/** The allowed type of the content, or null when the bytes are none of PDF, DOCX, PNG, JPEG. */
export async function sniffAllowedType(bytes: Uint8Array): Promise<SniffedType | null> {
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !(detected.ext in allowedFileTypes)) return null;
  const ext = detected.ext as keyof typeof allowedFileTypes;
  return { ext, mime: allowedFileTypes[ext] };
}

/**
 * The text of a PDF, or null when it has none that can be read (a scan, an encrypted file).
 * Throws when the bytes start like a PDF but cannot be parsed at all.
 */
export async function pdfText(bytes: Uint8Array): Promise<string | null> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  let proxy;
  try {
    // pdf.js takes ownership of (and may detach) the buffer it is given: pass a copy.
    proxy = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    if ((error as Error).name === 'PasswordException') return null;
    throw error;
  }
  try {
    const { text } = await extractText(proxy, { mergePages: true });
    const clean = text.replace(/\s+/g, ' ').trim();
    return clean || null;
  } finally {
    await proxy.destroy();
  }
}
