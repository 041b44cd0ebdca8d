// The application shell: header with navigation and session controls, and the page for the current route.
// Features get what they need (auth mode, viewer, navigation) as props; they never import each other.
import { useEffect, useRef, useState } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { SubscribePage } from '../features/announcements/subscribe-page';
import { TokenActionPage } from '../features/announcements/token-action-page';
import { cognitoAccount } from '../features/auth/account';
import type { AccountActions } from '../features/auth/account';
import { ConfirmSignUpPage } from '../features/auth/confirm-sign-up-page';
import { canOrganize } from '../features/auth/groups';
import { SignInPage } from '../features/auth/sign-in-page';
import { SignUpPage } from '../features/auth/sign-up-page';
import { useSession } from '../features/auth/use-session';
import { EventPage } from '../features/events/event-page';
import { EventsPage } from '../features/events/events-page';
import { MyRegistrationsPage } from '../features/events/my-registrations-page';
import { DashboardPage } from '../features/organizer/dashboard-page';
import { EventEditorPage } from '../features/organizer/event-editor-page';
import type { ClientSettings } from '../lib/amplify-config';
import type { ClientAuthMode } from '../lib/graphql-client';
import { hashFor, NO_FILTERS } from './routes';
import type { Route } from './routes';
import { useHashRoute } from './use-hash-route';

export interface AppProps {
  settings: ClientSettings;
  /** Cognito account actions; tests pass fakes. */
  account?: AccountActions;
}

/** A just-created account: kept in memory only, so confirming can sign the user in without asking again. */
interface PendingAccount {
  username: string;
  password: string;
  destination: string | null;
}

function Gate({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="stack">
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </section>
  );
}

export function App({ settings, account = cognitoAccount }: AppProps) {
  const [route, navigate] = useHashRoute();
  const { session, signIn, signOut } = useSession(settings.authFlowType);
  const [pendingAccount, setPendingAccount] = useState<PendingAccount | null>(null);
  const [signInNotice, setSignInNotice] = useState<{ username: string; text: string } | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const signedIn = session.status === 'signed-in';
  const groups = signedIn ? session.groups : [];
  const organizer = canOrganize(groups);
  const authMode: ClientAuthMode = signedIn ? 'userPool' : 'apiKey';
  const local = settings.demoUsers.length > 0 || settings.localRealtimeUrl !== null;
  const routeKey = hashFor(route);

  // After navigating, move focus to the new page's heading so keyboard and screen-reader users land there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [routeKey]);

  const link = (target: Route, label: string) => {
    const current = route.name === target.name;
    return (
      <a href={hashFor(target)} aria-current={current ? 'page' : undefined}>
        {label}
      </a>
    );
  };

  async function onSignOut(event: MouseEvent<HTMLButtonElement>) {
    event.preventDefault();
    // Amplify clears the local tokens even when revoking them at Cognito fails, so carry on regardless.
    await signOut().catch(() => undefined);
    navigate({ name: 'events', filters: NO_FILTERS });
  }

  const signInFirst = (title: string, what: string) => (
    <Gate title={title}>
      <p>
        <a href={hashFor({ name: 'sign-in', returnTo: routeKey })}>Sign in</a> to {what}.
      </p>
    </Gate>
  );

  let page: ReactNode;
  if (session.status === 'loading') {
    page = (
      <p aria-busy="true" className="muted">
        Loading…
      </p>
    );
  } else {
    switch (route.name) {
      case 'events':
        page = <EventsPage authMode={authMode} calendarUrl={settings.calendarUrl} filters={route.filters} onFilter={(filters) => navigate({ name: 'events', filters })} />;
        break;
      case 'event':
        page = (
          <EventPage
            key={route.id}
            id={route.id}
            viewer={{ signedIn, userId: signedIn ? session.userId : null, isAdmin: groups.includes('admins') }}
          />
        );
        break;
      case 'sign-in':
        page = signedIn ? (
          <Gate title="Signed in">
            <p>
              You are signed in as <strong>{session.username}</strong>. <a href={hashFor({ name: 'events', filters: NO_FILTERS })}>Browse events</a>
            </p>
          </Gate>
        ) : (
          <SignInPage
            demoUsers={settings.demoUsers}
            signIn={signIn}
            notice={signInNotice?.text}
            initialUsername={signInNotice?.username}
            onSignedIn={() => {
              setSignInNotice(null);
              if (route.returnTo) window.location.hash = route.returnTo;
              else navigate({ name: 'events', filters: NO_FILTERS });
            }}
          />
        );
        break;
      case 'sign-up':
        page = (
          <SignUpPage
            createAccount={account.createAccount}
            onCreated={({ username, password, needsCode, destination }) => {
              if (needsCode) {
                setPendingAccount({ username, password, destination });
                navigate({ name: 'confirm-sign-up', username });
              } else {
                void signIn(username, password).then(() => navigate({ name: 'events', filters: NO_FILTERS }));
              }
            }}
          />
        );
        break;
      case 'confirm-sign-up':
        page = (
          <ConfirmSignUpPage
            username={route.username}
            destination={pendingAccount?.username === route.username ? pendingAccount.destination : null}
            local={local}
            confirmAccount={account.confirmAccount}
            resendCode={account.resendCode}
            onConfirmed={async (username) => {
              const pending = pendingAccount?.username === username ? pendingAccount : null;
              setPendingAccount(null);
              if (pending) {
                try {
                  await signIn(username, pending.password);
                  navigate({ name: 'events', filters: NO_FILTERS });
                  return;
                } catch {
                  // Fall through to the sign-in form, which explains any problem itself.
                }
              }
              setSignInNotice({ username, text: 'Your account is confirmed. Sign in to continue.' });
              navigate({ name: 'sign-in', returnTo: null });
            }}
          />
        );
        break;
      case 'registrations':
        page = signedIn ? <MyRegistrationsPage /> : signInFirst('My registrations', 'see your registrations');
        break;
      case 'organizer':
      case 'new-event':
      case 'edit-event':
        if (!signedIn) page = signInFirst('Organize', 'create and manage events');
        else if (!organizer) {
          page = (
            <Gate title="Organize">
              <p>Creating and publishing events is for organizers and admins; your account is in neither group.</p>
            </Gate>
          );
        } else if (route.name === 'organizer') page = <DashboardPage />;
        else page = <EventEditorPage key={routeKey} id={route.name === 'edit-event' ? route.id : null} navigate={navigate} />;
        break;
      case 'subscribe':
        page = <SubscribePage authMode={authMode} />;
        break;
      case 'confirm-subscription':
        page = <TokenActionPage action="confirm" token={route.token} authMode={authMode} />;
        break;
      case 'unsubscribe':
        page = <TokenActionPage action="unsubscribe" token={route.token} authMode={authMode} />;
        break;
      case 'not-found':
        page = (
          <Gate title="Page not found">
            <p>
              There is nothing at <code>{route.path}</code>. <a href={hashFor({ name: 'events', filters: NO_FILTERS })}>See upcoming events</a>
            </p>
          </Gate>
        );
        break;
    }
  }

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        // The hash drives routing, so the skip link moves focus itself instead of changing the hash.
        e.preventDefault();
        mainRef.current?.focus();
      }}>
        Skip to content
      </a>
      <header className="site-header">
        <a className="brand" href={hashFor({ name: 'events', filters: NO_FILTERS })}>
          Herald
        </a>
        <nav aria-label="Main">
          <ul>
            <li>{link({ name: 'events', filters: NO_FILTERS }, 'Events')}</li>
            {signedIn && <li>{link({ name: 'registrations' }, 'My registrations')}</li>}
            {organizer && <li>{link({ name: 'organizer' }, 'Organize')}</li>}
            <li>{link({ name: 'subscribe' }, 'Get announcements')}</li>
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
            <>
              {link({ name: 'sign-in', returnTo: null }, 'Sign in')}
              {link({ name: 'sign-up' }, 'Sign up')}
            </>
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
