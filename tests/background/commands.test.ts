import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent: { tabId: number; message: unknown }[] = [];
let tabs: { id?: number }[] = [];
let receiverMissing = false;

vi.mock('../../src/shared/browser', () => ({
  default: {
    tabs: {
      query: async () => tabs,
      sendMessage: async (tabId: number, message: unknown) => {
        if (receiverMissing) throw new Error('Could not establish connection. Receiving end does not exist.');
        sent.push({ tabId, message });
        return { allHidden: true };
      },
    },
  },
}));

const { handleCommand, TOGGLE_COMMAND } = await import('../../src/background/commands');

describe('keyboard shortcut', () => {
  beforeEach(() => {
    sent.length = 0;
    tabs = [{ id: 7 }];
    receiverMissing = false;
  });

  it('toggles all highlights on the active tab', async () => {
    expect(await handleCommand(TOGGLE_COMMAND)).toBe(true);
    expect(sent).toEqual([{ tabId: 7, message: { type: 'toggle-all' } }]);
  });

  it('ignores other commands and tabs without Lede', async () => {
    expect(await handleCommand('something-else')).toBe(false);
    receiverMissing = true;
    expect(await handleCommand(TOGGLE_COMMAND)).toBe(false);
    tabs = [];
    expect(await handleCommand(TOGGLE_COMMAND)).toBe(false);
    expect(sent).toEqual([]);
  });
});
