// Types only (react.d.ts): nothing to run. Here so that `import "medcard/react"` also bundles.
export {};
