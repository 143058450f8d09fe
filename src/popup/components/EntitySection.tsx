// People, organizations or places: name, role, mention count. A click goes to the next mention.

import { useRef } from 'preact/hooks';
import type { Entity, Span } from '../../core/types';
import type { Category } from '../../shared/categories';

interface Props {
  title: string;
  category: Category;
  entities: Entity[];
  onGo: (span: Span) => void;
}

export function EntitySection({ title, category, entities, onGo }: Props) {
  const next = useRef(new Map<string, number>());
  if (!entities.length) return null;
  const go = (e: Entity): void => {
    const i = next.current.get(e.id) ?? 0;
    next.current.set(e.id, (i + 1) % e.mentions.length);
    onGo(e.mentions[i]!);
  };
  const id = `h-${category}`;
  return (
    <section class="section" aria-labelledby={id}>
      <h2 id={id}>
        <span class={`swatch swatch-${category}`} aria-hidden="true" />
        {title} <span class="count">{entities.length}</span>
      </h2>
      <ul class="entities">
        {entities.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              class="link entity"
              data-entity={e.name}
              onClick={() => go(e)}
              aria-label={`${e.name}${e.role ? `, ${e.role}` : ''}: ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}; go to the next one`}
            >
              <span class="entity-name">{e.name}</span>
              {e.role && <span class="entity-role"> — {e.role}</span>}
              <span class="mentions" aria-hidden="true">
                {e.mentions.length}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
