import type { Analysis } from '../../core/types';
import { formatDate } from '../format';

interface Props {
  analysis: Analysis;
  site: string | null;
  favicon: string | null;
}

export function ArticleHeader({ analysis, site, favicon }: Props) {
  const a = analysis.article;
  const siteName = a.siteName ?? site ?? '';
  const date = formatDate(a.publishedTime);
  const minutes = analysis.stats.readingMinutes;
  return (
    <header class="article-header">
      {siteName && (
        <p class="site">
          {favicon ? (
            <img class="site-icon" src={favicon} alt="" width={16} height={16} />
          ) : (
            <span class="site-mark" aria-hidden="true">
              {siteName.trim().charAt(0).toUpperCase()}
            </span>
          )}
          <span class="site-name">{siteName}</span>
        </p>
      )}
      <h1 class="headline">{a.title ?? 'Untitled article'}</h1>
      <p class="meta">
        {[a.byline && `By ${a.byline}`, date, minutes > 0 && `${minutes} min read`].filter(Boolean).join(' · ')}
      </p>
      {analysis.stats.analyzedChars < a.text.length && (
        <p class="note" role="note">
          This page is very long: Lede annotated its first {Math.round((100 * analysis.stats.analyzedChars) / a.text.length)}%.
        </p>
      )}
    </header>
  );
}
