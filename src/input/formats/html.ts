// Saved web pages: the story, not the page. Mozilla's Readability (Firefox's reader view) picks
// the main content out of menus, adverts and related-story links; when it finds none, the body's
// text is used. linkedom is the DOM: a fraction of jsdom's size and start-up time, and Readability
// needs no more of a DOM than it gives. Block elements become paragraphs (separated by a blank
// line, which the pipeline's sentence splitter respects); the headline and the publication date
// come from the page's metadata.

import { isIsoDate } from '../iso-date';
import { decodeBytes } from '../decode';
import { Extracted, UnreadableDocument } from './types';
import { MAX_HTML_BYTES, MAX_HTML_DEPTH, tooLargeMessage } from './limits';

// loaded on first use: a plain-text run never pays for a DOM (typed here: the project has no DOM lib)
interface HtmlDocument extends QueryDocument {
  body: DomNode | null;
}
interface Libraries {
  parseHTML(html: string): { document: HtmlDocument };
  Readability: new (
    document: HtmlDocument,
    options: { serializer: (node: DomNode) => DomNode },
  ) => { parse(): { title?: string | null; content?: DomNode | null } | null };
  isProbablyReaderable(document: HtmlDocument, options: { minContentLength: number; minScore: number }): boolean;
}
let libraries: Libraries | null = null;
function load(): Libraries {
  if (!libraries) {
    /* eslint-disable @typescript-eslint/no-var-requires */
    const { parseHTML } = require('linkedom') as Pick<Libraries, 'parseHTML'>;
    const { Readability, isProbablyReaderable } = require('@mozilla/readability') as Omit<Libraries, 'parseHTML'>;
    libraries = { parseHTML, Readability, isProbablyReaderable };
  }
  return libraries;
}

/** Elements that end a paragraph (their text is a block of its own). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'caption', 'details', 'summary',
]);
/** Never text: code, styles, and what a reader never sees. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas', 'select', 'button']);
/** Page furniture left out of the fallback (the body's text when Readability finds no story). */
const FURNITURE = new Set(['nav', 'footer', 'aside', 'header', 'form']);
const HEADINGS = new Set(['h1', 'h2', 'h3']);
/** Firefox asks for paragraphs of 140 characters and a score of 20; a short news item has less. */
const READERABLE = { minContentLength: 100, minScore: 12 };

interface DomNode {
  nodeType: number;
  localName?: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** The text of an element as paragraphs: one per block, whitespace folded, joined by blank lines. */
export function blockText(root: DomNode, skip: Set<string>): { text: string; startsWithHeading: boolean } {
  const paragraphs: string[] = [];
  let current = '';
  let firstHeading: boolean | null = null;
  let inHeading = 0;
  const flush = (): void => {
    // spaces are folded already; only the line breaks of <br> need the spaces around them gone
    const paragraph = current.includes('\n') ? current.split('\n').map((line) => line.trim()).join('\n').trim() : current.trim();
    if (paragraph !== '') {
      if (firstHeading === null) firstHeading = inHeading > 0;
      paragraphs.push(paragraph);
    }
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.localName ?? '';
    if (INVISIBLE.has(name) || skip.has(name)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    const heading = HEADINGS.has(name);
    if (heading) inHeading++;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]);
    if (block) flush();
    if (heading) inHeading--;
  };
  walk(root);
  flush();
  return { text: paragraphs.join('\n\n'), startsWithHeading: firstHeading === true };
}

/** YYYY-MM-DD from the start of an ISO date or date-time, as written (the publisher's own day). */
function dayOf(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return match && isIsoDate(match[1]) ? match[1] : null;
}

/** `datePublished` anywhere in a JSON-LD value (an object, a list, an @graph). */
function jsonLdDate(value: unknown, depth = 0): string | null {
  if (depth > 8 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = jsonLdDate(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string' && dayOf(record.datePublished)) return dayOf(record.datePublished);
  for (const key of Object.keys(record)) {
    const found = jsonLdDate(record[key], depth + 1);
    if (found) return found;
  }
  return null;
}

interface QueryDocument {
  querySelector(selector: string): (DomNode & { getAttribute(name: string): string | null }) | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

/**
 * The publication date: the Open Graph article:published_time, then JSON-LD datePublished, then
 * microdata, then the first <time datetime> (inside the article when there is one).
 */
export function publicationDate(document: QueryDocument): string | null {
  for (const selector of ['meta[property="article:published_time"]', 'meta[name="article:published_time"]']) {
    const day = dayOf(document.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      const day = jsonLdDate(JSON.parse(scripts[i].textContent ?? ''));
      if (day) return day;
    } catch {
      // a broken JSON-LD block is common and says nothing about the story
    }
  }
  const item = document.querySelector('[itemprop="datePublished"]');
  const microdata = dayOf(item?.getAttribute('content') ?? item?.getAttribute('datetime'));
  if (microdata) return microdata;
  for (const selector of ['article time[datetime]', 'time[datetime]']) {
    const day = dayOf(document.querySelector(selector)?.getAttribute('datetime'));
    if (day) return day;
  }
  return null;
}

/** The charset a page declares in a <meta> tag, when it is not UTF-8 and the runtime can decode it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!match || /^utf-?8$/i.test(match[1])) return null;
  try {
    return new TextDecoder(match[1]).encoding;
  } catch {
    return null; // an unknown label: read as UTF-8
  }
}

function decodeHtml(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const charset = buffer[0] === 0xef || buffer[0] === 0xfe || buffer[0] === 0xff ? null : declaredCharset(buffer);
  if (charset && charset !== 'utf-8') return new TextDecoder(charset).decode(buffer);
  return decodeBytes(buffer).text;
}

/** Elements whose end tag may be left out (or that have none): they say nothing about nesting. */
const UNCOUNTED = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'html', 'head',
  'body', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'option', 'optgroup', 'rb', 'rt', 'rp',
]);

/**
 * How deep the elements nest, by one linear scan of the tags. The HTML parser's time grows with
 * tags x depth: 200,000 nested <div> (2.4 MB) took it 86 s, so a page nested deeper than any real
 * one is refused before parsing. Script and style contents are skipped ("a<b" is no tag).
 */
export function nestingDepth(page: string): number {
  const html = page.toLowerCase();
  let depth = 0;
  let deepest = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    const closing = html.charCodeAt(at + 1) === 0x2f;
    let end = at + (closing ? 2 : 1);
    let name = '';
    while (end < html.length && name.length < 16) {
      const code = html.charCodeAt(end);
      if ((code >= 0x61 && code <= 0x7a) || (name !== '' && code >= 0x30 && code <= 0x39)) name += String.fromCharCode(code);
      else break;
      end++;
    }
    if (name === '' || UNCOUNTED.has(name)) continue;
    if (closing) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (name === 'script' || name === 'style') {
      const close = html.indexOf(`</${name}`, end);
      if (close === -1) break;
      at = close + 1;
      continue;
    }
    depth++;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** A saved web page as one document. */
export function readHtml(bytes: Uint8Array): Extracted {
  if (bytes.length > MAX_HTML_BYTES) throw new UnreadableDocument(tooLargeMessage('html'));
  const html = decodeHtml(bytes);
  if (nestingDepth(html) > MAX_HTML_DEPTH) throw new UnreadableDocument(`HTML nested more than ${MAX_HTML_DEPTH} elements deep`);
  const { parseHTML, Readability, isProbablyReaderable } = load();
  const { document } = parseHTML(html);
  const date = publicationDate(document);
  const fallbackTitle = (document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  // the fallback is read first: Readability takes the document apart as it works
  const body = document.body ? blockText(document.body, FURNITURE).text : '';
  let article: { title?: string | null; content?: DomNode | null } | null = null;
  try {
    // Firefox's own test for offering reader view, a little lower (short news items): without
    // enough paragraphs of prose Readability returns the whole page, menus and all
    if (isProbablyReaderable(document, READERABLE)) article = new Readability(document, { serializer: (element) => element }).parse();
  } catch {
    article = null; // a page Readability cannot walk still has a body
  }
  const title = (article?.title ?? fallbackTitle).replace(/\s+/g, ' ').trim();
  const story = article?.content ? blockText(article.content, new Set()) : null;
  let text: string;
  if (story && story.text !== '') {
    // Readability drops an <h1> that repeats the title: put the headline back above the story
    const repeated = story.text.slice(0, title.length + 1).replace(/\s+/g, ' ').trim().toLowerCase() === title.toLowerCase();
    text = title !== '' && !story.startsWithHeading && !repeated ? `${title}\n\n${story.text}` : story.text;
  } else {
    text = body;
  }
  const document_: Extracted = { format: 'html', text, date, id: null };
  if (title !== '') document_.title = title;
  return document_;
}

/** The text of an HTML e-mail body: all of it (no story to pick out), paragraphs kept. */
export function htmlBodyText(html: string): string {
  const { document } = load().parseHTML(html);
  const root = document.body ?? (document as unknown as DomNode);
  return blockText(root, new Set()).text;
}
