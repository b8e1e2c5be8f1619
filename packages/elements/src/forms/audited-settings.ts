/** The host's settings that change how answers are audited: who is assessing, and whether the full history is kept. */
const AUDITED_SETTINGS: readonly PropertyKey[] = ['assessorReference', 'assessorRole', 'auditHistory'];

/**
 * What a form under way sends its machine (`UPDATE_OPTIONS`) when the host names another assessor (another OT
 * signed in, or the identity arrived late) or turns the full history on or off, so that what is answered from then
 * on is audited with them; `null` when nothing is to be sent: the form is not running, none of those changed, or it
 * starts again (then its machine takes them from its input). `auditHistory` is sent only when it changed, as the
 * machines keep the one they have when an update leaves it out.
 */
export function auditedSettingsUpdate<TOptions extends object>(
  changed: ReadonlyMap<PropertyKey, unknown>,
  restartOn: readonly PropertyKey[],
  running: boolean,
  options: () => TOptions,
  auditHistory: boolean,
): (TOptions & { auditHistory?: boolean }) | null {
  if (!running || ['actor', 'encryptionKey', ...restartOn].some((key) => changed.has(key))) return null;
  if (!AUDITED_SETTINGS.some((key) => changed.has(key))) return null;
  return changed.has('auditHistory') ? { ...options(), auditHistory } : options();
}
