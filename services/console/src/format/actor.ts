import type { Translate } from '../i18n/translate';

/**
 * Who did something, in words: the system (a workflow acting on its own: a stage entered, a panel
 * scored, a period run out) as 系统 / the system, the public as 公众, a person by role and the id they
 * sign in with (the console knows no names beyond it).
 */
export function actorName(actor: { id: string; role: string }, t: Translate): string {
  if (actor.role === 'system') return t('role.system');
  if (actor.role === 'public') return t('role.public');
  return `${t.optional(`role.${actor.role}`, actor.role)} ${actor.id}`;
}
