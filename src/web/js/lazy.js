// loading="lazy": a card starts when it comes within LAZY_MARGIN of the viewport.

const LAZY_MARGIN = "300px";
const waiting = new WeakMap();
let observer = null;

/** Calls `wake` once, when `element` nears the viewport. */
export function observeLazily(element, wake) {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        waiting.get(entry.target)?.();
        waiting.delete(entry.target);
      }
    },
    { rootMargin: LAZY_MARGIN },
  );
  waiting.set(element, wake);
  observer.observe(element);
}
