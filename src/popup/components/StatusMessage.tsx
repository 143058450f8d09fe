// Plain words for every state that is not a finished analysis.

import type { PopupState } from '../connector';

interface Props {
  state: Exclude<PopupState, { status: 'ready' }>;
  site: string | null;
  onResume?: () => void;
}

export function StatusMessage({ state, site, onResume }: Props) {
  let title: string;
  let body: string;
  switch (state.status) {
    case 'working':
      title = 'Reading the article…';
      body = 'Finding the people, places and quotes. This takes a moment on long pages.';
      break;
    case 'not-article':
      title = 'This page isn’t a news article';
      body = 'Lede annotates news stories. Open an article and it highlights who is in it and who said what.';
      break;
    case 'not-english':
      title = 'This article isn’t in English';
      body = `Lede reads English articles only for now${state.lang ? ` (this page says its language is “${state.lang}”)` : ''}, so it left this page alone.`;
      break;
    case 'empty':
      title = 'No article text here';
      body = 'Lede recognised an article but found no text to read; it may still be loading.';
      break;
    case 'paused':
      title = `Lede is paused on ${state.site}`;
      body = 'Highlights are off on this site. Resume to annotate its articles again.';
      break;
    case 'error':
      title = 'Lede could not read this page';
      body = `Something went wrong while reading it: ${state.message}`;
      break;
    case 'unreachable':
      title = 'Lede can’t read this page';
      body = 'Browser pages and add-on stores are off limits. If this is a web page opened before Lede was installed, reload it.';
      break;
  }
  return (
    <section class="status" role="status" aria-live="polite" data-status={state.status}>
      <h1 class="status-title">{title}</h1>
      <p class="status-body">{body}</p>
      {state.status === 'paused' && onResume && (
        <button type="button" class="button" onClick={onResume}>
          Resume on {site ?? state.site}
        </button>
      )}
    </section>
  );
}
