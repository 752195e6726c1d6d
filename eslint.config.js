// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/storybook-static/**', '**/coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Re-export by name: export * defeats tree-shaking.' },
      ],
    },
  },
  {
    // Tests build deliberately wrong data; typing each mistake would hide what the test does.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/__fixtures__/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
