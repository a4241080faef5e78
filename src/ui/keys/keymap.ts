import type { Lang } from '../strings.js';
import { BINDINGS, MODE_SCOPES, type Binding, type Command, type KeyPress, type KeySpec, type Mode, type Scope } from './table.js';

/** Reading the key table: which binding a key has in a mode, a scope's bindings, and the status bar's hints. */

function matches(spec: KeySpec, input: string, key: KeyPress): boolean {
  if ('ctrl' in spec) return key.ctrl && input === spec.ctrl;
  if ('input' in spec) return !key.ctrl && !key.meta && input === spec.input;
  if (spec.named === 'f1') return key.f1 === true;
  // Terminals send DEL for Backspace, which Ink reports as `delete`.
  if (spec.named === 'backspace') return key.backspace || key.delete;
  if (spec.named === 'tab') return key.tab && key.shift === (spec.shift ?? false);
  return key[spec.named];
}

/** The binding a key has in a mode: the mode's scopes are tried in order. */
export function bindingFor(mode: Mode, input: string, key: KeyPress): Binding | undefined {
  for (const scope of MODE_SCOPES[mode]) {
    const found = BINDINGS.find((b) => b.scopes.includes(scope) && b.keys.some((spec) => matches(spec, input, key)));
    if (found) return found;
  }
  return undefined;
}

export function commandFor(mode: Mode, input: string, key: KeyPress): Command | undefined {
  return bindingFor(mode, input, key)?.command;
}

/** The bindings of one scope, in table order. */
export function bindingsOf(scope: Scope): Binding[] {
  return BINDINGS.filter((b) => b.scopes.includes(scope));
}

/**
 * What the status bar suggests in a mode, most useful first: where the rest is ("? keys"),
 * then the mode's own keys, then the global ones, and last those a hint places last. A narrow
 * bar drops hints from the end. With `empty` (no item or result to act on) the keys that act
 * on one are not suggested.
 */
export function barHints(mode: Mode, lang: Lang, empty = false): string[] {
  const shown = new Map<Command, Binding>();
  const taken = new Set<string>();
  for (const scope of MODE_SCOPES[mode]) {
    const keys = bindingsOf(scope).flatMap((b) => b.keys.map((spec) => JSON.stringify(spec)));
    for (const binding of bindingsOf(scope)) {
      // A key an earlier scope answers to does something else here: its hint would mislead.
      const hidden = taken.has(JSON.stringify(binding.keys[0]));
      const idle = empty && binding.onItem === true;
      if (binding.bar && !hidden && !idle && !shown.has(binding.command)) shown.set(binding.command, binding);
    }
    for (const key of keys) taken.add(key);
  }
  const hints = [...shown.values()];
  const at = (place?: 'first' | 'last') => hints.filter((b) => b.bar!.at === place).map((b) => `${b.label.split(' ')[0]} ${b.bar![lang]}`);
  return [...at('first'), ...at(), ...at('last')];
}
