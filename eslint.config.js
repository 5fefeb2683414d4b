import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'examples-out/**',
      'src/engine/validate/generated/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly' }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // Small files and functions that each fit on a screen (generated validators are ignored above).
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': [
        'error',
        { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }
      ]
    }
  },
  {
    // The engine is pure and the CLI knows nothing of GitHub: only src/action may import @actions/*.
    files: ['src/engine/**/*.ts', 'src/cli/**/*.ts', 'src/cli.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*'] }]
    }
  },
  {
    // The engine reaches the outside world through ports only.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'The engine takes its settings in the request.' },
        { object: 'process', property: 'exit', message: 'The engine never exits the process.' }
      ],
      // Document keys are data: `in` also sees inherited keys such as `toString` and `__proto__`.
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression[operator='in'][left.type!='Literal']",
          message: 'Use hasOwn(): `in` sees inherited keys (toString, __proto__) as if the document had them.'
        }
      ]
    }
  }
)
