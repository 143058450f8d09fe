// Small pure helpers the popup views share: dates, grouping, export text.

import type { Analysis, Entity, EntityType, Quote } from '../core/types';

export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  // A date-only value ("2024-02-02") is a calendar day, not midnight UTC.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  return d.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: dateOnly ? 'UTC' : undefined });
}

export interface SpeakerGroup {
  speaker: string;
  quotes: Quote[];
}

/** Quotes grouped by speaker, speakers in order of their first quote, quotes in article order. */
export function groupQuotes(quotes: Quote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const speaker = q.speaker ?? 'Unattributed';
    let g = groups.get(speaker);
    if (!g) groups.set(speaker, (g = { speaker, quotes: [] }));
    g.quotes.push(q);
  }
  return [...groups.values()];
}

export function entitiesOfType(entities: Entity[], type: EntityType): Entity[] {
  return entities.filter((e) => e.type === type);
}

const TYPE_HEADINGS: Record<EntityType, string> = { person: 'People', organization: 'Organizations', place: 'Places' };

/** The article at a glance as Markdown: summary, entities, quotes. */
export function analysisToMarkdown(a: Analysis, url?: string): string {
  const lines: string[] = [];
  const title = a.article.title ?? 'Untitled article';
  lines.push(`# ${title}`);
  const meta = [a.article.siteName, a.article.byline, formatDate(a.article.publishedTime)].filter(Boolean).join(' · ');
  if (meta) lines.push('', meta);
  if (url) lines.push('', url);
  if (a.summary.length) lines.push('', '## Summary', '', ...a.summary.map((s) => `- ${oneLine(s)}`));
  for (const type of ['person', 'organization', 'place'] as const) {
    const list = entitiesOfType(a.entities, type);
    if (!list.length) continue;
    lines.push('', `## ${TYPE_HEADINGS[type]}`, '');
    for (const e of list) lines.push(`- ${e.name}${e.role ? ` — ${e.role}` : ''} (${e.mentions.length})`);
  }
  const groups = groupQuotes(a.quotes);
  if (groups.length) {
    lines.push('', '## Who said what');
    for (const g of groups) {
      lines.push('', `**${g.speaker}**`, '');
      for (const q of g.quotes) lines.push(`> “${oneLine(q.text)}”`, '');
    }
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
