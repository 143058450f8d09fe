import type { LexiconData } from '../../src/core/entities/lexicon';
export async function loadLexicon(): Promise<LexiconData> {
  throw new Error('todo');
}
