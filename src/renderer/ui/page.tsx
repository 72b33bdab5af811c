// A page: sets the window title ("Error: " first when there are errors; never a person's name — pass
// windowTitle when the heading has one), and moves focus to the heading so screen reader users hear where they are.
import { useEffect, useRef, type ReactNode } from 'react';

/** The first page after the app loads keeps focus at the top (for the skip link). */
let firstPageShown = false;

export function Page(props: {
  title: string;
  /**
   * What the window title (and so the taskbar, the browser's history and screen sharing) shows instead
   * of the heading. Required whenever the heading carries a person's name: use the family reference.
   */
  windowTitle?: string;
  caption?: ReactNode;
  back?: { href: string; label: string };
  hasErrors?: boolean;
  children: ReactNode;
  actions?: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.hasErrors ? 'Error: ' : ''}${props.windowTitle ?? props.title} – TAC Chair`;
  }, [props.title, props.windowTitle, props.hasErrors]);
  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, [props.title]);
  return (
    <div className={props.wide ? 'page page--wide' : 'page'}>
      {props.back && (
        <a className="back-link" href={`#${props.back.href}`}>{props.back.label}</a>
      )}
      <div className="page__heading">
        <div>
          {props.caption && <span className="caption">{props.caption}</span>}
          <h1 className="heading-l" tabIndex={-1} ref={ref}>{props.title}</h1>
        </div>
        {props.actions && <div className="page__actions">{props.actions}</div>}
      </div>
      {props.children}
    </div>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return <p className="loading" role="status">{what}…</p>;
}

export function Problem({ message }: { message: string }) {
  return (
    <div className="notice notice--problem" role="alert">
      <p>{message}</p>
    </div>
  );
}
