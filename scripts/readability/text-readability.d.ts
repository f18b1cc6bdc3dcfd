// The package ships no types; only the function the review uses is declared.
declare module 'text-readability' {
  const readability: {
    fleschKincaidGrade(text: string): number;
  };
  export default readability;
}
