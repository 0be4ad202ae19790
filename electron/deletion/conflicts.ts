// The conflicts of `docker rmi` on the containerd image store, with Docker's exact messages.
// A hard conflict cannot be forced; a soft one can.

import type { ContainerInfo } from '../containerd/model.js';
import type { Conflict } from './types.js';
import { shortId } from './reference.js';
import { toContainerRef } from './usage.js';

type Users = readonly [ContainerInfo, ...ContainerInfo[]];

/** Builds a conflict about an image named by ID: `unable to delete <id12> (…) - <reason>`. */
function imageConflict(
  imageId: string,
  reason: Conflict['reason'],
  severity: Conflict['severity'],
  explanation: string,
  details: Pick<Conflict, 'containers' | 'references'>,
): Conflict {
  const forceText = severity === 'hard' ? 'cannot be forced' : 'must be forced';
  return {
    severity,
    reason,
    message: `conflict: unable to delete ${shortId(imageId)} (${forceText}) - ${explanation}`,
    imageId,
    ...details,
  };
}

/** Builds the hard conflict of an ID input whose image a running container uses. */
export function runningContainerConflict(imageId: string, running: Users): Conflict {
  const explanation = `image is being used by running container ${shortId(running[0].id)}`;
  return imageConflict(imageId, 'running-container', 'hard', explanation, {
    containers: running.map(toContainerRef),
    references: [],
  });
}

/** Builds the soft conflict of an ID input whose image a stopped container uses. */
export function stoppedContainerConflict(imageId: string, stopped: Users): Conflict {
  const explanation = `image is being used by stopped container ${shortId(stopped[0].id)}`;
  return imageConflict(imageId, 'stopped-container', 'soft', explanation, {
    containers: stopped.map(toContainerRef),
    references: [],
  });
}

/** Builds the soft conflict of an ID input whose image has names in several repositories. */
export function multipleReferencesConflict(
  imageId: string,
  references: readonly string[],
): Conflict {
  const explanation = 'image is referenced in multiple repositories';
  return imageConflict(imageId, 'multiple-references', 'soft', explanation, {
    containers: [],
    references,
  });
}

/** Builds the soft conflict of an image's last name while a container uses the image. */
export function referenceInUseConflict(
  displayName: string,
  imageId: string,
  users: Users,
): Conflict {
  return {
    severity: 'soft',
    reason: 'container-uses-reference',
    message:
      `conflict: unable to delete ${displayName} (must be forced) - ` +
      `container ${shortId(users[0].id)} is using its referenced image ${shortId(imageId)}`,
    imageId,
    containers: users.map(toContainerRef),
    references: [],
  };
}
