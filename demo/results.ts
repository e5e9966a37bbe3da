// The results demo's one control: the element's language.
const results = document.querySelector('mor-results')!;
const lang = document.querySelector<HTMLSelectElement>('#lang')!;
lang.addEventListener('change', () => results.setAttribute('lang', lang.value));

export {};
