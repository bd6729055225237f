// The build step that lets the browser fetch what the first map needs while the page's own script
// still runs: Phaser's chunk (index.html's script asks for it only once it has run, by a dynamic
// import) and the map (asked for only once Phaser has booted). A <link rel=modulepreload> and a
// <link rel=preload> in index.html start both downloads with the page's; on a school's network that
// is a round trip or two saved before the map is interactive, and a cached copy costs nothing.
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The built file whose name starts with `prefix` in assets/ and ends with `suffix`, if there is one. */
function builtFile(names: readonly string[], prefix: string, suffix: string): string | undefined {
  return names.find((name) => name.startsWith(`assets/${prefix}`) && name.endsWith(suffix));
}

export function preloadFirstMap(): Plugin {
  return {
    name: 'qantar-preload-first-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const names = Object.keys(ctx.bundle ?? {});
        const tags: HtmlTagDescriptor[] = [];
        const phaser = builtFile(names, 'phaser-', '.js');
        if (phaser) tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${phaser}` }, injectTo: 'head' });
        // Phaser's loader asks for the map with XMLHttpRequest, which a preload `as=fetch` in CORS mode serves.
        const map = builtFile(names, 'map-', '.json');
        if (map) tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href: `./${map}` }, injectTo: 'head' });
        return tags;
      },
    },
  };
}
