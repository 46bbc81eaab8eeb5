import { stripControls } from '../core/text.js';

// Every string from a roadmap or a progress file passes through one of these before it reaches
// a page, a card or a Markdown file: a roadmap is untrusted, so its text is never markup.

/** Text made safe for HTML/XML content and quoted attributes; control characters removed (XML forbids them). */
export function escapeXml(value: string): string {
  return stripControls(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The URL when it is an absolute http(s) link, else null: `javascript:`, `data:` and the rest never become links. */
export function safeHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

/** Roadmap text as literal Markdown: no emphasis, links, headings or raw HTML of its own. */
export function escapeMarkdown(value: string): string {
  return (
    stripControls(value)
      .replace(/\s+/g, ' ')
      // Without an unescaped `[` no link forms, so parentheses may stay; inline text starts no block.
      .replace(/[\\`*_[\]|~<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
  );
}

/** A learner's note in Markdown: their formatting kept, raw HTML disarmed. */
export function noteMarkdown(value: string): string {
  return stripControls(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A Markdown link when the URL is http(s), else the escaped URL as plain text. */
export function markdownLink(label: string, url: string): string {
  const href = safeHref(url);
  if (!href) return escapeMarkdown(url);
  return `[${escapeMarkdown(label)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}
