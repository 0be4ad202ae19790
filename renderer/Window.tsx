import { ContainersSection } from './containers/ContainersSection.js';
import { RemovalDialogs } from './dialogs/RemovalDialogs.js';
import { TagDialog } from './dialogs/TagDialog.js';
import { Header } from './header/Header.js';
import { ImagesSection } from './images/ImagesSection.js';
import { useRemoval, useTagging } from './stores/hooks.js';

/** Renders the whole window: header, images, containers, and the open dialog on top. */
export function Window() {
  const removalOpen = useRemoval(
    (state) => state.step.kind !== 'idle' && state.step.kind !== 'planning',
  );
  const tagOpen = useTagging((state) => state.step.kind !== 'closed');

  return (
    <div className="window">
      {/* Behind an open dialog the window is inert, so neither pointer nor Tab can reach it. */}
      <div className="window-content" inert={removalOpen || tagOpen}>
        <Header />
        <main className="main">
          <ImagesSection />
          <ContainersSection />
        </main>
      </div>
      <RemovalDialogs />
      <TagDialog />
    </div>
  );
}
