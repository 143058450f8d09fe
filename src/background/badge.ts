// The toolbar badge: says "this page is an article" with the number of named things found.

import browser from '../shared/browser';
import type { PageState } from '../shared/messages';

const BADGE_COLOR = '#1f5fbf';

export async function showPageStatus(tabId: number, status: PageState['status'], entityCount: number): Promise<void> {
  const action = browser.action;
  if (status === 'ready') {
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await action.setBadgeText({ tabId, text: entityCount > 999 ? '999+' : String(entityCount) });
    await action.setTitle({ tabId, title: browser.i18n.getMessage('badgeArticle', [String(entityCount)]) || 'Lede: article' });
  } else if (status === 'working') {
    await action.setBadgeText({ tabId, text: '…' });
  } else {
    await action.setBadgeText({ tabId, text: '' });
    await action.setTitle({ tabId, title: browser.i18n.getMessage('extName') || 'Lede' });
  }
}
