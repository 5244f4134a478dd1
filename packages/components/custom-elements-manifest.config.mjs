export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/bundle/**'],
  outdir: '.',
  litelement: true,
};
