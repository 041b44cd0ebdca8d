// Stands in for a vite build's entry chunk in CDK tests that deploy the web app.
export {};
