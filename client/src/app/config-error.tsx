// Shown instead of the app when the outputs cannot be loaded: says what failed and how to fix it.

export interface ConfigErrorProps {
  message: string;
}

export function ConfigError({ message }: ConfigErrorProps) {
  return (
    <main id="main" className="stack">
      <h1>Herald cannot start</h1>
      <p role="alert" className="error">
        The API configuration could not be loaded: {message}
      </p>
      <p>
        Start the local stack with <code>npm start</code> (it writes <code>.herald/outputs.json</code>), or point
        the dev server at another outputs file with <code>HERALD_OUTPUTS</code>, then reload this page.
      </p>
    </main>
  );
}
