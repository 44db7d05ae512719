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
/**
 * Elements nested deeper than this are unwrapped (their text is kept) before parsing: a real page is
 * a few dozen levels deep, and the parser's work grows with depth times size (150,000 nested divs
 * took 44 s to parse).
 */
export const maxHtmlDepth = 128;
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
  /** Publication date (YYYY-MM-DD) declared in an HTML page's metadata, or null. */
  publishedAt: string | null;
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

/** Elements that never have content, and elements whose end tag may be left out (they never nest deep). */
const notNesting = new Set(
  (
    'area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rp caption'
  ).split(' '),
);
const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/**
 * Removes the tags of elements nested deeper than `maxDepth`, keeping their text, in one linear pass
 * over the markup. Depth is estimated from the tags as written (void elements and elements with
 * optional end tags do not count); an end tag whose start tag was removed is removed too. Markup
 * within the limit comes back unchanged.
 */
export function flattenDeepNesting(html: string, maxDepth: number): string {
  const open: string[] = [];
  const removed = new Map<string, number>();
  const parts: string[] = [];
  let copiedUpTo = 0;
  tagPattern.lastIndex = 0;
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    const [tag, closing, rawName, selfClosing] = match;
    const name = rawName!.toLowerCase();
    if (notNesting.has(name) || selfClosing) continue;
    let drop = false;
    if (!closing) {
      if (open.length >= maxDepth) {
        drop = true;
        removed.set(name, (removed.get(name) ?? 0) + 1);
      } else {
        open.push(name);
      }
    } else if ((removed.get(name) ?? 0) > 0) {
      drop = true;
      removed.set(name, removed.get(name)! - 1);
    } else {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    }
    if (drop) {
      // One space keeps words apart; a run of removed tags leaves one space, not thousands.
      const between = html.slice(copiedUpTo, match.index);
      const lastKept = between === '' ? parts.at(-1) : between;
      if (between !== '') parts.push(between);
      if (lastKept !== undefined && !/\s$/.test(lastKept)) parts.push(' ');
      copiedUpTo = match.index + tag.length;
    }
  }
  if (copiedUpTo === 0) return html;
  parts.push(html.slice(copiedUpTo));
  return parts.join('');
}

/**
 * HTML -> article title and plain text. Readability picks the article body; when it finds none the
 * whole body is walked with furniture-looking elements skipped. Never throws.
 */
export function htmlToText(html: string): {
  title: string | null;
  text: string;
  truncated: boolean;
  /** Publication time from the page's metadata (ISO date), or null. */
  publishedAt: string | null;
} {
  // Scripts, styles and comments are never text; dropping them first keeps the parse small.
  const stripped = html.replace(
    /<(script|style|noscript|svg|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi,
    ' ',
  );
  const truncated = stripped.length > maxHtmlChars;
  const source = flattenDeepNesting(truncated ? stripped.slice(0, maxHtmlChars) : stripped, maxHtmlDepth);
  const wrap = (markup: string): string =>
    /<html[\s>]/i.test(markup) ? markup : `<!doctype html><html><body>${markup}</body></html>`;
  try {
    const { document } = parseHTML(wrap(source));
    const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
    const pageTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
    const publishedAt = publishedAtOf(document as unknown as QueryableDocument, html);
    const dateline = visibleDateline(document as unknown as QueryableDocument);
    const captions = takeOutFurniture(document as unknown as QueryableDocument);
    const finish = (text: string): string => withDatelineAndCaptions(text, dateline, captions);
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
          return {
            title: h1 ?? article.title?.trim() ?? pageTitle,
            text: finish(text),
            truncated,
            publishedAt,
          };
      }
      // Readability changed the document while trying; walk a fresh copy.
      const { document: fresh } = parseHTML(wrap(source));
      takeOutFurniture(fresh as unknown as QueryableDocument);
      return { title: h1 ?? pageTitle, text: finish(walkBody(fresh)), truncated, publishedAt };
    }
    return { title: h1 ?? pageTitle, text: finish(walkBody(document)), truncated, publishedAt };
  } catch {
    // Malformed markup that even linkedom rejects: strip the tags and carry on.
    return { title: null, text: source.replace(/<[^>]*>/g, '\n'), truncated, publishedAt: null };
  }
}

/** The part of linkedom's DOM the furniture filters use. */
type QueryableElement = {
  tagName: string;
  textContent: string | null;
  parentElement: QueryableElement | null;
  children: ArrayLike<QueryableElement>;
  getAttribute(name: string): string | null;
  closest(selector: string): QueryableElement | null;
  querySelector(selector: string): QueryableElement | null;
  remove(): void;
};
type QueryableDocument = { querySelectorAll(selector: string): ArrayLike<QueryableElement> };

const collapse = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

/**
 * Embedded posts (tweets, Instagram, TikTok, Facebook): their text is someone else's post, with its own
 * date and account names ("— Pemkab Garut (@pemkabgarut) September 16, 2025").
 */
const embedSelector = [
  'blockquote.twitter-tweet',
  'blockquote.twitter-video',
  '.instagram-media',
  'blockquote.tiktok-embed',
  '.fb-post',
  '.fb-video',
  '.wp-block-embed-twitter',
  '.wp-block-embed-instagram',
  '.is-provider-twitter',
  '.is-provider-instagram',
].join(',');

/** Class or id of an advertisement slot ("ads-inarticle", "div-gpt-ad-1", "adsbygoogle", "iklan"). */
const adAttribute = /(^|[\s_-])(ads?|advert\w*|adsbygoogle|iklan|gpt-ad|banner-ad|dfp)([\s_-]|$)/i;

/** Class or id of a photo caption. */
const captionAttribute = /(^|[\s_-])(caption|figcaption|keterangan|photo-?desc|img-?desc)([\s_-]|$)/i;

const structuralAncestor = 'header, nav, aside, footer';

/**
 * Takes page furniture out of the DOM before the article is picked: embedded posts and advertisement
 * slots are dropped; photo captions are taken out and returned, because a caption lists the people in the
 * picture ("Gubernur Bali (tengah) bersama Wali Kota Denpasar, Bupati Badung ...") with positions and
 * witnesses, not the sentence that says who signed, and it must not run into the first paragraph.
 */
function takeOutFurniture(document: QueryableDocument): string[] {
  for (const element of Array.from(document.querySelectorAll(embedSelector))) element.remove();
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    const marker = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    // A slot holds a label ("ADVERTISEMENT"), never a paragraph: a long text is a mislabelled container.
    if (adAttribute.test(marker) && collapse(element.textContent).length <= 80) element.remove();
  }
  const captions: string[] = [];
  const take = (element: QueryableElement): void => {
    const text = collapse(element.textContent);
    // A long block is a mislabelled container, not a caption.
    if (text.length > 400 || element.closest(structuralAncestor)) return;
    if (text.length > 0) captions.push(text);
    element.remove();
  };
  for (const element of Array.from(document.querySelectorAll('figcaption, [class], [id]'))) {
    const marker = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (element.tagName.toUpperCase() === 'FIGCAPTION' || captionAttribute.test(marker)) take(element);
  }
  // A short text block beside the picture in a small image box (Tribun's <div class="arial">). Walked from
  // the pictures, so the work stays linear in the page size.
  for (const image of Array.from(document.querySelectorAll('img'))) {
    let box = image.parentElement;
    if (box && /^(A|PICTURE)$/i.test(box.tagName) && box.children.length === 1) box = box.parentElement;
    if (!box || box.children.length > 3 || collapse(box.textContent).length > 400) continue;
    for (const child of Array.from(box.children)) {
      if (/^(IMG|PICTURE|A|NOSCRIPT)$/i.test(child.tagName) || child.querySelector('img')) continue;
      take(child);
    }
  }
  return captions;
}

/** A date with a year: "21/11/2025", "17 September 2025", "04 Nov 2025". */
const dateWithYear = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}\b/u;
/** Class or id of the element that shows when the story was published. */
const dateAttribute =
  /(^|[\s_-])(date|time|tanggal|waktu|published|posted-on|publish(ed)?-?(date|time)?)([\s_-]|$)/i;

/**
 * The publication line a reader sees above the article ("Kompas.com - 21/11/2025, 09:12 WIB"). Readability
 * leaves it out with the headline; it is put back as the first line, as in a pasted article, because
 * it gives the year of a date written without one ("Kamis (20/11)") and the day a lone weekday counts
 * back from.
 */
function visibleDateline(document: QueryableDocument): string | null {
  for (const element of Array.from(document.querySelectorAll('time, [class], [id]'))) {
    const marker = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (element.tagName.toUpperCase() !== 'TIME' && !dateAttribute.test(marker)) continue;
    if (element.closest(structuralAncestor)) continue;
    const text = collapse(element.textContent);
    // A dateline is the date with a weekday, a time and a site name at most; a longer line (byline, agenda
    // item) could be read as the event's date.
    const words = text.split(' ').filter((word) => /^\p{L}{2,}/u.test(word)).length;
    if (text.length <= 60 && words <= 5 && dateWithYear.test(text)) return text;
  }
  return null;
}

/**
 * The article text with the publication line first (unless the body already holds it). Captions are
 * dropped, except that when the body gives no full date (ANTARA writes only "Selasa") the first caption
 * that does ("... di Gedung Pakuan, Bandung, Selasa (16/9/2025)") is kept after the body: the photo was
 * taken at the event, and after the body it cannot run into the first paragraph.
 */
function withDatelineAndCaptions(text: string, dateline: string | null, captions: readonly string[]): string {
  const flat = collapse(text);
  const head = dateline && !flat.includes(dateline) ? `${dateline}\n` : '';
  const datedCaption = dateWithYear.test(flat)
    ? undefined
    : captions.find((caption) => dateWithYear.test(caption) && !flat.includes(caption));
  return datedCaption ? `${head}${text}\n${datedCaption}` : `${head}${text}`;
}

/** ISO date (YYYY-MM-DD) at the start of a metadata value, or null. */
function isoDay(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return match?.[1] ?? null;
}

/**
 * The publication date a page declares: article:published_time and similar meta tags, else the
 * datePublished of its JSON-LD (read from the raw markup, since scripts are dropped before parsing).
 */
function publishedAtOf(document: QueryableDocument, html: string): string | null {
  for (const element of Array.from(
    document.querySelectorAll(
      'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="pubdate"], meta[name="publishdate"], meta[name="content_PublishedDate"]',
    ),
  )) {
    const day = isoDay(element.getAttribute('content')?.replace(/\//g, '-'));
    if (day) return day;
  }
  const jsonLd = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(html.slice(0, maxHtmlChars));
  return jsonLd?.[1] ?? null;
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
  // Advertisement slot labels left in the body.
  /^(advertisement|advertisment|iklan|ads|sponsored|scroll to continue( with content)?|gulir untuk melanjutkan)\s*:?$/i,
  // Calls to follow the outlet elsewhere ("Simak breaking news ... WhatsApp Channel", "Baca berita ... di Google News").
  /^(simak|ikuti|dapatkan|baca|cek)\b.{0,160}\b(whatsapp channel|saluran whatsapp|google news|telegram|ponselmu|aplikasi)\b/i,
  /^(berikan|tulis|kirim|lihat semua) komentar\b/i,
  /^lihat (postingan|kiriman) ini di (instagram|facebook|tiktok)\b/i,
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

/** A news dateline opening a body line: "SERANG – ", "BANDA ACEH - ". */
const datelineOpening = /^\p{Lu}{3,}(?:\s\p{Lu}{2,}){0,2}\s*[–—-]\s/u;

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
 * Menu items whose text ran together when the page was copied: "BeritaKABAR UTAMAKILAS DAERAHPOLITIK".
 * A word whose lower-case run is followed straight by a capital run ("BeritaKABAR") is no headline.
 */
const runTogetherMenuLine = /\p{Lu}\p{Ll}{2,}\p{Lu}{2,}/u;

/**
 * Cleans an article given as plain text or HTML. Never throws; bounded work on any input size.
 */
export function cleanArticle(input: string, isHtml: boolean): CleanedArticle {
  let truncated = false;
  let htmlTitle: string | null = null;
  let publishedAt: string | null = null;
  let raw = input;
  if (isHtml) {
    const converted = htmlToText(input);
    raw = converted.text;
    publishedAt = converted.publishedAt;
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
    // A hard-wrapped body line is no heading: it opens with a dateline ("SERANG – ...") or the sentence
    // goes on in lower case on the next line.
    const wrapped = datelineOpening.test(line) || /^\p{Ll}/u.test(lines[i + 1] ?? '');
    if (markdownHeadings.has(i) || (looksLikeHeading(line) && !wrapped))
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
      if (siteNameLine.test(line) || publicationLine.test(line) || runTogetherMenuLine.test(line)) continue;
      if (markdownHeadings.has(i) || looksLikeHeading(line)) {
        title = line;
        titleSpan = [start, start + line.length];
      }
      break;
    }
  }
  return { text, title, titleSpan, headingSpans, truncated, publishedAt };
}
