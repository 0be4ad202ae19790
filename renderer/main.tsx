// The renderer's entry point: pick the transport, build the stores on it, draw the window.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { toApiError } from './api/ApiError.js';
import { pickTransport } from './api/pickTransport.js';
import { App } from './App.js';
import { StartupError } from './StartupError.js';
import { createStores } from './stores/createStores.js';
import './styles/theme.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/table.css';
import './styles/dialog.css';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('index.html has no #root element');
}
const root = createRoot(container);

try {
  const transport = pickTransport(window);
  root.render(
    <StrictMode>
      <App stores={createStores(transport.api)} transport={transport} />
    </StrictMode>,
  );
} catch (error) {
  root.render(<StartupError problem={toApiError(error)} />);
}
