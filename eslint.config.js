// Lint: AppSync's own APPSYNC_JS rules (recommended set, type-aware) on every resolver file, so code
// AppSync would refuse to save fails here first.
import appsync from '@aws-appsync/eslint-plugin';

export default [
  { ignores: ['**/node_modules/**', 'dist/**', 'cdk.out/**', '.herald/**', 'client/src/gql/**', '**/__generated__/**'] },
  { ...appsync.configs.recommended, files: ['resolvers/**/*.ts'], ignores: ['resolvers/**/*.test.ts'] },
  {
    files: ['resolvers/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
];
