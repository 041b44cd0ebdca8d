// Browser entry of the explorer page (bundled by explorer-bundle.ts): GraphiQL with an auth bar on top —
// API key, no auth, or "act as" a demo user — and the example operations as its first tabs.
import 'graphiql/style.css';
import type { Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { API_KEY, createExplorerAuth, NO_AUTH } from './explorer-auth';
import type { ExplorerConfig } from './explorer-config';
import { createExplorerFetcher } from './explorer-fetcher';

const AUTH_STORAGE_KEY = 'herald-explorer:auth';

const config = JSON.parse(document.getElementById('explorer-config')?.textContent ?? '{}') as ExplorerConfig;
const graphqlUrl = new URL(config.graphqlPath, location.href).href;
const realtimeUrl = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${config.realtimePath}`;
const choices = [
  ...(config.apiKey ? [{ value: API_KEY, label: 'API key' }] : []),
  ...config.users.map((user) => ({
    value: user.username,
    label: `Cognito user: ${user.username}${user.groups.length ? ` (${user.groups.join(', ')})` : ''}`,
  })),
  { value: NO_AUTH, label: 'No auth' },
];
const remembered = localStorage.getItem(AUTH_STORAGE_KEY);
const auth = createExplorerAuth(
  { apiKey: config.apiKey, tokenUrl: config.tokenPath },
  choices.some((choice) => choice.value === remembered) ? (remembered as string) : config.defaultAuth,
);
const fetcher = createExplorerFetcher({
  graphqlUrl,
  realtimeUrl,
  authHeaders: () => auth.headers(),
  openSocket: (url, protocols) => new WebSocket(url, protocols),
});

const defaultTabs = config.examples.map(({ query, variables }) => ({ query, variables: variables ? JSON.stringify(variables, null, 2) : undefined }));
// GraphiQL 4 fills the first tab's variables editor from storage, not from defaultTabs; seed it on a first visit.
if (!localStorage.getItem('graphiql:tabState') && defaultTabs[0]?.variables) {
  localStorage.setItem('graphiql:variables', defaultTabs[0].variables);
}

function resetExamples(): void {
  for (const key of Object.keys(localStorage).filter((name) => name.startsWith('graphiql:'))) localStorage.removeItem(key);
  location.reload();
}

function AuthBar() {
  const [choice, setChoice] = useState(auth.choice());
  const [status, setStatus] = useState('');
  const [token, setToken] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    auth.select(choice);
    localStorage.setItem(AUTH_STORAGE_KEY, choice);
    setToken(null);
    if (choice === API_KEY) setStatus('Requests send the x-api-key header.');
    else if (choice === NO_AUTH) setStatus('Requests send no auth header (AppSync answers 401).');
    else {
      setStatus(`Signing in as ${choice} …`);
      auth.token().then(
        (signedIn) => {
          if (!current || !signedIn) return;
          setToken(signedIn.accessToken);
          setStatus(`Signed in as ${choice}: requests send its access token (valid until ${new Date(signedIn.expiresAt).toLocaleTimeString()}).`);
        },
        (error: Error) => current && setStatus(error.message),
      );
    }
    return () => {
      current = false;
    };
  }, [choice]);

  return h(
    'header',
    { className: 'explorer-bar' },
    h('strong', null, config.title),
    h('code', { title: 'GraphQL endpoint' }, graphqlUrl),
    h(
      'label',
      null,
      'Auth ',
      h(
        'select',
        { value: choice, onChange: (event: { target: { value: string } }) => setChoice(event.target.value), 'aria-label': 'Auth mode' },
        choices.map((option) => h('option', { key: option.value, value: option.value }, option.label)),
      ),
    ),
    h('span', { className: 'explorer-status', role: 'status' }, status),
    token && h('button', { type: 'button', onClick: () => void navigator.clipboard.writeText(token) }, 'Copy token'),
    h('button', { type: 'button', onClick: resetExamples, title: 'Forget edited tabs and show the example operations again' }, 'Reset examples'),
  );
}

function ExplorerApp() {
  return h(
    'div',
    { className: 'explorer' },
    h(AuthBar),
    h(
      'div',
      { className: 'explorer-graphiql' },
      h(
        GraphiQL,
        {
          // Our result types are structural stand-ins for GraphiQL's (ExecutionResult | Observable).
          fetcher: fetcher as Fetcher,
          defaultTabs,
          defaultEditorToolsVisibility: true,
        },
        h(GraphiQL.Logo, null, config.title),
      ),
    ),
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(h(ExplorerApp));
