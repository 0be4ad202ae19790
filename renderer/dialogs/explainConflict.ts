// Conflicts in plain words: who blocks the removal, and what force would do about it.

import type { Conflict } from '../../electron/ipc/contract.js';
import { joinNames, plural } from '../common/plural.js';
import { shortId } from '../format/shortId.js';

/** Returns a sentence or two that explain why `input` was rejected and what force changes. */
export function explainConflict(
  input: string,
  conflict: Conflict,
  nameOf: (containerId: string) => string,
): string {
  const names = joinNames(conflict.containers.map((container) => nameOf(container.id)));
  const count = conflict.containers.length;
  const image = shortId(conflict.imageId);

  switch (conflict.reason) {
    case 'running-container':
      return (
        `The running ${plural(count, 'container', 'containers')} ${names} ` +
        `${plural(count, 'uses', 'use')} image ${image}. An image that a running container uses ` +
        `cannot be deleted by ID, even with force. Stop and remove the container first.`
      );
    case 'stopped-container':
      return (
        `The stopped ${plural(count, 'container', 'containers')} ${names} ` +
        `${plural(count, 'uses', 'use')} image ${image}. With force the image is deleted anyway, ` +
        `and the ${plural(count, 'container stays', 'containers stay')} without it.`
      );
    case 'container-uses-reference':
      return (
        `${input} is the last name of image ${image}, and the ` +
        `${plural(count, 'container', 'containers')} ${names} ${plural(count, 'uses', 'use')} it. ` +
        `With force the name is removed and the image is kept as a dangling <none> image.`
      );
    case 'multiple-references':
      return (
        `Image ${image} has other names: ${joinNames(conflict.references)}. Deleting by ID ` +
        `removes every name. With force all of them are untagged and the image is deleted.`
      );
    default: {
      const unknown: never = conflict.reason;
      throw new Error(`unknown conflict reason ${String(unknown)}`);
    }
  }
}
