// text-readability ships no types; these are the two scores the content lint uses.
declare module 'text-readability' {
  const readability: {
    fleschKincaidGrade(text: string): number;
    fleschReadingEase(text: string): number;
  };
  export default readability;
}
