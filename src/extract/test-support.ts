/** Builds the article context of a plain text, as extractArticle does, for the rule modules' unit tests. */
import { cleanArticle } from './clean';
import { buildContext, settleContext } from './context';
import type { ArticleContext } from './context';

export function contextOf(text: string, eventYear: number | null = null): ArticleContext {
  const context = buildContext(cleanArticle(text, false));
  settleContext(context, eventYear);
  return context;
}
