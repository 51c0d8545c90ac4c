/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Language of the content being rendered, for MDX components that print UI words. */
    contentLang?: import('./i18n/languages.ts').LangCode;
    /** The signed-in member of staff, set by src/middleware.ts on /staff/ pages. */
    staff?: import('./staff/sessions.ts').StaffSession;
  }
}
