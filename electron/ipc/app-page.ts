// The app's own page: the only page that may call the main process and the only place the window
// may navigate to. It is the file:// URL of the built index.html, or the renderer's dev server.

/**
 * Checks whether `url` is the app's page `page`. The query and fragment are ignored because the
 * renderer may use them for its own state. Protocol, host, port and path must be equal.
 */
export function isAppPage(url: string, page: URL): boolean {
  let candidate: URL;
  try {
    candidate = new URL(url);
  } catch {
    return false;
  }
  return (
    candidate.protocol === page.protocol &&
    candidate.host === page.host &&
    candidate.pathname === page.pathname
  );
}
