export default { build: { outDir: 'build' } }
