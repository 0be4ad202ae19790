import { Fragment } from 'react';

/**
 * Renders a slash-separated name such as `registry:5000/team/app` with a line break opportunity
 * after each slash. Chromium does not break there on its own, so a long repository would wrap in
 * the middle of a word. The text content stays the same, so accessible names are unchanged.
 */
export function PathText({ text }: { text: string }) {
  const parts = text.split('/');
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 && (
            <>
              /<wbr />
            </>
          )}
        </Fragment>
      ))}
    </>
  );
}
