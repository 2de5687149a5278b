import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// Types are checked by svelte-check/tsc; this rule misfires on TS globals.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The signing core is pure TypeScript, usable outside Svelte and testable alone. Its imports
		// are relative: Node code outside Vite (Playwright specs, scripts) loads it and knows no $lib.
		files: ['src/lib/s3/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*', '../state/*', '../components/*'],
							message: 'src/lib/s3 is free of Svelte and of app state.'
						},
						{ group: ['$lib', '$lib/*'], message: 'Import by relative path inside src/lib/s3.' }
					]
				}
			],
			'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'sessionStorage']
		}
	}
);
