// Types only (svelte.d.ts): nothing to run. Here so that `import "medcard/svelte"` also bundles.
export {};
