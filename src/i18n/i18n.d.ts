import 'i18next';
import type ui from '../../locales/en/ui.json';
import type figures from '../../locales/en/figures.json';
import type forms from '../../locales/en/forms.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    keySeparator: false;
    nsSeparator: false;
    // One line per namespace: locales/en/<namespace>.json is the source of the keys.
    resources: {
      ui: typeof ui;
      figures: typeof figures;
      forms: typeof forms;
    };
  }
}
