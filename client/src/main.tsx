// Entry point: load the outputs, configure Amplify from them (once, before any API call), then render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ConfigError } from './app/config-error';
import { loadConfig } from './app/load-config';
import { configureAmplify } from './lib/amplify-config';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

loadConfig()
  .then(configureAmplify)
  .then(
    (settings) => {
      root.render(
        <StrictMode>
          <App settings={settings} />
        </StrictMode>,
      );
    },
    (error: unknown) => {
      root.render(<ConfigError message={error instanceof Error ? error.message : String(error)} />);
    },
  );
