// The editor's React app, made from our settings (as @keystatic/astro does internally).
import { makePage } from '@keystatic/astro/ui';
import config from '../../keystatic.config.ts';

export const Keystatic = makePage(config);
