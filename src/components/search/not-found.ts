import { addressWords } from '../../../scripts/search/address.ts';

// The words of the address that was not found are often what the reader was after: offer them as a search.
const box = document.querySelector<HTMLInputElement>('#not-found-search');
const words = addressWords(location.pathname);
if (box && words && !box.value) box.value = words;
