// Shown for an address the app does not know.
import { Page } from '../../ui/page';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>We could not find that page. <a href="#/">Go to the list of families</a>.</p>
    </Page>
  );
}
