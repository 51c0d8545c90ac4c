// The editor's drop-down lists, served by the editor integration (see ./choices.ts).
declare module 'virtual:portal-editor-choices' {
  const choices: import('./choices.ts').EditorChoices;
  export default choices;
}
