// ESLint (npm run lint; docs/testing.md, "Lint (ESLint)"): @eslint/js recommended, typescript-eslint's
// type-aware recommended rules, eslint-plugin-astro's recommended rules. Every rule turned off
// here or on a line (`eslint-disable-next-line rule -- reason`) says why.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built, generated, downloaded or not ours: the site's output, Astro's generated types, the
    // caches and reports of the tests, the voices and audio, the server configuration.
    ignores: ['dist/', '.astro/', 'node_modules/', '.cache/', 'test-results/', 'playwright-report/', 'vendor/', 'public/', 'deploy/', 'content/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // The dot files are outside tsconfig.json's `**/*`; they get TypeScript's default project.
      parserOptions: { projectService: { allowDefaultProject: ['.puppeteerrc.cjs', '.textlintrc.cjs'] }, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // The project names what it leaves unused with a leading underscore: a parameter that
      // it.each or an interface passes (`_label`), a property taken off an object to drop it
      // (`const { asOf: _dropped, ...rest } = figure`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Japanese text is written as itself, also in regular expressions: the ideographic space
      // (U+3000) in a character class is a character the pattern means, not a stray blank. Strings
      // and comments stay checked (the rule's default); templates too.
      'no-irregular-whitespace': ['error', { skipRegExps: true }],
      // An async function without await is how the project writes a function whose contract is a
      // promise: a bench suite's run(), a speech engine's speak(), a Playwright test body. A throw
      // in it becomes a rejection, as its callers expect; dropping `async` would change that.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Plain JavaScript (the .mjs scripts and config files) has no type annotations: JSON.parse,
    // require() and a child's output are `any` there with no way to say otherwise short of a
    // JSDoc cast on every line. The type-aware rules that only report `any` are for the
    // TypeScript files, where the project writes its types (new scripts are .ts).
    files: ['**/*.{js,mjs,cjs}'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // The tests' patterns match YAML and messages with their indentation as written
      // (/\n  asOf: …/), which reads truer than / {2}/.
      'no-regex-spaces': 'off',
    },
  },
  {
    files: ['tests/e2e/**'],
    rules: {
      // Playwright reads which fixtures a fixture needs from the destructuring pattern of its
      // first parameter, so one that needs none must write `async ({}, use) => …`.
      'no-empty-pattern': 'off',
    },
  },
  ...astro.configs['flat/recommended'],
  {
    // The frontmatter of .astro files and their <script> blocks are parsed without TypeScript's
    // type information: the project service knows no .astro file, and eslint-plugin-astro gives
    // the scripts no project. `astro check` (the type check suite) type-checks them instead.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Code that runs in the browser.
    files: ['src/scripts/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Served to the browser byte for byte (Base.astro imports it with ?url, before the first
    // paint, under a Content-Security-Policy without inline scripts), so a comment in it would
    // change the file and its hashed name. It is written as ES5 to run in any browser: `catch
    // (error) {}` with the reason after it is its way to ignore storage that cannot be read.
    files: ['src/scripts/display-settings-boot.js'],
    rules: { 'no-empty': 'off', '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    // The bench scripts run in Node, and the functions they pass to Playwright's page.evaluate()
    // run in the page.
    files: ['scripts/bench/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Code that runs in Node: the scripts, the tests, the build's integrations and its Node-side
    // helpers, the config files.
    files: ['scripts/**', 'tests/**', 'src/integrations/**', 'src/build/**', '*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: globals.node },
  },
);
