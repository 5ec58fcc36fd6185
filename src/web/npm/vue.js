// Types only (vue.d.ts): nothing to run. Here so that `import "medcard/vue"` also bundles.
export {};
