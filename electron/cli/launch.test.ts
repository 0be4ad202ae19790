import { describe, expect, it } from 'vitest';

import { electronUnavailable } from './launch.js';

describe('electronUnavailable', () => {
  it('says the binary is missing', () => {
    expect(electronUnavailable(null, 1000)).toBe(
      'The Electron binary is not installed and could not be downloaded, so Quayside opens ' +
        'in your browser instead.',
    );
  });

  it('sends root to the browser shell on Linux', () => {
    expect(electronUnavailable('/opt/electron', 0)).toMatch(/^Electron does not run as root/);
  });

  it('lets a user with the binary open Electron', () => {
    expect(electronUnavailable('/opt/electron', 1000)).toBeNull();
  });
});
