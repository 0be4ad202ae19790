// Turns a zod validation failure of a call's arguments into one message a developer can act on:
// which argument of which channel, and why it is invalid.

import type { z } from 'zod';

import type { Channel } from './contract.js';
import { parameterNames } from './parameters.js';

/** At most this many problems are listed, so that a hostile argument cannot inflate the message. */
const maxListedIssues = 3;

function describeValue(value: unknown): string {
  if (value === null || value === undefined) {
    return String(value);
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function formatPath(channel: Channel, path: readonly PropertyKey[]): string {
  const [index, ...rest] = path;
  const head =
    typeof index === 'number' ? (parameterNames[channel][index] ?? `#${index}`) : 'arguments';
  const tail = rest.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`));
  return head + tail.join('');
}

/** Drops the "Invalid input: " prefix of zod's own messages, which the sentence already states. */
function plainReason(message: string): string {
  const reason = message.replace(/^Invalid input: /, '');
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

/** Returns why `args` is not an array of the channel's arity, or null when it is. */
export function describeArity(channel: Channel, args: unknown): string | null {
  const names = parameterNames[channel];
  const expected = `${channel} takes ${names.length} argument${names.length === 1 ? '' : 's'}`;
  const list = names.length > 0 ? ` (${names.join(', ')})` : '';
  if (!Array.isArray(args)) {
    const received = describeValue(args);
    return `Invalid arguments: ${expected}${list} as an array, but received ${received}.`;
  }
  if (args.length !== names.length) {
    return `Invalid arguments: ${expected}${list}, but received ${args.length}.`;
  }
  return null;
}

/** Returns one sentence per invalid argument, naming the argument by its parameter name. */
export function describeIssues(channel: Channel, error: z.ZodError): string {
  const sentences = error.issues
    .slice(0, maxListedIssues)
    .map(
      (issue) =>
        `Invalid argument ${formatPath(channel, issue.path)} to ${channel}: ` +
        `${plainReason(issue.message)}.`,
    );
  const hidden = error.issues.length - maxListedIssues;
  if (hidden > 0) {
    sentences.push(`${hidden} more argument problem${hidden === 1 ? '' : 's'} not listed.`);
  }
  return sentences.join(' ');
}
