import type { Analysis } from '../../core/types';
import { formatDate } from '../format';

export function ArticleHeader({ analysis, site }: { analysis: Analysis; site: string | null }) {
  const a = analysis.article;
  const siteName = a.siteName ?? site ?? '';
  const date = formatDate(a.publishedTime);
  const minutes = analysis.stats.readingMinutes;
  return (
    <header class="article-header">
      {siteName && (
        <p class="site">
          <span class="site-mark" aria-hidden="true">
            {siteName.trim().charAt(0).toUpperCase()}
          </span>
          <span class="site-name">{siteName}</span>
        </p>
      )}
      <h1 class="headline">{a.title ?? 'Untitled article'}</h1>
      <p class="meta">
        {[a.byline && `By ${a.byline}`, date, minutes > 0 && `${minutes} min read`].filter(Boolean).join(' · ')}
      </p>
    </header>
  );
}
