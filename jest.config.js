/** Tests are TypeScript, run through ts-jest; CLI tests run the built dist/ through bin/newsner.js. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  testTimeout: 60000,
};
