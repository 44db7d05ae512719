/**
 * Input cleaning: HTML or pasted text -> the article body as plain lines, with page furniture
 * (menus, "Baca juga", share buttons, comment forms, addresses, editor credits ...) removed so that it
 * can never produce a field. Every later step works on the text this module returns, and evidence
 * spans refer to it.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Raw HTML beyond this is not parsed: a news page is far smaller, and parsing must stay bounded. */
const maxHtmlChars = 1_500_000;
/** Above this many elements Readability is skipped (its scoring is super-linear in practice). */
const maxReadabilityElements = 5_000;
/** Raw text beyond this is not cleaned. */
const maxRawTextChars = 1_000_000;
/** Cleaned text beyond this is not analysed (an article is a few KB; this leaves room for long ones). */
export const maxAnalysedChars = 64_000;

/** The cleaned article. */
export type CleanedArticle = {
  /** Article body: one paragraph per line, furniture removed. */
  text: string;
  /** Headline when one could be told apart from the body, else null. */
  title: string | null;
  /** Offsets [start, end) of the headline inside `text`, when it is part of `text`. */
  titleSpan: [number, number] | null;
  /** Offsets of lines that read as headings (title case, no closing punctuation). */
  headingSpans: Array<[number, number]>;
  /** True when part of the input was cut off to bound the work. */
  truncated: boolean;
};

const blockTags = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
/** Elements whose content is never article text. */
const skippedTags = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'FORM',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'NAV',
  'CANVAS',
  'OBJECT',
]);
/** Class or id fragments of page furniture, used when Readability gives up and the whole body is walked. */
const furnitureAttribute =
  /(^|[\s_-])(nav|menu|share|social|comment|related|sidebar|footer|breadcrumb|ticker|widget|advert|ads|banner|popular|subscribe|cookie)([\s_-]|$)/i;

type DomNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
};

/** Depth-first text walk that turns block elements into line breaks. Iterative: deep HTML cannot overflow the stack. */
function domToText(root: DomNode, skipFurnitureByAttribute: boolean): string {
  const parts: string[] = [];
  const stack: Array<DomNode | 'newline'> = [root];
  let budget = 400_000;
  while (stack.length > 0 && budget-- > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === 'newline') {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      // Whitespace inside HTML text collapses; only block boundaries make line breaks.
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toUpperCase();
    if (skippedTags.has(tag)) continue;
    if (skipFurnitureByAttribute && node.getAttribute) {
      const marker = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''} ${node.getAttribute('role') ?? ''}`;
      if (
        furnitureAttribute.test(marker) ||
        /^(navigation|banner|contentinfo)$/i.test(node.getAttribute('role') ?? '')
      ) {
        continue;
      }
      if (tag === 'HEADER' || tag === 'FOOTER' || tag === 'ASIDE') continue;
    }
    const block = blockTags.has(tag);
    if (block) stack.push('newline');
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
    if (block) stack.push('newline');
  }
  return parts.join('');
}

/**
 * HTML -> article title and plain text. Readability picks the article body; when it finds none the
 * whole body is walked with furniture-looking elements skipped. Never throws.
 */
export function htmlToText(html: string): { title: string | null; text: string; truncated: boolean } {
  // Scripts, styles and comments are never text; dropping them first keeps the parse small.
  const stripped = html.replace(
    /<(script|style|noscript|svg|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi,
    ' ',
  );
  const truncated = stripped.length > maxHtmlChars;
  const source = truncated ? stripped.slice(0, maxHtmlChars) : stripped;
  const wrap = (markup: string): string =>
    /<html[\s>]/i.test(markup) ? markup : `<!doctype html><html><body>${markup}</body></html>`;
  try {
    const { document } = parseHTML(wrap(source));
    const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
    const pageTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
    // Readability is costly on huge DOMs; a page with that many elements is walked directly instead.
    const elementCount = countOpeningTags(source);
    if (elementCount <= maxReadabilityElements) {
      let article: { title?: string | null; content?: string | null } | null = null;
      try {
        article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
      } catch {
        article = null;
      }
      if (article?.content) {
        const { document: contentDocument } = parseHTML(wrap(article.content));
        const text = domToText(contentDocument.body as unknown as DomNode, false);
        if (text.trim().length > 0)
          return { title: h1 ?? article.title?.trim() ?? pageTitle, text, truncated };
      }
      // Readability changed the document while trying; walk a fresh copy.
      const { document: fresh } = parseHTML(wrap(source));
      return { title: h1 ?? pageTitle, text: walkBody(fresh), truncated };
    }
    return { title: h1 ?? pageTitle, text: walkBody(document), truncated };
  } catch {
    // Malformed markup that even linkedom rejects: strip the tags and carry on.
    return { title: null, text: source.replace(/<[^>]*>/g, '\n'), truncated };
  }
}

/** Number of opening tags, counted on the markup (cheaper than asking the DOM). */
function countOpeningTags(markup: string): number {
  let count = 0;
  for (let at = markup.indexOf('<'); at !== -1; at = markup.indexOf('<', at + 1)) {
    if (/[a-zA-Z]/.test(markup[at + 1] ?? '')) count++;
  }
  return count;
}

function walkBody(document: { body?: unknown; documentElement?: unknown }): string {
  const body = (document.body ?? document.documentElement) as DomNode | null | undefined;
  return body ? domToText(body, true) : '';
}

/** Lines that are furniture on their own. Tested against a trimmed line. */
const furnitureLine: readonly RegExp[] = [
  /^(baca juga|baca berita|baca selengkapnya|baca artikel|lihat juga|simak juga|simak berita|artikel terkait|berita terkait|berita lainnya|related( posts| articles)?|you may also like|recommended|rekomendasi)\b/i,
  /^(tags?|topik|kategori|category|label)\s*:/i,
  /dibaca\s*:?\s*[\d.,]+\s*(kali|x)\b/i,
  /^advertorial\b/i,
  /^(leave a (comment|reply)|tinggalkan (komentar|balasan)|your email address will not be published|alamat email anda tidak akan|this site uses akismet|required fields are marked|post comment|kirim komentar|save my name|simpan nama)/i,
  /^(skip to (content|main)|loncat ke (konten|isi)|lewati ke konten|langsung ke konten)/i,
  /^(share|bagikan|share this|share on|tweet|copy link|salin tautan|print|cetak)\b.{0,40}$/i,
  /(©|\bcopyright\b|\bhak cipta\b|all rights reserved)/i,
  /^(breaking news|news ticker|trending|terpopuler|populer|terkini|headline)\s*:?.{0,60}$/i,
  /^(e-?mail|surel|tlf|telp|telepon|phone|fax|faks|whatsapp|hp)\s*[:.]/i,
  /\b(tlf|telp|fax|faks)\s*[:.]\s*\(?\d/i,
  /^(editor|penulis|reporter|pewarta|redaktur|fotografer|foto|sumber|writer|author|editing)\s*[:/|-].{0,60}$/i,
  /^(editor|penulis|reporter|pewarta|redaktur|fotografer|writer|author)$/i,
  /^(home|beranda|menu|search|cari|login|masuk|daftar|berita|news|dokumentasi|galeri|gallery|video|foto|index|indeks|kontak|contact|tentang kami|about us|redaksi|pedoman media siber|privacy policy|kebijakan privasi|disclaimer|next|previous|sebelumnya|selanjutnya|load more|more)$/i,
  /^\S+\.(com|co|id|net|org|go\.id|co\.id|or\.id|ac\.id)(\/\S*)?$/i,
  /^\(?(foto|photo|ilustrasi|dok|dokumentasi)\s*[:.].{0,80}\)?$/i,
];

/** A line from which everything to the end is furniture, when it sits in the second half of the text. */
const tailMarker =
  /^(leave a (comment|reply)|tinggalkan (komentar|balasan)|you may also like|berita terkait|artikel terkait|baca berita menarik lainnya|komentar|comments?|alamat|address|related posts?|share this|bagikan artikel)\b/i;

/**
 * A related-articles label on its own line ("Baca Juga:", "BACA JUGA", "Baca berita terkait:"): the
 * headline-shaped lines right after it are links to other stories, which name other regions.
 */
const relatedLabel =
  /^(baca juga|baca berita(?: terkait| lainnya| menarik lainnya)?|berita terkait|artikel terkait|berita lainnya|lihat juga|simak juga|related( posts| articles)?)\s*:?$/i;

/** Credit lines whose value is on the next line ("Editor" / "Sutono Abdillah"). */
const creditLabel = /^(editor|penulis|reporter|pewarta|redaktur|fotografer|writer|author)\s*:?$/i;

/** A menu: several short items separated by bars or bullets. */
function isMenuLine(line: string): boolean {
  const items = line.split(/\s*[|•»·]\s*/).filter((item) => item.length > 0);
  return items.length >= 3 && items.every((item) => item.length <= 30);
}

function isFurniture(line: string): boolean {
  return isMenuLine(line) || furnitureLine.some((pattern) => pattern.test(line));
}

/** Headline shape: no closing punctuation, mostly capitalised words, not too long. */
export function looksLikeHeading(line: string): boolean {
  if (line.length < 8 || line.length > 220) return false;
  if (/[.!?:;,"”’)]$/.test(line)) return false;
  const words = line.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 3 || words.length > 30) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}\d"“'(]/u.test(word)).length;
  return capitalised / words.length >= 0.6;
}

/** Markdown and list markers that pasted articles carry. */
function stripMarkup(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\s*[-*+•]\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/**
 * Plain text (already HTML-free) -> cleaned lines. Joins lines broken in the middle of a sentence
 * ("... oleh Pj. Wali Kota Bekasi," / "Gani Muhamad bersama ...") so that patterns and sentences see
 * them whole.
 */
function cleanLines(raw: string): { lines: string[]; markdownHeadings: Set<number> } {
  const normalised = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t\f\v]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '');
  const input = normalised.split('\n');
  const lines: string[] = [];
  const markdownHeadings = new Set<number>();
  const seen = new Set<string>();
  let skipNextCreditValue = false;
  let relatedLinksLeft = 0;
  for (const rawLine of input) {
    const isMarkdownHeading = /^\s*#{1,6}\s/.test(rawLine);
    const line = stripMarkup(rawLine.trim()).replace(/ {2,}/g, ' ').trim();
    if (line === '') continue;
    if (relatedLinksLeft > 0) {
      relatedLinksLeft--;
      if (looksLikeHeading(line)) continue;
      relatedLinksLeft = 0;
    }
    if (relatedLabel.test(line)) {
      relatedLinksLeft = 6;
      continue;
    }
    if (skipNextCreditValue) {
      skipNextCreditValue = false;
      // A credit value is a short name: at most four words, no sentence punctuation.
      if (line.split(' ').length <= 4 && !/[.!?,]$/.test(line)) continue;
    }
    if (creditLabel.test(line)) {
      skipNextCreditValue = true;
      continue;
    }
    if (isFurniture(line)) continue;
    const key = line.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (isMarkdownHeading) markdownHeadings.add(lines.length);
    lines.push(line);
  }
  // Cut the tail from the first end-of-article marker in the second half (comment forms, related posts, site address).
  const total = lines.reduce((sum, line) => sum + line.length, 0);
  let running = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (running > total / 2 && tailMarker.test(line) && line.length < 80) {
      lines.length = i;
      break;
    }
    running += line.length;
  }
  // Join a line that ends with a comma (a sentence broken by the page layout) to the next one.
  const joined: string[] = [];
  const joinedHeadings = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const previous = joined[joined.length - 1];
    if (previous !== undefined && /,$/.test(previous) && !markdownHeadings.has(i)) {
      joined[joined.length - 1] = `${previous} ${line}`;
      continue;
    }
    if (markdownHeadings.has(i)) joinedHeadings.add(joined.length);
    joined.push(line);
  }
  return { lines: joined, markdownHeadings: joinedHeadings };
}

/** A dateline or byline above the headline: "Diterbitkan: 3 September 2023", "Senin, 12 Januari 2026 10:15 WIB". */
const publicationLine =
  /^(diterbitkan|dipublikasikan|diposting|published|posted|oleh|by)\b|\b\d{4}\b.{0,20}$/i;

/** Site names and taglines that sit above a headline. */
const siteNameLine = /^\S+\.(com|co|id|net|org)\b|^[\w.-]+$/i;

/**
 * Cleans an article given as plain text or HTML. Never throws; bounded work on any input size.
 */
export function cleanArticle(input: string, isHtml: boolean): CleanedArticle {
  let truncated = false;
  let htmlTitle: string | null = null;
  let raw = input;
  if (isHtml) {
    const converted = htmlToText(input);
    raw = converted.text;
    htmlTitle = converted.title ? stripMarkup(converted.title.replace(/\s+/g, ' ').trim()) : null;
    truncated = converted.truncated;
  }
  if (raw.length > maxRawTextChars) {
    raw = raw.slice(0, maxRawTextChars);
    truncated = true;
  }
  const { lines, markdownHeadings } = cleanLines(raw);
  let text = '';
  const starts: number[] = [];
  for (const line of lines) {
    if (text.length >= maxAnalysedChars) {
      truncated = true;
      break;
    }
    if (text !== '') text += '\n';
    starts.push(text.length);
    text += line;
  }
  if (text.length > maxAnalysedChars) {
    text = text.slice(0, maxAnalysedChars);
    truncated = true;
  }
  const headingSpans: Array<[number, number]> = [];
  let title: string | null = null;
  let titleSpan: [number, number] | null = null;
  for (let i = 0; i < starts.length; i++) {
    const line = lines[i] ?? '';
    const start = starts[i] ?? 0;
    if (start >= text.length) break;
    if (markdownHeadings.has(i) || looksLikeHeading(line))
      headingSpans.push([start, Math.min(text.length, start + line.length)]);
  }
  if (htmlTitle) {
    title = htmlTitle;
    const at = text.indexOf(htmlTitle);
    if (at >= 0) titleSpan = [at, at + htmlTitle.length];
  } else {
    // The headline is a heading among the first lines of a pasted article, never a site name.
    for (let i = 0; i < Math.min(3, starts.length); i++) {
      const line = lines[i] ?? '';
      const start = starts[i] ?? 0;
      if (siteNameLine.test(line) || publicationLine.test(line)) continue;
      if (markdownHeadings.has(i) || looksLikeHeading(line)) {
        title = line;
        titleSpan = [start, start + line.length];
      }
      break;
    }
  }
  return { text, title, titleSpan, headingSpans, truncated };
}
