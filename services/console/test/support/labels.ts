import { MessageKey } from '../../src/i18n/dictionary';
import { Params, translator } from '../../src/i18n/translate';

const chinese = translator('zh');

/** A label as a Chinese-speaking person reads it on the page (the console's default language). */
export function zh(key: MessageKey, params?: Params): string {
  return chinese(key, params);
}
