// The application shell: header with navigation and session controls, and the page for the current route.
// Features get what they need (auth mode, username) as props; they never import each other.
import { useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';
import { canOrganize } from '../features/auth/groups';
import { SignInPage } from '../features/auth/sign-in-page';
import { useSession } from '../features/auth/use-session';
import { EventsPage } from '../features/events/events-page';
import { OrganizerPage } from '../features/organizer/organizer-page';
import type { ClientSettings } from '../lib/amplify-config';
import { hashFor } from './routes';
import type { Route } from './routes';
import { useHashRoute } from './use-hash-route';

export interface AppProps {
  settings: ClientSettings;
}

export function App({ settings }: AppProps) {
  const [route, navigate] = useHashRoute();
  const { session, signIn, signOut } = useSession(settings.authFlowType);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const signedIn = session.status === 'signed-in';
  const organizer = signedIn && canOrganize(session.groups);

  // After navigating, move focus to the new page's heading so keyboard and screen-reader users land there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route]);

  const link = (target: Route, label: string) => (
    <a href={hashFor(target)} aria-current={route === target ? 'page' : undefined}>
      {label}
    </a>
  );

  async function onSignOut(event: MouseEvent<HTMLButtonElement>) {
    event.preventDefault();
    // Amplify clears the local tokens even when revoking them at Cognito fails, so carry on regardless.
    await signOut().catch(() => undefined);
    navigate('events');
  }

  let page;
  if (session.status === 'loading') {
    page = <p aria-busy="true">Loading…</p>;
  } else if (route === 'sign-in' && !signedIn) {
    page = <SignInPage demoUsers={settings.demoUsers} signIn={signIn} onSignedIn={() => navigate('events')} />;
  } else if (route === 'organizer' && organizer) {
    page = <OrganizerPage username={session.username} />;
  } else if (route === 'organizer') {
    page = (
      <section className="stack">
        <h1 tabIndex={-1}>Organize</h1>
        <p>
          Creating and publishing events is for organizers and admins.{' '}
          {signedIn ? 'Your account is in neither group.' : <a href={hashFor('sign-in')}>Sign in</a>}
        </p>
      </section>
    );
  } else {
    page = <EventsPage authMode={signedIn ? 'userPool' : 'apiKey'} />;
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <span className="brand">Herald</span>
        <nav aria-label="Main">
          <ul>
            <li>{link('events', 'Events')}</li>
            {organizer && <li>{link('organizer', 'Organize')}</li>}
          </ul>
        </nav>
        <div className="session">
          {session.status === 'signed-in' ? (
            <>
              <span>
                Signed in as <strong>{session.username}</strong>
              </span>
              <button type="button" className="secondary" onClick={onSignOut}>
                Sign out
              </button>
            </>
          ) : session.status === 'signed-out' ? (
            link('sign-in', 'Sign in')
          ) : null}
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {page}
      </main>
      {settings.explorerUrl && (
        <footer className="site-footer">
          <a href={settings.explorerUrl}>GraphQL explorer</a>
        </footer>
      )}
    </>
  );
}
