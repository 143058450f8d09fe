// The popup: the article at a glance, or plain words about why there is none.

import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Span } from '../core/types';
import type { Category } from '../shared/categories';
import { ArticleHeader } from './components/ArticleHeader';
import { Controls } from './components/Controls';
import { EntitySection } from './components/EntitySection';
import { QuoteSection } from './components/QuoteSection';
import { StatusMessage } from './components/StatusMessage';
import { SummarySection } from './components/SummarySection';
import type { PopupConnector, PopupReport } from './connector';
import { analysisToMarkdown, entitiesOfType } from './format';

const POLL_MS = 250;

export function App({ connector }: { connector: PopupConnector }) {
  const [report, setReport] = useState<PopupReport | null>(null);

  const load = useCallback(async () => {
    try {
      setReport(await connector.getState());
    } catch (e) {
      setReport({ site: null, state: { status: 'error', message: e instanceof Error ? e.message : String(e) } });
    }
  }, [connector]);

  useEffect(() => {
    void load();
  }, [load]);

  // While the page is still being read, ask again shortly.
  useEffect(() => {
    if (report?.state.status !== 'working') return;
    const t = setTimeout(() => void load(), POLL_MS);
    return () => clearTimeout(t);
  }, [report, load]);

  if (!report) return <main class="popup" aria-busy="true" />;
  const { state, site } = report;

  if (state.status !== 'ready') {
    const resume = async (): Promise<void> => {
      const s = await connector.getSettings();
      await connector.saveSettings({ ...s, pausedSites: s.pausedSites.filter((h) => h !== (site ?? '')) });
      setTimeout(() => void load(), POLL_MS);
    };
    return (
      <main class="popup">
        <StatusMessage state={state} site={site} onResume={resume} />
      </main>
    );
  }

  const { analysis } = state;
  const go = (span: Span): void => void connector.scrollTo(span);
  const setEnabled = async (category: Category, on: boolean): Promise<void> => {
    const enabled = { ...state.enabled, [category]: on };
    setReport({ site, state: { ...state, enabled } });
    await connector.setEnabled(enabled);
    const s = await connector.getSettings();
    await connector.saveSettings({ ...s, enabled });
  };
  const toggleAll = async (): Promise<void> => {
    const allHidden = await connector.toggleAll();
    setReport({ site, state: { ...state, allHidden } });
  };
  const pause = async (): Promise<void> => {
    if (!site) return;
    const s = await connector.getSettings();
    await connector.saveSettings({ ...s, pausedSites: [...new Set([...s.pausedSites, site])] });
    setTimeout(() => void load(), POLL_MS);
  };
  const fileName = `lede-${(analysis.article.title ?? 'article').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'article'}.json`;

  return (
    <main class="popup">
      <ArticleHeader analysis={analysis} site={site} favicon={report.url ? connector.faviconUrl(report.url) : null} />
      <SummarySection analysis={analysis} onGo={go} />
      <EntitySection title="People" category="person" entities={entitiesOfType(analysis.entities, 'person')} onGo={go} />
      <EntitySection title="Organizations" category="organization" entities={entitiesOfType(analysis.entities, 'organization')} onGo={go} />
      <EntitySection title="Places" category="place" entities={entitiesOfType(analysis.entities, 'place')} onGo={go} />
      <QuoteSection quotes={analysis.quotes} onGo={go} />
      <Controls
        enabled={state.enabled}
        allHidden={state.allHidden}
        site={site}
        onToggle={(c, on) => void setEnabled(c, on)}
        onToggleAll={() => void toggleAll()}
        onPause={() => void pause()}
        onCopy={() => connector.copyText(analysisToMarkdown(analysis))}
        onSaveJson={() => void connector.downloadJson(fileName, JSON.stringify(analysis, null, 2))}
        onOptions={() => void connector.openOptions()}
      />
    </main>
  );
}
