import 'i18next';
import type ui from '../../locales/en/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    keySeparator: false;
    nsSeparator: false;
    resources: { ui: typeof ui };
  }
}
