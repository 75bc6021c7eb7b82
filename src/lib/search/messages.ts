/** The words the search page says, in one place (plain です・ます). */
import { MAX_QUERY_LENGTH } from './query.ts';

/** The result count, said in the polite live region once typing pauses. */
export function resultMessage(query: string, count: number): string {
  if (query === '') return '';
  return count === 0 ? `「${query}」に合うページは、見つかりませんでした。` : `「${query}」に合うページが、${count}件見つかりました。`;
}

export const TRUNCATED_MESSAGE = `ことばが長すぎるため、はじめの${MAX_QUERY_LENGTH}文字（8語まで）で探しました。`;

export const LOADING_MESSAGE = '検索の準備をしています。';

export const ENGINE_ERROR_MESSAGE =
  '検索の準備ができませんでした。ページを読み込み直すか、下の「すべてのページ」から探してください。';
