// Vue's browser ES module build has the same API as 'vue'.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
