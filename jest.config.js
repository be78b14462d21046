/** Tests are TypeScript, run through ts-jest; CLI tests run the built dist/ through bin/newsner.js. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // ts-jest only transpiles each file (fast); type checking is tsc's job in `npm run build`
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true } }] },
  testTimeout: 60000,
};
