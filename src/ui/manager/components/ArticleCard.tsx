// One article: title (a link to the page), its facts, how many highlights,
// the party-building badge, and its passages below, expandable.
import { useState } from 'preact/hooks';
import type { StoredAnnotation } from '../../../store/model.ts';
import type { ArticleMatch } from '../../../store/query/index.ts';
import { formatPublishedAt } from '../../shared/format.ts';
import type { ManagerDataSource } from '../data-source.ts';
import { plural, t } from '../i18n.ts';
import { safeHttpUrl } from '../safe-url.ts';
import type { Expansion } from './ArticleList.tsx';
import { Marked } from './Marked.tsx';
import { PassageItem } from './PassageItem.tsx';
import type { ToastMessage } from './Toast.tsx';

interface ArticleCardProps {
  match: ArticleMatch;
  expansion: Expansion;
  selected: ReadonlySet<string>;
  onToggle: (ids: readonly string[], on: boolean) => void;
  onEdited: (annotation: StoredAnnotation) => void;
  onDelete: (id: string) => void;
  source: ManagerDataSource;
  notify: (toast: ToastMessage) => void;
}

export function ArticleCard({ match, expansion, selected, onToggle, onEdited, onDelete, source, notify }: ArticleCardProps) {
  const { article, annotations } = match;
  const [expanded, setExpanded] = useState(expansion.open);
  // Follows 全部展开 / 全部收起 (adjusted during render: no frame shows the old state).
  const [followed, setFollowed] = useState(expansion);
  if (followed !== expansion) {
    setFollowed(expansion);
    setExpanded(expansion.open);
  }
  const ids = annotations.map((a) => a.annotation.id);
  const allSelected = ids.length > 0 && ids.every((id) => selected.has(id));
  const href = safeHttpUrl(article.url);
  const passagesId = `passages-${encodeURIComponent(article.url)}`;
  const facts: [string, string | null][] = [
    [t('mgrFieldSource'), article.source],
    [t('mgrFieldAuthor'), article.author],
    [t('mgrFieldPublished'), article.publishedAt ? formatPublishedAt(article.publishedAt) : null],
    [t('mgrFieldSite'), article.siteName ?? article.hostname],
  ];

  return (
    <li class="article" data-url={article.url}>
      <div class="article__head">
        {ids.length > 0 && (
          <input
            type="checkbox"
            class="article__select"
            checked={allSelected}
            aria-label={`${t('mgrSelectArticle')}：${article.title}`}
            onChange={(e) => onToggle(ids, e.currentTarget.checked)}
          />
        )}
        <h2 class="article__title">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer" title={t('mgrOpenArticle')}>
              <Marked text={article.title} />
            </a>
          ) : (
            <Marked text={article.title} />
          )}
        </h2>
        {article.partyBuilding && <span class="badge">{t('mgrPartyBadge')}</span>}
      </div>
      <dl class="article__facts">
        {facts
          .filter((fact): fact is [string, string] => !!fact[1])
          .map(([label, value]) => (
            <div key={label} class="article__fact">
              <dt>{label}</dt>
              <dd>
                <Marked text={value} />
              </dd>
            </div>
          ))}
      </dl>
      <div class="article__bar">
        <span class="article__count">{plural('mgrCountHighlights', article.annotations.length)}</span>
        {annotations.length > 0 && (
          <button type="button" class="link-button" aria-expanded={expanded} aria-controls={passagesId} onClick={() => setExpanded(!expanded)}>
            {expanded ? t('mgrHidePassages') : t('mgrShowPassages')}
            {annotations.length !== article.annotations.length ? `（${annotations.length}）` : ''}
          </button>
        )}
      </div>
      {annotations.length === 0 && article.annotations.length > 0 && <p class="article__note">{t('mgrArticleMatchesOnly')}</p>}
      {expanded && annotations.length > 0 && (
        <ul class="passages" id={passagesId}>
          {annotations.map((item) => (
            <PassageItem
              key={item.annotation.id}
              item={item}
              article={article}
              selected={selected.has(item.annotation.id)}
              onSelect={(on) => onToggle([item.annotation.id], on)}
              onEdited={onEdited}
              onDelete={() => onDelete(item.annotation.id)}
              source={source}
              notify={notify}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
