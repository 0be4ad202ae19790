import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ApiError } from '../api/ApiError.js';
import { FakeApi } from '../testing/FakeApi.js';
import { containerRef, danglingRow, imageIdOf, imageRow } from '../testing/fixtures.js';
import { renderApp, type RenderedApp } from '../testing/renderApp.js';

function apiWithImages(): FakeApi {
  const api = new FakeApi();
  api.imageRows = [imageRow('bash:latest', 'a'), danglingRow('d')];
  return api;
}

async function openTag(app: RenderedApp, label: string): Promise<HTMLElement> {
  await app.user.click(screen.getByRole('button', { name: `Actions for ${label}` }));
  await app.user.click(screen.getByRole('menuitem', { name: 'Tag…' }));
  return screen.findByRole('dialog', { name: 'Tag image' });
}

describe('TagDialog', () => {
  it('opens on Cancel with the source shown', async () => {
    const app = await renderApp(apiWithImages());
    const dialog = await openTag(app, 'bash:latest');

    expect(dialog).toHaveTextContent('Source: docker.io/library/bash:latest');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Tag' })).toBeDisabled();
  });

  it('tags the source with the target name', async () => {
    const app = await renderApp(apiWithImages());
    const dialog = await openTag(app, 'bash:latest');
    const listCalls = app.api.callsOf('images.list').length;

    await app.user.type(
      within(dialog).getByRole('textbox', { name: 'Target name' }),
      'bash:backup',
    );
    await app.user.click(within(dialog).getByRole('button', { name: 'Tag' }));

    expect(app.api.callsOf('images.tag')[0]?.args).toEqual([
      'docker.io/library/bash:latest',
      'bash:backup',
    ]);
    const done = await screen.findByRole('dialog', { name: 'Image tagged' });
    expect(done).toHaveTextContent('bash:backup now names image aaaaaaaaaaaa.');
    expect(within(done).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(app.api.callsOf('images.list').length).toBe(listCalls + 1);
  });

  it('submits with Enter in the name field', async () => {
    const app = await renderApp(apiWithImages());
    const dialog = await openTag(app, 'bash:latest');

    await app.user.type(
      within(dialog).getByRole('textbox', { name: 'Target name' }),
      'bash:backup{Enter}',
    );

    expect(app.api.callsOf('images.tag')).toHaveLength(1);
  });

  it('says which image a replaced name pointed at', async () => {
    const api = apiWithImages();
    api.tagResultFor = (source, target) => ({
      source,
      target,
      imageId: imageIdOf('a'),
      replacedImageId: imageIdOf('b'),
      keptDangling: `moby-dangling@${imageIdOf('b')}`,
    });
    const app = await renderApp(api);
    const dialog = await openTag(app, 'bash:latest');

    await app.user.type(
      within(dialog).getByRole('textbox', { name: 'Target name' }),
      'alpine{Enter}',
    );

    const done = await screen.findByRole('dialog', { name: 'Image tagged' });
    expect(done).toHaveTextContent('It named image bbbbbbbbbbbb before.');
    expect(done).toHaveTextContent('kept as a dangling <none> image');
  });

  it('tags a dangling image by its ID', async () => {
    const app = await renderApp(apiWithImages());
    const dialog = await openTag(app, '<none> dddddddddddd');

    await app.user.type(
      within(dialog).getByRole('textbox', { name: 'Target name' }),
      'rescued:1{Enter}',
    );

    expect(app.api.callsOf('images.tag')[0]?.args).toEqual([imageIdOf('d'), 'rescued:1']);
  });

  it('shows the engine error and stays open', async () => {
    const app = await renderApp(apiWithImages());
    app.api.failures.set(
      'images.tag',
      new ApiError(
        'invalid-argument',
        'invalid reference format: repository name (library/Base) must be lowercase',
      ),
    );
    const dialog = await openTag(app, 'bash:latest');

    await app.user.type(
      within(dialog).getByRole('textbox', { name: 'Target name' }),
      'Base{Enter}',
    );

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Invalid argument: invalid reference format: repository name (library/Base) must be lowercase',
    );
    expect(screen.getByRole('dialog', { name: 'Tag image' })).toBeInTheDocument();
  });

  it('shows a kind named in the message once', async () => {
    const app = await renderApp(apiWithImages());
    const message =
      'Invalid argument target to images.tag: an image name is at most 512 characters.';
    app.api.failures.set('images.tag', new ApiError('invalid-argument', message));
    const dialog = await openTag(app, 'bash:latest');

    await app.user.click(within(dialog).getByRole('textbox', { name: 'Target name' }));
    await app.user.paste('a'.repeat(513));
    await app.user.keyboard('{Enter}');

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(within(dialog).getByRole('alert').textContent).toBe(message);
  });

  it('closes on Escape without a call', async () => {
    const app = await renderApp(apiWithImages());
    await openTag(app, 'bash:latest');

    await app.user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(app.api.callsOf('images.tag')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Actions for bash:latest' })).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    const app = await renderApp(apiWithImages());
    const dialog = await openTag(app, 'bash:latest');
    const field = within(dialog).getByRole('textbox', { name: 'Target name' });
    await app.user.type(field, 'x');

    await app.user.tab();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await app.user.tab();
    expect(within(dialog).getByRole('button', { name: 'Tag' })).toHaveFocus();
    await app.user.tab();
    expect(field).toHaveFocus();
  });

  describe('move warning', () => {
    function apiWithNames(): FakeApi {
      const api = new FakeApi();
      api.imageRows = [
        imageRow('bash:latest', 'a'),
        imageRow('bash:5', 'a'),
        imageRow('alpine:3.20', 'b'),
        imageRow('alpine:latest', 'c', { containers: [containerRef('1'.repeat(64), false)] }),
        imageRow('busybox:latest', 'e'),
        imageRow('busybox:1.36', 'e'),
      ];
      return api;
    }

    async function typeTarget(target: string): Promise<HTMLElement> {
      const app = await renderApp(apiWithNames());
      const dialog = await openTag(app, 'bash:latest');
      await app.user.type(within(dialog).getByRole('textbox', { name: 'Target name' }), target);
      return dialog;
    }

    it('names the image a name moves from', async () => {
      const dialog = await typeTarget('alpine:3.20');

      const warning = within(dialog).getByRole('note', { name: 'Name moves' });
      expect(warning).toHaveTextContent(
        'alpine:3.20 names image bbbbbbbbbbbb now. Tagging moves the name to aaaaaaaaaaaa.',
      );
      expect(warning).toHaveTextContent('It is the last name of image bbbbbbbbbbbb.');
      expect(warning).toHaveTextContent('No container uses that image');
    });

    it('adds latest and warns of a dangling record', async () => {
      const dialog = await typeTarget('alpine');

      const warning = within(dialog).getByRole('note', { name: 'Name moves' });
      expect(warning).toHaveTextContent('alpine:latest names image cccccccccccc now.');
      expect(warning).toHaveTextContent('kept as a dangling <none> record');
    });

    it('skips the last-name note for an image with more names', async () => {
      const dialog = await typeTarget('busybox');

      const warning = within(dialog).getByRole('note', { name: 'Name moves' });
      expect(warning).toHaveTextContent('busybox:latest names image eeeeeeeeeeee now.');
      expect(warning).not.toHaveTextContent('last name');
    });

    it.each(['copy:1', 'bash:5', 'bash'])('shows no warning for %s', async (target) => {
      const dialog = await typeTarget(target);

      expect(within(dialog).queryByRole('note', { name: 'Name moves' })).toBeNull();
    });
  });
});
